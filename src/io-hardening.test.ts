/**
 * Issue 15, F3-F5 and F9 through the built CLI: reports are written atomically (a write that fails
 * midway leaves the old file), output errors are one line and exit 2 (a closed pipe ends quietly), and
 * auxiliary inputs are read only from regular files, with a size cap.
 *
 * A failing write is real, not mocked: the CLI runs under `ulimit -f 1` with SIGXFSZ ignored, so any
 * write past 1 KiB fails with EFBIG, as a full disk fails with ENOSPC.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { removeTempTrees, tempTree } from './testing/temp-tree';

// Spawned tests run the built CLI: `npm test` builds first (or run `npx tsc -p tsconfig.json`).
const BIN = path.join(__dirname, '../bin/golint-chan');

const leak = (name: string) =>
  `func ${name}(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n`;
/** Ten leaks: reports and baselines well over 1 KiB. */
const LEAKY = `package p\n\nimport "time"\n\n${Array.from({ length: 10 }, (_, i) => leak(`F${i}`)).join('\n')}`;

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The CLI in `cwd`; with `fileLimit`, every file write past that many KiB fails (EFBIG). */
function cli(cwd: string, args: string[], opts: { fileLimit?: number; timeout?: number } = {}) {
  const cmd = [process.execPath, BIN, ...args].map(sh).join(' ');
  const script = opts.fileLimit === undefined ? `exec ${cmd}` : `trap '' XFSZ; ulimit -f ${opts.fileLimit}; exec ${cmd}`;
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: opts.timeout ?? 60000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const OLD = '{"an earlier": "valid report"}\n';

let dir: string;
beforeEach(() => {
  dir = tempTree('glc-io-', { 'go.mod': 'module m\n', 'p/p.go': LEAKY });
});
afterAll(removeTempTrees);

/** A failed write: exit 2, one line naming the file and the error, no stack, the old file intact, no temporary left. */
function expectFailedWrite(r: ReturnType<typeof cli>, file: string) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`^golint-chan: (--[a-z-]+: )?cannot write ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EFBIG( \\(file too large\\))?\\n$`));
  expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
  expect(fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

describe('F3: report files are written atomically', () => {
  it('-o: a write that fails midway leaves the earlier report', () => {
    const out = path.join(dir, 'report.sarif');
    fs.writeFileSync(out, OLD);
    expectFailedWrite(cli(dir, ['--format', 'sarif', '-o', 'report.sarif', './...'], { fileLimit: 1 }), out);
    // Without the limit the report is written, whole.
    expect(cli(dir, ['--format', 'sarif', '-o', 'report.sarif', './...']).code).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results).toHaveLength(10);
  });

  it('--output FORMAT=PATH', () => {
    const out = path.join(dir, 'extra.json');
    fs.writeFileSync(out, OLD);
    expectFailedWrite(cli(dir, ['--output', 'json=extra.json', './...'], { fileLimit: 1 }), out);
  });

  it('--baseline-write', () => {
    const out = path.join(dir, 'baseline.json');
    fs.writeFileSync(out, OLD);
    expectFailedWrite(cli(dir, ['--baseline-write', 'baseline.json', './...'], { fileLimit: 1 }), out);
  });

  it('merge -o', () => {
    expect(cli(dir, ['--format', 'json', '-o', 'shard.json', './...']).code).toBe(1);
    const out = path.join(dir, 'merged.json');
    fs.writeFileSync(out, OLD);
    expectFailedWrite(cli(dir, ['merge', 'shard.json', '-o', 'merged.json'], { fileLimit: 1 }), out);
  });

  it('--cache: a cache that cannot be written is a warning, and the old cache file stays', () => {
    const cache = path.join(dir, 'cache.json');
    fs.writeFileSync(cache, OLD);
    const r = cli(dir, ['--cache', '--cache-location', 'cache.json', './...'], { fileLimit: 1 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/warning: cache\.json: cannot write the cache: EFBIG/);
    expect(fs.readFileSync(cache, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a symbolic link, keeps the mode, and writes /dev/stdout in place', () => {
    fs.writeFileSync(path.join(dir, 'target.json'), OLD, { mode: 0o640 });
    fs.chmodSync(path.join(dir, 'target.json'), 0o640);
    fs.symlinkSync('target.json', path.join(dir, 'link.json'));
    expect(cli(dir, ['--format', 'json', '-o', 'link.json', './...']).code).toBe(1);
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'target.json'), 'utf8')).findings).toHaveLength(10);
    expect(fs.statSync(path.join(dir, 'target.json')).mode & 0o777).toBe(0o640);
    // Through a real pipe (a Node child's stdout is a socket, which /dev/stdout cannot open).
    const r = spawnSync('bash', ['-c', `${[process.execPath, BIN, '--format', 'json', '-o', '/dev/stdout', './...'].map(sh).join(' ')} | cat; exit "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings).toHaveLength(10);
  });
});

describe('F4/F5: output errors', () => {
  const bash = (script: string) => spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  const cmd = (...args: string[]) => [process.execPath, BIN, ...args].map(sh).join(' ');

  it('stdout on a full device (/dev/full): exit 2 with one line, even with no findings', () => {
    fs.writeFileSync(path.join(dir, 'p/p.go'), 'package p\n');
    const r = bash(`${cmd('--format', 'json', './...')} > /dev/full`);
    expect(r.stderr).toBe('golint-chan: cannot write to stdout: ENOSPC (no space left on device)\n');
    expect(r.status).toBe(2);
  });

  it('a closed pipe (| true) ends quietly with the run’s own exit code', () => {
    // `true` exits at once, so the CLI writes into a pipe nobody reads (EPIPE).
    const clean = bash(`${cmd('rules', '--markdown')} 2>err.txt | true; exit "\${PIPESTATUS[0]}"`);
    expect(clean.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8')).toBe('');
    const leaks = bash(`${cmd('--format', 'json', './...')} 2>err.txt | true; exit "\${PIPESTATUS[0]}"`);
    expect(leaks.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8')).toBe('');
  });

  it('an output path under a regular file: one line naming it, no stack; --debug adds the stack', () => {
    fs.writeFileSync(path.join(dir, 'afile'), '');
    const r = cli(dir, ['--format', 'json', '-o', 'afile/report.json', './...']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^golint-chan: cannot write .*afile\/report\.json: (ENOTDIR|EEXIST)[^\n]*\n$/);
    const debug = cli(dir, ['--debug', '--format', 'json', '-o', 'afile/report.json', './...']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('F9: auxiliary inputs only from regular files, with a size cap', () => {
  it.each([
    ['--baseline', '/dev/zero'],
    ['--new-from-patch', '/dev/zero'],
    ['--baseline', 'fifo'],
    ['--new-from-patch', 'fifo'],
  ])('%s %s: exit 2 at once, naming the file', (option, input) => {
    if (input === 'fifo') spawnSync('mkfifo', [path.join(dir, 'fifo')]);
    const t0 = Date.now();
    const r = cli(dir, [option, input, './...'], { timeout: 15000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^golint-chan: ${option}: \\S*${input.replace(/\//g, '\\/')} is not a regular file\\n`));
    expect(Date.now() - t0).toBeLessThan(10000);
  });

  it('refuses a patch over the size cap', () => {
    const big = path.join(dir, 'big.patch');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, (256 << 20) + 1); // sparse: no disk used
    fs.closeSync(fd);
    const r = cli(dir, ['--new-from-patch', 'big.patch', './...']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--new-from-patch: .*big\.patch is too large/);
  });
});

describe('F9: files of the linted tree that the walk reads', () => {
  it('a FIFO named go.mod does not hang discovery', () => {
    const tree = tempTree('glc-io-fifo-', { 'p/p.go': LEAKY });
    spawnSync('mkfifo', [path.join(tree, 'go.mod')]);
    const t0 = Date.now();
    const r = cli(tree, ['--format', 'json', './...'], { timeout: 15000 });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toHaveLength(10);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});
