import type { Node } from 'web-tree-sitter';
import type { Rule } from './rule';
import type { Finding, Notification } from './types';
import { lintPackages } from './driver/lint';
import { parseDirective } from './suppress';

/** Reports every channel send, so that each `ch <- …` line is a finding to suppress or not. */
const everySend: Rule<'send'> = {
  meta: {
    id: 'every-send',
    name: 'EverySend',
    summary: 'every send',
    severity: 'warning',
    precision: 'high',
    tags: [],
    since: '0.1.0',
    messages: { send: 'send on {{ch}}' },
  },
  check(ctx) {
    for (const file of ctx.pkg.files) {
      for (const node of file.tree!.rootNode.descendantsOfType('send_statement') as Node[]) {
        ctx.report({ file, node, messageId: 'send', data: { ch: node.childForFieldName('channel')!.text } });
      }
    }
  },
};

const FILE = '/virtual/p/a.go';

/** Lint one in-memory file; returns the lines of unsuppressed and suppressed sends, and the notes. */
async function lint(text: string, rules: readonly Rule[] = [everySend]) {
  const out = await lintPackages([{ dir: '/virtual/p', files: [{ path: FILE, text }] }], { rules });
  const lines = (fs: Finding[]) => fs.map((f) => f.range.start.line);
  return {
    reported: lines(out.findings.filter((f) => !f.suppression)),
    suppressed: lines(out.findings.filter((f) => f.suppression)),
    findings: out.findings,
    notes: out.notifications.map((n: Notification) => `${n.line}:${n.kind}`),
  };
}

describe('parseDirective', () => {
  it.each([
    ['//nolint', { kind: 'nolint', names: [], reason: '' }],
    ['//nolint:all', { kind: 'nolint', names: [], reason: '' }],
    ['//nolint:Every-Send, golint-chan // legacy code', { kind: 'nolint', names: ['every-send', 'golint-chan'], reason: 'legacy code' }],
    // Go's directive syntax: nothing between // and nolint, no space around ":" (golangci-lint's docs call these invalid).
    ['// nolint:gocyclo', { kind: 'nolint-malformed', names: [], reason: '' }],
    ['// nolint', { kind: 'nolint-malformed', names: [], reason: '' }],
    ['//nolint: golint-chan', { kind: 'nolint-malformed', names: [], reason: '' }],
    ['//nolint :golint-chan', { kind: 'nolint-malformed', names: [], reason: '' }],
    ['//nolint // reason', { kind: 'nolint', names: [], reason: 'reason' }],
    ['//golintchan:ignore a,b the partner always receives', { kind: 'ignore', names: ['a', 'b'], reason: 'the partner always receives' }],
    ['//golintchan:file-ignore a', { kind: 'file-ignore', names: ['a'], reason: '' }],
  ])('%s', (comment, want) => {
    expect(parseDirective(comment)).toEqual(want);
  });

  it.each(['//nolintfoo', '// a nolint here', '/* nolint */', '//golint-chan:ignore a why', '//golintchan:ignored a why'])('%s is no directive', (c) => {
    expect(parseDirective(c)).toBeUndefined();
  });
});

