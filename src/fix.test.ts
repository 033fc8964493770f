import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding, TextEdit } from './types';
import { rules } from './registry';
import { lintPackages } from './driver/lint';
import { sha256 } from './driver/cache';
import { applyFixes, Fixer, writeIfUnchanged } from './fix';
import { run } from './cli';

const FIXES = path.join(__dirname, '../testdata/_fixes');
const cases = fs.readdirSync(FIXES).filter((c) => fs.existsSync(path.join(FIXES, c, 'input.go')));

/** Lint one Go text as the only file of its package. */
async function lintText(file: string, text: string): Promise<Finding[]> {
  return (await lintPackages([{ dir: path.dirname(file), files: [{ path: file, text }] }], { rules })).findings;
}

const tmpDirs: string[] = [];
function tmpDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-fix-')));
  tmpDirs.push(dir);
  for (const [rel, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), data);
  return dir;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('fix goldens (testdata/_fixes/<case>/input.go → input.go.golden)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  it.each(cases)('%s: fixes match the golden and the fixed text lints clean', async (c) => {
    const file = path.join(FIXES, c, 'input.go');
    const input = fs.readFileSync(file, 'utf8');
    const findings = await lintText(file, input);
    expect(findings.filter((f) => f.fix).length).toBeGreaterThan(0);
    const { output, fixesApplied } = applyFixes(file, input, findings);
    expect(fixesApplied).toBe(findings.filter((f) => f.fix).length);
    expect(output).toBe(fs.readFileSync(path.join(FIXES, c, 'input.go.golden'), 'utf8'));
    expect(await lintText(file, output)).toEqual([]);
  });
});

describe('applyFixes', () => {
  const file = '/x/a.go';
  const edit = (startIndex: number, endIndex: number, text: string): TextEdit => ({
    file,
    startIndex,
    endIndex,
    text,
    range: { start: { line: 1, column: startIndex + 1, byteColumn: startIndex + 1 }, end: { line: 1, column: endIndex + 1, byteColumn: endIndex + 1 } },
  });
  const finding = (...edits: TextEdit[]): Finding => ({
    ruleId: 'r',
    severity: 'warning',
    message: 'm',
    file,
    range: edits[0].range,
    related: [],
    flow: [],
    fix: { description: 'd', edits },
  });

  it('applies non-overlapping edits from the end, whatever their order in a fix', () => {
    expect(applyFixes(file, 'abcdef', [finding(edit(0, 1, 'A')), finding(edit(5, 6, 'F'), edit(2, 2, '+'))])).toEqual({ output: 'Ab+cdeF', fixesApplied: 2 });
  });

  it('keeps the first of two overlapping fixes and leaves the other', () => {
    expect(applyFixes(file, 'abcdef', [finding(edit(1, 4, 'X')), finding(edit(3, 5, 'Y'))])).toEqual({ output: 'aXef', fixesApplied: 1 });
    // Two insertions at the same place have no defined order: the second waits too.
    expect(applyFixes(file, 'abc', [finding(edit(1, 1, '1')), finding(edit(1, 1, '2'))])).toEqual({ output: 'a1bc', fixesApplied: 1 });
    // Touching ranges do not overlap.
    expect(applyFixes(file, 'abcd', [finding(edit(0, 2, 'X')), finding(edit(2, 4, 'Y'))])).toEqual({ output: 'XY', fixesApplied: 2 });
  });

  it('takes the same fixes as checking every pair, on random edits', () => {
    const conflict = (a: TextEdit, b: TextEdit) => a.startIndex === b.startIndex || (a.startIndex < b.endIndex && b.startIndex < a.endIndex);
    let seed = 5;
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n);
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let t = 0; t < 300; t++) {
      const fixes = Array.from({ length: 1 + rnd(12) }, () =>
        finding(...Array.from({ length: 1 + rnd(3) }, () => {
          const a = rnd(text.length + 1);
          return edit(a, Math.min(text.length, a + rnd(4)), String(rnd(10)));
        })),
      );
      // The reference: every edit against every taken edit, then applied from the end.
      const taken: TextEdit[] = [];
      let n = 0;
      for (const f of fixes) {
        const es = f.fix!.edits;
        if (es.some((e, i) => taken.some((o) => conflict(e, o)) || es.slice(i + 1).some((o) => conflict(e, o)))) continue;
        taken.push(...es);
        n++;
      }
      let out = text;
      for (const e of [...taken].sort((a, b) => b.startIndex - a.startIndex)) out = out.slice(0, e.startIndex) + e.text + out.slice(e.endIndex);
      expect(applyFixes(file, text, fixes)).toEqual({ output: out, fixesApplied: n });
    }
  });

  it('applies 20,000 fixes to a 2 MB one-line file in linear time (issue 15, F1)', () => {
    const text = 'x := 1; '.repeat(256 * 1024);
    const fixes = Array.from({ length: 20_000 }, (_, i) => finding(edit(i * 80, i * 80 + 1, 'y')));
    const t0 = performance.now();
    const { output, fixesApplied } = applyFixes(file, text, fixes);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(fixesApplied).toBe(20_000);
    expect(output.length).toBe(text.length);
    expect(output.slice(0, 90)).toBe('y := 1; '.padEnd(80, 'x := 1; ').slice(0, 80) + 'y := 1; x ');
  });

  it('skips a fix outside the text or for another file', () => {
    const other = { ...edit(0, 1, 'Z'), file: '/x/b.go' };
    expect(applyFixes(file, 'abc', [finding(edit(2, 9, 'X')), finding(other)])).toEqual({ output: 'abc', fixesApplied: 0 });
  });
});

