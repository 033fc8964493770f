/**
 * Robustness (issue 7): bad input never crashes a run, never hides findings and never changes the
 * exit code unless --strict. Fixtures live in testdata/_robust/ (each a package with the
 * select-with-timeout leak on line 8); big and pathological inputs are generated here at run time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { Worker } from 'worker_threads';
import type { Rule } from '../rule';
import abandonedSend from '../../rules/abandoned-send';
import doubleSend from '../../rules/double-send';
import { rules as registeredRules } from '../registry';
import { run } from '../cli';
import { discover } from '../discover';
import { lintPackages, lintPackageSync, type PackageInput } from '../driver/lint';
import { initParser } from '../source/parser';
import { BYTES_PER_WORKER, poolTuning, runPool } from '../driver/pool';
import { packageRoot } from '../source/root';
import { removeTempTrees, tempTree } from '../testing/temp-tree';

const ROBUST = path.join(packageRoot(), 'testdata/_robust');
/** The line of the leaking send in every fixture (after the BOM, CRLF, … of its variant). */
const LEAK_LINE = 8;

const tmp = (files: Record<string, string | Buffer> = {}) => tempTree('glc-robust-', files);
afterAll(removeTempTrees);
afterEach(() => jest.restoreAllMocks());

/** Run the CLI in this process with the registered rules (or `rules`), capturing its output. */
async function cli(args: string[], cwd = ROBUST, rules?: readonly Rule[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    ...(rules && { rules }),
    io: { cwd, env: {}, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) },
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => fs.readFileSync(path.join(ROBUST, name, 'p.go'));
/** Spawn the built CLI; as root (which ignores file modes) it runs as nobody, so that chmod takes effect. */
function spawnCli(args: string[], cwd: string) {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return spawnSync(process.execPath, [path.join(packageRoot(), 'bin/golint-chan'), ...args], { cwd, encoding: 'utf8', ...asNobody });
}

/** A copy of a fixture's leak, as text. */
const LEAK_GO = fixture('crlf').toString('utf8').replace(/\r\n/g, '\n');

/** Where `needle` starts on line `line` of `bytes`: UTF-16 column and UTF-8 byte column, 1-based. */
function columnsOf(bytes: Buffer, line: number, needle: string): { column: number; byteColumn: number } {
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
  const lineText = text.split('\n')[line - 1];
  const i = lineText.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return { column: i + 1, byteColumn: Buffer.byteLength(lineText.slice(0, i)) + 1 };
}

beforeAll(() => initParser());

describe('parse errors', () => {
  it('analyse what still parses and warn once per file, without changing the exit code unless --strict', async () => {
    const text = await cli(['syntax-error']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`^syntax-error/p\\.go:${LEAK_LINE}:\\d+: .*\\(abandoned-send\\)`));
    expect(text.stderr.match(/syntax error/g)).toHaveLength(1);
    expect(text.stderr).toMatch(/^golint-chan: warning: syntax-error\/p\.go:\d+:\d+: syntax error/);

    const json = JSON.parse((await cli(['--format', 'json', 'syntax-error'])).stdout);
    expect(json.findings.map((f: { line: number }) => f.line)).toEqual([LEAK_LINE]);
    expect(json.notifications).toEqual([expect.objectContaining({ level: 'warning', kind: 'parse-error', file: 'syntax-error/p.go' })]);

    const sarif = JSON.parse((await cli(['--format', 'sarif', 'syntax-error'])).stdout);
    expect(sarif.runs[0].results).toHaveLength(1);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ level: 'warning', message: { text: expect.stringMatching(/syntax error/) } });

    expect((await cli(['--strict', 'syntax-error'])).code).toBe(2);
  });

  it('leave a clean run at exit 0, and --strict only counts warnings and above', async () => {
    const dir = tmp({ 'a.go': 'package a\n\nfunc A() { x := new(1 +) }\n', 'b/b.go': '\ufeffpackage b\n\n// caf\xe9\n' });
    fs.writeFileSync(path.join(dir, 'b/c.go'), Buffer.from('package b\n// \xff\n', 'latin1'));
    expect((await cli(['./a.go'], dir)).code).toBe(0);
    expect((await cli(['--strict', './a.go'], dir)).code).toBe(2);
    const notes = await cli(['--strict', './b'], dir);
    expect(notes.stderr).toMatch(/note: b\/c\.go: file is not valid UTF-8/);
    expect(notes.code).toBe(0);
  });
});