describe('scoping', () => {
  it('an inline //nolint covers its own line only', async () => {
    const r = await lint('package p\n\nfunc f(ch chan int) {\n\tch <- 1 //nolint:every-send // reason\n\tch <- 2\n}\n');
    expect(r.suppressed).toEqual([4]);
    expect(r.reported).toEqual([5]);
    expect(r.findings[0].suppression).toEqual({ kind: 'inSource', justification: 'reason' });
  });

  it('a //nolint alone on its line covers the whole next statement at the same column', async () => {
    const src = 'package p\n\nfunc f(ch chan int) {\n\t//nolint:golint-chan\n\tgo func() {\n\t\tch <- 1\n\t\tch <- 2\n\t}()\n\tch <- 3\n}\n';
    const r = await lint(src);
    expect(r.suppressed).toEqual([6, 7]);
    expect(r.reported).toEqual([9]); // the statement list of the block is not the node
  });

  it('covers a whole declaration, with the directive at the end of a doc comment', async () => {
    const src = 'package p\n\n// f sends.\n//nolint\nfunc f(ch chan int) {\n\tch <- 1\n}\n\nfunc g(ch chan int) { ch <- 2 }\n';
    const r = await lint(src);
    expect(r.suppressed).toEqual([6]);
    expect(r.reported).toEqual([9]);
  });

  it('a blank line or another column breaks the expansion', async () => {
    const blank = await lint('package p\n\nfunc f(ch chan int) {\n\t//nolint\n\n\tgo func() {\n\t\tch <- 1\n\t}()\n}\n');
    expect(blank.suppressed).toEqual([]);
    const column = await lint('package p\n\nfunc f(ch chan int) {\n//nolint\n\tgo func() {\n\t\tch <- 1\n\t}()\n}\n');
    expect(column.suppressed).toEqual([]);
  });

  it('a //nolint right above package covers the whole file', async () => {
    const r = await lint('//nolint:every-send // generated-like\npackage p\n\nfunc f(ch chan int) {\n\tch <- 1\n}\n\nfunc g(ch chan int) { ch <- 2 }\n');
    expect(r.suppressed).toEqual([5, 8]);
    expect(r.reported).toEqual([]);
  });

  it('//golintchan:ignore covers the next line only, and needs a reason', async () => {
    const src =
      'package p\n\nfunc f(ch chan int) {\n\t//golintchan:ignore every-send the reader drains ch\n\tch <- 1\n\tch <- 2\n\t//golintchan:ignore every-send\n\tch <- 3\n}\n';
    const r = await lint(src);
    expect(r.suppressed).toEqual([5]);
    expect(r.reported).toEqual([6, 8]);
    expect(r.notes).toEqual(['7:directive-missing-reason']);
    expect(r.findings[0].suppression).toEqual({ kind: 'inSource', justification: 'the reader drains ch' });
  });

  it('//golintchan:file-ignore covers the whole file wherever it stands', async () => {
    const r = await lint('package p\n\nfunc f(ch chan int) {\n\tch <- 1\n}\n\n//golintchan:file-ignore every-send vendored copy\nfunc g(ch chan int) { ch <- 2 }\n');
    expect(r.suppressed).toEqual([4, 8]);
  });

  it('a wrong rule id suppresses nothing: unknown ids of ours are reported, other linters are ignored', async () => {
    const src =
      'package p\n\nfunc f(ch chan int) {\n\tch <- 1 //nolint:gocyclo\n\tch <- 2 //nolint:golint-chan/nope\n\t//golintchan:ignore nope because\n\tch <- 3\n}\n';
    const r = await lint(src);
    expect(r.suppressed).toEqual([]);
    expect(r.notes).toEqual(['5:directive-unknown-rule', '6:directive-unknown-rule']);
  });

  it('reports directives of ours that suppressed nothing, not bare //nolint nor disabled rules', async () => {
    const src =
      'package p\n\nfunc f(ch chan int) {\n\tch <- 1 //nolint:every-send\n\t_ = 1 //nolint:golint-chan\n\t_ = 2 //nolint\n\t//golintchan:ignore every-send not needed\n\t_ = 3\n\t_ = 4 //nolint:timer-leak\n}\n';
    const r = await lint(src);
    expect(r.notes).toEqual(['5:unused-directive', '7:unused-directive']);
    // timer-leak is a known rule that is not enabled in this run: its directive is not unused.
    expect(r.notes.some((n) => n.startsWith('9:'))).toBe(false);
  });

  it('// nolint and //nolint: x suppress nothing and are reported as malformed', async () => {
    const src = 'package p\n\nfunc f(ch chan int) {\n\tch <- 1 // nolint\n\tch <- 2 //nolint: every-send\n\tch <- 3 //nolint:every-send\n}\n';
    const r = await lint(src);
    expect(r.suppressed).toEqual([6]);
    expect(r.notes).toEqual(['4:nolint-malformed', '5:nolint-malformed']);
  });

  it('a file-level // nolint above package suppresses nothing', async () => {
    const r = await lint('// nolint\npackage p\n\nfunc f(ch chan int) {\n\tch <- 1\n}\n');
    expect(r.suppressed).toEqual([]);
    expect(r.notes).toEqual(['1:nolint-malformed']);
  });
});
