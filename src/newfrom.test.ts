import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseUnifiedDiff } from './newfrom';
import { run } from './cli';

/** A function whose goroutine leaks when the timeout wins (one finding, on its send line). */
const leak = (name: string) =>
  `func ${name}(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n`;
const file = (...funcs: string[]) => `package p\n\nimport "time"\n\n${funcs.join('\n')}`;

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
}

async function cli(cwd: string, args: string[]) {
  const o = { stdout: '', stderr: '' };
  const code = await run(args, { io: { cwd, stdout: (s) => void (o.stdout += s), stderr: (s) => void (o.stderr += s), isTTY: false, env: {} } });
  return { code, ...o, findings: o.stdout.split('\n').filter((l) => /^\S/.test(l)) };
}

describe('parseUnifiedDiff', () => {
  it('collects added lines with any context, ignoring deletions and body lines that look like headers', () => {
    const diff = [
      'diff --git a/x.go b/x.go',
      '--- a/x.go',
      '+++ b/x.go',
      '@@ -1,4 +1,5 @@',
      ' package x',
      '-var a = 1',
      '+var a = 2',
      '+++ looks like a header',
      ' ',
      ' var b = 3',
      '\\ No newline at end of file',
      '@@ -20 +21,0 @@',
      '-gone',
      '--- a/old.go',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-package old',
      '--- /dev/null',
      '+++ "b/caf\\303\\251.go"',
      '@@ -0,0 +1 @@',
      '+package caf',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual(
      new Map([
        ['x.go', new Set([2, 3])],
        ['café.go', new Set([1])],
      ]),
    );
  });
});

describe('--new-from-rev and --new-from-patch', () => {
  let repo: string;
  beforeAll(() => {
    repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-newfrom-')));
    tmpDirs.push(repo);
    git(repo, 'init', '-q');
    fs.mkdirSync(path.join(repo, 'p'));
    fs.writeFileSync(path.join(repo, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
    fs.writeFileSync(path.join(repo, 'p/old.go'), file(leak('Old'), leak('Changed')));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'legacy');
    // Since the commit: Changed's send line is edited, New is added above Old; fresh.go is untracked.
    fs.writeFileSync(path.join(repo, 'p/old.go'), file(leak('New'), leak('Old'), leak('Changed').replace('ch <- 1', 'ch <- 2')));
    fs.writeFileSync(path.join(repo, 'p/fresh.go'), file(leak('Fresh')));
  });

  it('all findings without the option', async () => {
    expect((await cli(repo, ['./...'])).findings).toHaveLength(4);
  });

  it('--new-from-rev HEAD keeps findings on changed lines and in untracked files', async () => {
    const r = await cli(repo, ['--new-from-rev', 'HEAD', './...']);
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([
      expect.stringMatching(/^p\/fresh\.go:7:14: /),
      expect.stringMatching(/^p\/old\.go:7:14: /),
      expect.stringMatching(/^p\/old\.go:29:14: /),
    ]);
  });

  it('works from a subdirectory (diff paths are relative to the repository root)', async () => {
    const r = await cli(path.join(repo, 'p'), ['--new-from-rev', 'HEAD', '.']);
    expect(r.findings.map((l) => l.split(':')[0])).toEqual(['fresh.go', 'old.go', 'old.go']);
  });

  it('--new-from-patch FILE keeps the findings on the lines the patch adds', async () => {
    const patch = path.join(repo, '..', `${path.basename(repo)}.patch`);
    tmpDirs.push(patch);
    fs.writeFileSync(patch, git(repo, 'diff', 'HEAD'));
    const r = await cli(repo, ['--new-from-patch', patch, './...']);
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([expect.stringMatching(/^p\/old\.go:7:14: /), expect.stringMatching(/^p\/old\.go:29:14: /)]);
  });

  it('exits 0 when nothing changed since the revision', async () => {
    const clean = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-newfrom-')));
    tmpDirs.push(clean);
    git(clean, 'init', '-q');
    fs.writeFileSync(path.join(clean, 'a.go'), file(leak('Old')));
    git(clean, 'add', '.');
    git(clean, 'commit', '-q', '-m', 'legacy');
    expect((await cli(clean, ['.'])).code).toBe(1);
    expect((await cli(clean, ['--new-from-rev', 'HEAD', '.'])).code).toBe(0);
  });

  it('refuses SARIF, a bad revision and both options together (exit 2)', async () => {
    const sarif = await cli(repo, ['--new-from-rev', 'HEAD', '--format', 'sarif', './...']);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/--new-from-rev cannot be used with --format sarif/);
    expect(sarif.stdout).toBe('');
    const bad = await cli(repo, ['--new-from-rev', 'no-such-rev', './...']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/git diff .* failed/);
    expect((await cli(repo, ['--new-from-rev', 'HEAD', '--new-from-patch', 'x.patch', './...'])).code).toBe(2);
  });
});
