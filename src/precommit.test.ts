/**
 * The pre-commit hook (.pre-commit-hooks.yaml), run by pre-commit itself on a temporary git repository whose
 * .pre-commit-config.yaml names a snapshot of this repository (its tracked files as they are in the work tree,
 * committed): pre-commit installs it as a `language: node` hook (npm install, npm pack with the prepack build)
 * once, and runs the entry with the .go files given. pre-commit comes from Debian's `pre-commit` package
 * (.ci/run installs it). Slow: the npm install of the hook takes about a minute.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..');
const LEAK =
  'package p\n\nimport "time"\n\nfunc F(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n';

let tmp: string;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  expect(r.status).toBe(0);
}

it('.pre-commit-hooks.yaml declares a node hook for .go files', () => {
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
  expect(hooks).toEqual([expect.objectContaining({ id: 'golint-chan', language: 'node', types: ['go'], entry: 'golint-chan --whole-packages' })]);
});

it('pre-commit runs the hook on the packages of the staged files: a leak fails the commit, a clean package passes', () => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-precommit-')));
  const repo = path.join(tmp, 'repo');
  fs.mkdirSync(path.join(repo, 'leaky'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'clean'));
  fs.writeFileSync(path.join(repo, 'go.mod'), 'module example.com/m\n\ngo 1.21\n');
  // The leak is in a.go; the commit stages only b.go of the same package: the whole package is linted.
  fs.writeFileSync(path.join(repo, 'leaky/a.go'), LEAK);
  fs.writeFileSync(path.join(repo, 'leaky/b.go'), 'package p\n\nconst B = 1\n');
  fs.writeFileSync(path.join(repo, 'clean/c.go'), 'package c\n\nconst C = 1\n');
  fs.writeFileSync(path.join(repo, 'README.md'), 'not Go\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '.');

  // The hook repository: this repository's tracked files, as in the work tree, in one commit.
  const hook = path.join(tmp, 'hook');
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of tracked) {
    if (!fs.existsSync(path.join(ROOT, f))) continue;
    fs.mkdirSync(path.dirname(path.join(hook, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(hook, f));
  }
  git(hook, 'init', '-q');
  git(hook, 'add', '.');
  git(hook, 'commit', '-q', '-m', 'snapshot');
  const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: hook, encoding: 'utf8' }).stdout.trim();
  fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: golint-chan\n`);
  git(repo, 'add', '.pre-commit-config.yaml');

  const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'pre-commit-home'), npm_config_update_notifier: 'false', NO_COLOR: '1' };
  const tryRepo = (...files: string[]) => spawnSync('pre-commit', ['run', '--verbose', '--color', 'never', '--files', ...files], { cwd: repo, env, encoding: 'utf8' });

  const leaky = tryRepo('leaky/b.go', 'README.md');
  expect(leaky.error).toBeUndefined();
  expect({ stdout: leaky.stdout, stderr: leaky.stderr }).toEqual({ stdout: expect.stringMatching(/^golint-chan\.+Failed$/m), stderr: '' });
  expect(leaky.stdout).toMatch(/^leaky\/a\.go:7:14: goroutine may block forever sending on unbuffered channel ch/m);
  expect(leaky.status).toBe(1);

  const clean = tryRepo('clean/c.go');
  expect(clean.stdout).toMatch(/^golint-chan\.+Passed$/m);
  expect(clean.status).toBe(0);

  // No .go file staged: the hook does not run.
  expect(tryRepo('README.md').stdout).toMatch(/^golint-chan\.+\(no files to check\)Skipped$/m);
}, 300_000);
