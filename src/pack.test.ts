/**
 * Packaging, end to end: `npm pack` the built tree (`npm test` builds first), install the tarball
 * globally into a fresh prefix and run the installed binary on a leaking Go file. Slow: one test.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const LEAK =
  'package p\n\nimport "time"\n\nfunc F(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n';

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(NPM, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

let tmp: string;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('npm pack → npm install -g → golint-chan finds the leak', () => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-pack-')));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.bin).toEqual({ 'golint-chan': 'bin/golint-chan' });
  expect(pkg.engines.node).toBe('>=20');
  // No script of ours runs when someone installs the package (npm 11 warns about each one: "install-scripts").
  expect(Object.keys(pkg.scripts).filter((s) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(s))).toEqual([]);

  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  expect(packed.status).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const files = info.files.map((f) => f.path);
  const rules = fs.readdirSync(path.join(ROOT, 'rules')).filter((d) => fs.existsSync(path.join(ROOT, 'rules', d, 'doc.md')));
  expect(files).toEqual(
    expect.arrayContaining([
      'bin/golint-chan',
      'dist/src/cli.js',
      'dist/src/driver/worker.js',
      'grammars/tree-sitter-go.wasm',
      'package.json',
      'LICENSE',
      'README.md',
      ...rules.map((r) => `rules/${r}/doc.md`),
      ...fs.readdirSync(path.join(ROOT, 'schemas')).map((s) => `schemas/${s}`),
    ]),
  );
  // No tests, test helpers, fixtures or TypeScript sources.
  expect(files.filter((f) => /\.test\.|testdata|\/testing\/|_fixes|\.ts$/.test(f))).toEqual([]);

  // Dependencies come from the npm cache (`npm ci` filled it); fall back to the registry.
  const prefix = path.join(tmp, 'prefix');
  const install = (extra: string[]) => npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', ...extra, path.join(tmp, info.filename)], tmp);
  let installed = install(['--offline']);
  if (installed.status !== 0) installed = install([]);
  expect(installed.stderr).not.toMatch(/ERR!/);
  expect(installed.stderr.split('\n').filter((l) => /warn/i.test(l) && /golint-chan|install-scripts/.test(l))).toEqual([]);
  expect(installed.status).toBe(0);

  const dir = path.join(tmp, 'work');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a.go'), LEAK);
  const bin = path.join(prefix, 'bin', 'golint-chan');
  const r = spawnSync(bin, ['./...'], { cwd: dir, encoding: 'utf8' });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 1, stderr: '' });
  expect(r.stdout).toMatch(/^a\.go:7:14: goroutine may block forever sending on unbuffered channel ch.* \(abandoned-send\)$/m);
  // The rule docs are inside the package.
  expect(spawnSync(bin, ['explain', 'abandoned-send'], { encoding: 'utf8' }).stdout).toMatch(/^# abandoned-send/);
}, 300_000);