describe('writeIfUnchanged', () => {
  it('replaces the file atomically, keeping its BOM and mode, and leaves no temporary file', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('package p\n')]);
    const dir = tmpDir({ 'a.go': bytes });
    const file = path.join(dir, 'a.go');
    fs.chmodSync(file, 0o640);
    expect(writeIfUnchanged(file, 'package q\n', sha256(bytes))).toBe(true);
    expect(fs.readFileSync(file)).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('package q\n')]));
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['a.go']);
  });

  it('keeps the owner and group of the file it replaces (root fixing another user\'s file)', () => {
    const dir = tmpDir({ 'a.go': 'package p\n' });
    const file = path.join(dir, 'a.go');
    // Only root can give the file to someone else; otherwise the owner is ours and must stay so.
    if (process.getuid?.() === 0) fs.chownSync(file, 1234, 5678);
    const before = fs.statSync(file);
    expect(writeIfUnchanged(file, 'package q\n', sha256('package p\n'))).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('package q\n');
    expect([fs.statSync(file).uid, fs.statSync(file).gid]).toEqual([before.uid, before.gid]);
  });

  it('refuses to write a file whose bytes changed since they were read', () => {
    const dir = tmpDir({ 'a.go': 'package p\n' });
    const file = path.join(dir, 'a.go');
    const hash = sha256(fs.readFileSync(file));
    fs.writeFileSync(file, 'package p // edited\n');
    expect(writeIfUnchanged(file, 'package q\n', hash)).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('package p // edited\n');
  });
});

describe('Fixer', () => {
  it('reports and skips a file edited between the lint and the write, and keeps its findings', async () => {
    const input = fs.readFileSync(path.join(FIXES, 'select-timeout/input.go'), 'utf8');
    const dir = tmpDir({ 'a.go': input });
    const file = path.join(dir, 'a.go');
    const fixer = new Fixer([{ dir, files: [{ path: file }] }], { write: true });
    const lint = (p: Parameters<typeof lintPackages>[0]) => lintPackages(p, { rules });
    const out = await lint(fixer.packages);
    fs.appendFileSync(file, '// edited in the editor\n');
    const after = await fixer.fix(out, out.findings, lint);
    expect(fixer.notifications).toEqual([expect.objectContaining({ kind: 'fix-skipped', file, level: 'warning' })]);
    expect(fixer.fixed).toEqual([]);
    expect(after.findings).toEqual(out.findings);
    expect(fs.readFileSync(file, 'utf8')).toBe(input + '// edited in the editor\n');
  });
});

