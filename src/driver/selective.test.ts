/**
 * Parsing only what the analysis asks for must not change a single finding: lint every fixture package under
 * testdata/ (the `_` directories too) and a generated tree both ways, everything parsed up front (`parseAll`) and
 * files parsed on demand (the default), and compare the outputs byte for byte. The only difference allowed is a
 * syntax error in a file the on-demand run never had to parse.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import { packagesOf } from '../discover';
import { rules } from '../registry';
import { generateTree } from '../bench/gen-tree';
import { lintPackages, type LintOutput, type PackageInput } from './lint';
import { parseCount } from '../source/parser';
import { TESTDATA } from '../testing/fixtures';

async function bothWays(pkgs: PackageInput[]): Promise<{ full: LintOutput; lazy: LintOutput; parsed: { full: number; lazy: number } }> {
  const before = parseCount.chars;
  const full = await lintPackages(pkgs, { rules, parseAll: true });
  const mid = parseCount.chars;
  const lazy = await lintPackages(pkgs, { rules });
  return { full, lazy, parsed: { full: mid - before, lazy: parseCount.chars - mid } };
}

function expectSameOutput(full: LintOutput, lazy: LintOutput): void {
  expect(JSON.stringify(lazy.findings)).toBe(JSON.stringify(full.findings));
  const notSyntax = (o: LintOutput) => JSON.stringify(o.notifications.filter((n) => n.kind !== 'parse-error'));
  expect(notSyntax(lazy)).toBe(notSyntax(full));
  // Syntax errors: those of the files the on-demand run parsed, exactly as the full run reports them.
  const fullErrors = new Set(full.notifications.filter((n) => n.kind === 'parse-error').map((n) => JSON.stringify(n)));
  for (const n of lazy.notifications.filter((n) => n.kind === 'parse-error')) expect(fullErrors).toContain(JSON.stringify(n));
  expect(lazy.filesScanned).toBe(full.filesScanned);
}

describe('parsing on demand changes no finding', () => {
  it('on every fixture package of testdata/', async () => {
    const pkgs = packagesOf(fg.sync('**/*.go', { cwd: TESTDATA, absolute: true }));
    expect(pkgs.length).toBeGreaterThan(100);
    const { full, lazy, parsed } = await bothWays(pkgs);
    expect(full.findings.length).toBeGreaterThan(100);
    expectSameOutput(full, lazy);
    // Fixtures are channel code almost line for line, and a function parsed on demand re-reads its file's imports:
    // the two come out about even here (within a few per cent either way). Parsing anything twice would not.
    expect(parsed.lazy).toBeLessThan(parsed.full * 1.05);
  });

  it('on a generated tree', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selective-'));
    try {
      generateTree(dir, { files: 200, seed: 13 });
      const pkgs = packagesOf(fg.sync('**/*.go', { cwd: dir, absolute: true }));
      const { full, lazy, parsed } = await bothWays(pkgs);
      expect(full.findings.length).toBeGreaterThan(10);
      expectSameOutput(full, lazy);
      // Code as it comes, most of it without a channel: on demand reads about half of it (0.55 of the characters).
      expect(parsed.lazy).toBeLessThan(parsed.full * 0.7);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses no file for a timer drain (`!t.Stop()`) it does not have', async () => {
    const dir = '/virtual/drain';
    const a = 'package p\n\nimport "time"\n\nfunc f() {\n\tt := time.NewTimer(time.Second)\n\tdefer t.Stop()\n\t<-t.C\n}\n';
    // No channel, goroutine or timer token, but `.Stop()` and `.C` (of `.Close`) in its text.
    const b = 'package p\n\ntype stopper interface{ Stop() }\n\nfunc g(s stopper, c interface{ Close() error }) {\n\ts.Stop()\n\t_ = c.Close()\n}\n';
    const files = [{ path: `${dir}/a.go`, text: a }, { path: `${dir}/b.go`, text: b }];
    const lazy = await lintPackages([{ dir, files }], { rules });
    const full = await lintPackages([{ dir, files }], { rules, parseAll: true });
    expect(full.filesParsed).toBe(2);
    expect(lazy.filesParsed).toBe(1);
    expectSameOutput(full, lazy);
  });

  it('parses no file for the methods a sender calls on a value its receiver did not make with others', async () => {
    const dir = '/virtual/coupled';
    // The way out (`return 0`) strands the sender; whether the sender's calls could end it with the receiver
    // (coupledFailure) is asked only of a local the receiver made, so `c.Close()` on a parameter needs no method.
    const a = 'package p\n\nfunc F(c *client, stop bool) int {\n\tch := make(chan int)\n\tgo func() {\n\t\tc.Close()\n\t\tch <- 1\n\t}()\n\tif stop {\n\t\treturn 0\n\t}\n\treturn <-ch\n}\n';
    const b = 'package p\n\ntype client struct{ open bool }\n\nfunc (c *client) Close() { c.open = false }\n';
    const files = [{ path: `${dir}/a.go`, text: a }, { path: `${dir}/b.go`, text: b }];
    const lazy = await lintPackages([{ dir, files }], { rules });
    const full = await lintPackages([{ dir, files }], { rules, parseAll: true });
    expect(full.findings.map((f) => f.ruleId)).toEqual(['premature-return']);
    expect(full.filesParsed).toBe(2);
    expect(lazy.filesParsed).toBe(1);
    expectSameOutput(full, lazy);
  });

  // Each package: b.go can leak (parsed as it is read); a.go holds nothing that can leak, nor the text that is looked
  // for (`go `, `<-`), and only mentions what the analysis asks about. Before, a.go was parsed to answer.
  it.each([
    [
      'a method started with go and also called plainly (fields: is it only started as a goroutine?)',
      'package p\n\nfunc (s *server) warm() { s.run() }\n',
      'package p\n\ntype server struct{ done chan int }\n\nfunc (s *server) run() { s.done <- 1 }\n\n' +
        'func (s *server) start() {\n\tgo s.run()\n\ts.run()\n}\n\nfunc (s *server) Stop() { <-s.done }\n',
    ],
    [
      'a method of a worker type (workers: does it start the goroutines?)',
      'package p\n\nfunc (w *worker) Name() string { return "w" }\n',
      'package p\n\ntype worker struct{ quit chan struct{} }\n\nfunc (w *worker) Start() { go w.loop() }\n\n' +
        'func (w *worker) loop() { <-w.quit }\n\nfunc (w *worker) Stop() { close(w.quit) }\n',
    ],
    [
      '`.Done()` not received from (contexts: a wait on a context never cancelled?)',
      'package p\n\nimport "context"\n\nfunc check(ctx context.Context) bool { return ctx.Done() != nil }\n',
      'package p\n\nimport "context"\n\nfunc f() {\n\tctx, cancel := context.WithCancel(context.Background())\n\t_ = cancel\n\t<-ctx.Done()\n}\n',
    ],
  ])('parses no file for %s when its text cannot answer yes', async (_what, a, b) => {
    const dir = '/virtual/mentions';
    const files = [
      { path: `${dir}/a.go`, text: a },
      { path: `${dir}/b.go`, text: b },
    ];
    const lazy = await lintPackages([{ dir, files }], { rules });
    const full = await lintPackages([{ dir, files }], { rules, parseAll: true });
    expect(full.filesParsed).toBe(2);
    expect(lazy.filesParsed).toBe(1);
    expectSameOutput(full, lazy);
  });

  it('still reports the syntax error of a file the analysis reads', async () => {
    const dir = '/virtual/p';
    const text = 'package p\n\nfunc f() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tx := \n}\n';
    const out = await lintPackages([{ dir, files: [{ path: `${dir}/a.go`, text }] }], { rules });
    expect(out.notifications.map((n) => n.kind)).toContain('parse-error');
  });
});