describe('encodings and layout', () => {
  it.each(['bom', 'crlf', 'nonascii', 'invalid-utf8', 'syntax-error'])(
    '%s: UTF-16 columns in JSON and SARIF, byte columns in text',
    async (name) => {
      const bytes = fixture(name);
      const line = LEAK_LINE + (name === 'invalid-utf8' ? 1 : 0);
      const want = columnsOf(bytes, line, 'ch <- 1');
      const json = JSON.parse((await cli(['--format', 'json', name])).stdout);
      expect(json.findings).toEqual([expect.objectContaining({ ruleId: 'abandoned-send', line, ...want })]);
      const text = await cli([name]);
      expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^${name}/p\\.go:${line}:${want.byteColumn}: `));
      const sarif = JSON.parse((await cli(['--format', 'sarif', name])).stdout);
      expect(sarif.runs[0].columnKind).toBe('utf16CodeUnits');
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: line, startColumn: want.column });
    },
  );

  it('non-ASCII text before the finding makes the two columns differ', () => {
    const want = columnsOf(fixture('nonascii'), LEAK_LINE, 'ch <- 1');
    expect(want.byteColumn).toBeGreaterThan(want.column);
  });
});

describe('file system', () => {
  it('a path that does not exist is a usage error (exit 2)', async () => {
    const r = await cli(['./nope/...']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or directory/);
  });

  it('an empty tree has no Go files: a warning and exit 0', async () => {
    const r = await cli(['./...'], tmp({ 'README.md': '# empty\n' }));
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'golint-chan: warning: "./..." matched no packages\n' });
  });

  it('unreadable files and directories are warnings, and the rest is still analysed', () => {
    const dir = tmp({ 'leak/p.go': LEAK_GO, 'leak/secret.go': 'package p\n', 'locked/l.go': LEAK_GO });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'leak/secret.go'), 0);
    fs.chmodSync(path.join(dir, 'locked'), 0);
    const r = spawnCli(['--jobs', '1', './...'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^leak\/p\.go:8:/);
    expect(r.stderr).toBe(
      // Discovery problems come first, then those of the analysis.
      'golint-chan: warning: locked: cannot read directory: EACCES\n' + 'golint-chan: warning: leak/secret.go: cannot read file: EACCES\n',
    );
  });

  it('skips FIFOs, dangling symlinks, symlink loops and directories named x.go', async () => {
    const dir = tmp({ 'p/p.go': LEAK_GO, 'p/dir.go/inner.go': 'package inner\n' });
    const p = (rel: string) => path.join(dir, rel);
    expect(spawnSync('mkfifo', [p('p/fifo.go')]).status).toBe(0);
    fs.symlinkSync('missing.go', p('p/dangling.go'));
    fs.symlinkSync('loop.go', p('p/loop.go'));
    fs.symlinkSync('..', p('p/up'));
    const r = await cli(['--format', 'json', './...'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['p/p.go']);
    expect(json.stats).toEqual({ files: 2, packages: 2 });
    // Named explicitly: a FIFO is read-error (and never blocks the run); a dangling link does not exist.
    const fifo = await cli(['./p/fifo.go'], dir);
    expect(fifo).toEqual({ code: 0, stdout: '', stderr: 'golint-chan: warning: p/fifo.go: not a regular file; skipped\n' });
    expect((await cli(['./p/dangling.go'], dir)).code).toBe(2);
    expect((await cli(['./p/loop.go'], dir)).code).toBe(2);
  });

  it('a file that vanishes between discovery and reading is a warning, and the run completes', async () => {
    const dir = tmp({ 'a/p.go': LEAK_GO, 'a/gone.go': 'package p\n', 'b/p.go': LEAK_GO });
    const { packages } = await discover(['./...'], dir);
    fs.rmSync(path.join(dir, 'a/gone.go'));
    const out = await lintPackages(packages, { rules: [abandonedSend] });
    expect(out.findings.map((f) => path.relative(dir, f.file))).toEqual(['a/p.go', 'b/p.go']);
    expect(out.notifications).toEqual([expect.objectContaining({ kind: 'read-error', file: path.join(dir, 'a/gone.go'), message: 'cannot read file: ENOENT' })]);
  });
});

/** A package with one Go file of `text`, and the time its lint took. */
async function timed(text: string, rules: readonly Rule[] = [abandonedSend]) {
  const t0 = Date.now();
  const out = await lintPackages([{ dir: '/gen', files: [{ path: '/gen/p.go', text }] }], { rules });
  return { out, ms: Date.now() - t0 };
}

/** The leak with `inner` inserted in the receiving function before the select. */
const leakWith = (inner: string) => LEAK_GO.replace('\tselect {', `${inner}\n\tselect {`);

describe('size and depth', () => {
  it('--max-file-size skips larger files with a warning and analyses the rest', async () => {
    const big = `package p\n\nvar X = "${'x'.repeat(1000)}"\n`;
    const dir = tmp({ 'a/p.go': LEAK_GO, 'a/big.go': big });
    const r = await cli(['--max-file-size', '800', './...'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`golint-chan: warning: a/big.go: file is ${big.length} bytes, over the 800-byte limit; skipped (see --max-file-size)\n`);
    expect((await cli(['--max-file-size', 'lots', './...'], dir)).code).toBe(2);
  });

  it('10,000 nested blocks: no stack overflow, bounded time', async () => {
    const n = 10_000;
    const { out, ms } = await timed(leakWith('{'.repeat(n) + '}'.repeat(n)));
    expect(out.notifications.filter((n) => n.level !== 'note')).toEqual([]);
    expect(ms).toBeLessThan(20_000);
  });

  // Path counting gives up past MAX_DEPTH (paths.ts): the channel is then not judged, and the run says so.
  it('nesting past the depth limit gives an analysis-limit note instead of a silent miss', async () => {
    const { out } = await timed(leakWith('{'.repeat(500) + '}'.repeat(500)));
    expect(out.findings).toEqual([]);
    expect(out.notifications).toEqual([expect.objectContaining({ kind: 'analysis-limit', message: expect.stringMatching(/channel ch \(line \d+\) was not analysed: nesting too deep/) })]);
  });

  it('3,000 nested ifs in a goroutine: bounded time', async () => {
    const n = 3000;
    const { ms } = await timed(LEAK_GO.replace('ch <- 1', `${'if d > 0 {'.repeat(n)} ch <- 1 ${'}'.repeat(n)}`));
    expect(ms).toBeLessThan(20_000);
  });

  it('a 5 MB function is cut short with an analysis-limit note, in bounded time', async () => {
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 5e6; i++) {
      const l = `\tx${i} := ${i}\n\t_ = x${i}`;
      lines.push(l);
      size += l.length + 1;
    }
    const { out, ms } = await timed(leakWith(lines.join('\n')));
    expect(out.notifications).toEqual([expect.objectContaining({ level: 'note', kind: 'analysis-limit', file: '/gen/p.go' })]);
    expect(ms).toBeLessThan(30_000);
  });

  it('5,000 goroutines in one function: findings in bounded time', async () => {
    const { out, ms } = await timed(leakWith('\tgo func() { ch <- 2 }()\n'.repeat(5000)), registeredRules);
    expect(out.findings.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(20_000);
  });
});

/** A rule that spins for `ms` milliseconds and reports nothing. */
const slowRule = (id: string, ms: number): Rule => ({
  meta: { ...abandonedSend.meta, id },
  check() {
    const end = Date.now() + ms;
    while (Date.now() < end);
  },
});

describe('watchdog and rule crashes', () => {
  it('a package over its time budget stops between rules with a notification', () => {
    const pkg: PackageInput = { dir: '/gen', files: [{ path: '/gen/p.go', text: LEAK_GO }] };
    const out = lintPackageSync(pkg, { rules: [slowRule('slow-a', 60), slowRule('slow-b', 60), abandonedSend], packageTimeoutMs: 30 });
    expect(out.notifications).toEqual([expect.objectContaining({ level: 'warning', kind: 'analysis-timeout', file: '/gen' })]);
    expect(out.notifications[0].message).toMatch(/rules not run: slow-b, abandoned-send/);
  });

  it('the pool stops a worker that hangs on a package and completes the others', async () => {
    const pkgs: PackageInput[] = ['a', 'hang', 'b', 'c'].map((d) => ({ dir: `/x/${d}`, files: [{ path: `/x/${d}/f.go`, text: d }] }));
    const hanging = `
      const { parentPort } = require('worker_threads');
      parentPort.on('message', ({ index, pkg }) => {
        parentPort.postMessage({ index, started: true });
        if (pkg.dir.endsWith('hang')) for (;;);
        parentPort.postMessage({ index, output: { findings: [], notifications: [], filesScanned: 1 } });
      });`;
    const out = await runPool(pkgs, 2, () => new Worker(hanging, { eval: true }), 100);
    expect(out.filesScanned).toBe(3);
    // A one-file package is reported on its file.
    expect(out.notifications.map((n) => [n.kind, n.file])).toEqual([['analysis-timeout', '/x/hang/f.go']]);
  });

  it('a rule that throws is reported with its id and package (exit 2); other output is kept', async () => {
    const thrower: Rule = {
      meta: doubleSend.meta,
      check(ctx) {
        if (ctx.pkg.dir.endsWith('bad')) throw new Error('boom');
      },
    };
    const dir = tmp({ 'bad/p.go': LEAK_GO, 'good/p.go': LEAK_GO });
    const r = await cli(['--format', 'json', './...'], dir, [thrower, abandonedSend]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['bad/p.go', 'good/p.go']);
    expect(json.notifications).toEqual([
      { level: 'error', kind: 'rule-error', file: 'bad', message: `rule double-send failed on package ${path.join(dir, 'bad')}: Error: boom` },
    ]);
  });
});

describe('determinism', () => {
  /** 20 packages (enough for worker threads), each a copy of a fixture; some with parse errors. */
  let dir: string;
  beforeAll(() => {
    const names = fs.readdirSync(ROBUST).sort();
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 20; i++) {
      const name = names[i % names.length];
      files[`pkg${i}/${name}.go`] = fixture(name);
      files[`pkg${i}/extra.go`] = Buffer.from(`package p\n\nfunc Extra${i}(ch chan int) { ch <- ${i} }\n`);
    }
    dir = tmp(files);
    // So little source does not pay for worker threads: start them anyway, to compare them with one thread.
    poolTuning.bytesPerWorker = 0;
  });
  afterAll(() => void (poolTuning.bytesPerWorker = BYTES_PER_WORKER));

  it.each(['text', 'json', 'sarif'])('%s output is byte-identical across runs and --jobs 1 / 2', async (format) => {
    const outputs = [];
    for (const jobs of ['1', '2', '2']) outputs.push(await cli(['--format', format, '--jobs', jobs, './...'], dir));
    expect(outputs[0].stdout.length).toBeGreaterThan(0);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it('the order of files and packages does not change the output', async () => {
    const { packages } = await discover(['./...'], dir);
    const reversed = [...packages].reverse().map((p) => ({ ...p, files: [...p.files].reverse() }));
    const a = await lintPackages(packages, { rules: [abandonedSend] });
    const b = await lintPackages(reversed, { rules: [abandonedSend] });
    expect(a.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
