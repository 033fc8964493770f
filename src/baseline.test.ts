import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding } from './types';
import { baselineEntries } from './baseline';
import { run } from './cli';

/** A function whose goroutine leaks when the timeout wins (one finding, on its send line). */
const leak = (name: string, value = 1) =>
  `func ${name}(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- ${value} }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n`;
const file = (...funcs: string[]) => `package p\n\nimport "time"\n\n${funcs.join('\n')}`;

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-baseline-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const o = { stdout: '', stderr: '' };
  const code = await run(args, { io: { cwd: dir, stdout: (s) => void (o.stdout += s), stderr: (s) => void (o.stderr += s), isTTY: false, env: {} } });
  return { code, ...o, findings: o.stdout.split('\n').filter((l) => /^\S/.test(l)) };
}

describe('baseline round trip', () => {
  it('hides recorded findings, survives moved lines, reports only new leaks', async () => {
    fs.writeFileSync(path.join(dir, 'a.go'), file(leak('A'), leak('B')));
    const written = await cli(['--baseline-write', 'golint-chan-baseline.json', '.']);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'golint-chan-baseline.json'), 'utf8'));
    expect(doc.findings.map((e: { file: string; occurrence: number; ruleId: string }) => [e.file, e.occurrence, e.ruleId])).toEqual([
      ['a.go', 0, 'abandoned-send'],
      ['a.go', 1, 'abandoned-send'],
    ]);

    expect((await cli(['.'])).code).toBe(1);
    expect((await cli(['--baseline', 'golint-chan-baseline.json', '.'])).code).toBe(0);

    // Lines move: a new clean function above, and the two leaks swapped.
    fs.writeFileSync(path.join(dir, 'a.go'), file('func Clean() {}\n', leak('B'), leak('A')));
    expect((await cli(['--baseline', 'golint-chan-baseline.json', '.'])).code).toBe(0);

    // A new leak in between is the only one reported.
    fs.writeFileSync(path.join(dir, 'a.go'), file('func Clean() {}\n', leak('B'), leak('C', 7), leak('A')));
    const after = await cli(['--baseline', 'golint-chan-baseline.json', '.']);
    expect(after.code).toBe(1);
    expect(after.findings).toEqual([expect.stringMatching(/^a\.go:20:14: /)]);
  });

  it('counts identical lines: a third copy of a recorded line is new', async () => {
    fs.writeFileSync(path.join(dir, 'a.go'), file(leak('A'), leak('B')));
    expect((await cli(['--baseline-write', 'b.json', '.'])).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'a.go'), file(leak('A'), leak('B'), leak('C')));
    const r = await cli(['--baseline', 'b.json', '.']);
    expect(r.code).toBe(1);
    expect(r.findings).toHaveLength(1);
  });

  it('rejects a missing or foreign baseline file, and --baseline-write with --baseline (exit 2)', async () => {
    fs.writeFileSync(path.join(dir, 'a.go'), file(leak('A')));
    fs.writeFileSync(path.join(dir, 'other.json'), '{"version": 1}');
    expect((await cli(['--baseline', 'nope.json', '.'])).stderr).toMatch(/--baseline: cannot read .*nope\.json: ENOENT/);
    const foreign = await cli(['--baseline', 'other.json', '.']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not a golint-chan baseline/);
    expect((await cli(['--baseline', 'other.json', '--baseline-write', 'x.json', '.'])).code).toBe(2);
  });
});

describe('F7: a baseline is validated before use', () => {
  it.each([
    ['findings: [null]', { version: 1, tool: 'golint-chan', findings: [null] }, /\/findings\/0: must be object/],
    ['an entry without its key fields', { version: 1, tool: 'golint-chan', findings: [{ ruleId: 'abandoned-send' }] }, /\/findings\/0: must have required property 'file'/],
    ['an occurrence that is not a number', { version: 1, tool: 'golint-chan', findings: [{ ruleId: 'r', file: 'a.go', lineHash: 'x', occurrence: 'x' }] }, /\/findings\/0\/occurrence: must be integer/],
    ['findings not an array', { version: 1, tool: 'golint-chan', findings: {} }, /\/findings: must be array/],
    ['not JSON', '{"version": 1, "tool": "golint-', /is not valid JSON/],
  ])('%s is a one-line error naming the file (exit 2), not a crash', async (_, doc, message) => {
    fs.writeFileSync(path.join(dir, 'a.go'), file(leak('A')));
    fs.writeFileSync(path.join(dir, 'bad.json'), typeof doc === 'string' ? doc : JSON.stringify(doc));
    const r = await cli(['--baseline', 'bad.json', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(path.join(dir, 'bad.json'));
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('baselineEntries', () => {
  const at = (line: number, ruleId = 'r'): Finding => ({
    ruleId,
    severity: 'warning',
    message: 'm',
    file: '/repo/p/a.go',
    range: { start: { line, column: 1, byteColumn: 1 }, end: { line, column: 2, byteColumn: 2 } },
    related: [],
    flow: [],
  });
  it('keys on rule, repository path and trimmed line text, numbering repeats', () => {
    const text = 'x := 1\n  x := 1\ny := 2\n';
    const e = baselineEntries([at(1), at(2), at(3), at(2, 'q')], '/repo', () => text);
    expect(e.map((x) => [x.ruleId, x.file, x.occurrence])).toEqual([
      ['r', 'p/a.go', 0],
      ['r', 'p/a.go', 1],
      ['r', 'p/a.go', 0],
      ['q', 'p/a.go', 0],
    ]);
    expect(e[0].lineHash).toBe(e[1].lineHash);
    expect(e[0].lineHash).not.toBe(e[2].lineHash);
  });

  it('hashes a long line once, not once per finding on it (issue 15, F1: code-climate and --write-baseline)', () => {
    const text = 'package p; ' + 'go f(); '.repeat(256 * 1024) + '\nx := 1\n';
    const findings = Array.from({ length: 20_000 }, () => at(1));
    const t0 = performance.now();
    const e = baselineEntries(findings, '/repo', () => text);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(e[19_999]).toMatchObject({ occurrence: 19_999, lineHash: e[0].lineHash });
  });
});