describe('CLI', () => {
  function io(cwd: string, input = '') {
    const o = { stdout: '', stderr: '' };
    return {
      o,
      opts: { io: { cwd, stdout: (s: string) => void (o.stdout += s), stderr: (s: string) => void (o.stderr += s), readStdin: async () => input, isTTY: false, env: {} } },
    };
  }
  const several = fs.readFileSync(path.join(FIXES, 'several/input.go'), 'utf8');
  const severalFixed = fs.readFileSync(path.join(FIXES, 'several/input.go.golden'), 'utf8');
  // A leak without a fix: the goroutine sends twice.
  const unfixable = 'package fixes\n\nfunc Two() int {\n\tch := make(chan int)\n\tgo func() {\n\t\tch <- 1\n\t\tch <- 2\n\t}()\n\treturn <-ch\n}\n';

  it('--fix writes the fixes, re-lints, and exits 0 when nothing remains', async () => {
    const dir = tmpDir({ 'a.go': several });
    const { o, opts } = io(dir);
    expect(await run(['--fix', '--jobs', '1', '.'], opts)).toBe(0);
    expect(o.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'a.go'), 'utf8')).toBe(severalFixed);
  });

  it('--fix exits 1 with the findings that remain', async () => {
    const dir = tmpDir({ 'a.go': several, 'b.go': unfixable });
    const { o, opts } = io(dir);
    expect(await run(['--fix', '--jobs', '1', '.'], opts)).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'a.go'), 'utf8')).toBe(severalFixed);
    // Findings start a line; their related locations follow, indented.
    expect(o.stdout.split('\n').filter((l) => /^\S/.test(l))).toEqual([expect.stringMatching(/^b\.go:7:3: /)]);
  });

  it('--fix-dry-run prints the fixed source and writes nothing', async () => {
    const dir = tmpDir({ 'a.go': several });
    const { o, opts } = io(dir);
    expect(await run(['--fix-dry-run', '.'], opts)).toBe(0);
    expect(o.stdout).toBe(`==> a.go <==\n${severalFixed}`);
    expect(fs.readFileSync(path.join(dir, 'a.go'), 'utf8')).toBe(several);
  });

  it('--fix-dry-run --format json adds an output per fixed file; with --stdin, the buffer', async () => {
    const dir = tmpDir({ 'b.go': unfixable });
    const { o, opts } = io(dir, several);
    expect(await run(['--fix-dry-run', '--format', 'json', '--stdin', '--stdin-filename', 'a.go'], opts)).toBe(0);
    const doc = JSON.parse(o.stdout);
    expect(doc.findings).toEqual([]);
    expect(doc.fixed).toEqual([{ file: 'a.go', output: severalFixed, fixesApplied: 3 }]);
    expect(fs.existsSync(path.join(dir, 'a.go'))).toBe(false);
  });

  it('F13: --fix writes through a symbolic link: the target is fixed, the link stays a link', async () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'real'));
    fs.mkdirSync(path.join(dir, 'pkg'));
    fs.writeFileSync(path.join(dir, 'real/a.go'), several);
    fs.symlinkSync('../real/a.go', path.join(dir, 'pkg/a.go'));
    const { o, opts } = io(dir);
    expect(await run(['--fix', '--jobs', '1', './pkg'], opts)).toBe(0);
    expect(o.stderr).toBe('');
    expect(fs.lstatSync(path.join(dir, 'pkg/a.go')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real/a.go'), 'utf8')).toBe(severalFixed);
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['a.go']);
  });

  it('F13: --fix leaves a read-only file alone and says so', async () => {
    const dir = tmpDir({ 'a.go': several });
    const file = path.join(dir, 'a.go');
    fs.chmodSync(file, 0o444);
    const { o, opts } = io(dir);
    expect(await run(['--fix', '--jobs', '1', '.'], opts)).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(several);
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
    expect(o.stderr).toBe('golint-chan: warning: a.go: file is read-only; fixes not written (make it writable to apply them)\n');
    expect(o.stdout.split('\n').filter((l) => /^\S/.test(l))).toHaveLength(3); // the findings remain
  });

  it('F14: --fix removes the temporary files an interrupted --fix left, not those of a running one', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    const stale = `.a.go.${dead}.0badf00d.tmp`;
    const live = `.a.go.${process.pid}.cafebabe.tmp`;
    const other = `.notes.txt.${dead}.0badf00d.tmp`; // not a Go file's: not --fix's to remove
    const dir = tmpDir({ 'a.go': several, [stale]: 'package half-writ', [live]: 'package p', [other]: 'x' });
    const { o, opts } = io(dir);
    expect(await run(['--fix', '--jobs', '1', '.'], opts)).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([live, other, 'a.go'].sort());
    expect(o.stderr).toBe(`golint-chan: note: ${stale}: removed a temporary file left by an interrupted --fix\n`);
    expect(fs.readFileSync(path.join(dir, 'a.go'), 'utf8')).toBe(severalFixed);
  });

  it('--fix with --stdin is a usage error', async () => {
    const { o, opts } = io(tmpDir(), several);
    expect(await run(['--fix', '--stdin', '--stdin-filename', 'a.go'], opts)).toBe(2);
    expect(o.stderr).toMatch(/--fix cannot write stdin/);
  });
});
