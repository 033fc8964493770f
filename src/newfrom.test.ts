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
    expect(bad.stderr).toMatch(/--new-from-rev: "no-such-rev" is not a commit/);
    expect((await cli(repo, ['--new-from-rev', 'HEAD', '--new-from-patch', 'x.patch', './...'])).code).toBe(2);
  });

  it('F11: a revision that looks like an option is not passed to git as one', async () => {
    const r = await cli(repo, ['--new-from-rev=--output=injected.txt', './...']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--new-from-rev: "--output=injected.txt" is not a commit/);
    expect(fs.existsSync(path.join(repo, 'injected.txt'))).toBe(false);
  });

  it("F11: the repository's core.fsmonitor hook is not run", async () => {
    const hooked = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-newfrom-')));
    tmpDirs.push(hooked);
    git(hooked, 'init', '-q');
    fs.writeFileSync(path.join(hooked, 'a.go'), file(leak('Old')));
    git(hooked, 'add', '.');
    git(hooked, 'commit', '-q', '-m', 'legacy');
    const marker = path.join(hooked, 'fsmonitor-ran');
    const hook = path.join(hooked, 'hook.sh');
    fs.writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
    git(hooked, 'config', 'core.fsmonitor', hook);
    // The hook does run for plain git (the attack works without the fix).
    git(hooked, 'diff', 'HEAD');
    expect(fs.existsSync(marker)).toBe(true);
    fs.rmSync(marker);
    fs.writeFileSync(path.join(hooked, 'a.go'), file(leak('Old'), leak('New')));
    const r = await cli(hooked, ['--new-from-rev', 'HEAD', '.']);
    expect(r.code).toBe(1);
    expect(fs.existsSync(marker)).toBe(false);
  });

  describe('F16: a patch that is not a unified diff is an error, not an empty filter', () => {
    const patchFile = (name: string, bytes: string | Buffer) => {
      const p = path.join(repo, '..', `${path.basename(repo)}-${name}`);
      tmpDirs.push(p);
      fs.writeFileSync(p, bytes);
      return p;
    };
    it.each([
      ['empty', '', /is empty/],
      ['garbage', 'hello world\nthis is not a diff\n', /is not a unified diff/],
      ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('--- a/p/old.go\n+++ b/p/old.go\n@@ -1 +1 @@\n-x\n+y\n', 'utf16le')]), /is UTF-16/],
      ['truncated', '--- a/p/old.go\n+++ b/p/old.go\n@@ -1,3 +1,4 @@\n package p\n+x\n', /cut short/],
      ['malformed hunk', '--- a/p/old.go\n+++ b/p/old.go\n@@ -1,2 +1,2 @@\n package p\n*oops\n', /not a valid unified diff: line 5/],
    ])('%s', async (name, bytes, message) => {
      const p = patchFile(name.replace(/\W/g, '_') + '.patch', bytes);
      const r = await cli(repo, ['--new-from-patch', p, './...']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(p);
    });
  });
});

describe('--new-from-merge-base', () => {
  it('reports what the branch changed since it left main, not what main did since', async () => {
    const repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-mergebase-')));
    tmpDirs.push(repo);
    git(repo, 'init', '-q');
    fs.writeFileSync(path.join(repo, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
    fs.writeFileSync(path.join(repo, 'a.go'), file(leak('Old')));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    fs.writeFileSync(path.join(repo, 'b.go'), file(leak('Branch')));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'feature');
    git(repo, 'checkout', '-q', 'main');
    // main edits Old's send line after the branch left: the branch still has the old line.
    fs.writeFileSync(path.join(repo, 'a.go'), file(leak('Old').replace('ch <- 1', 'ch <- 3')));
    git(repo, 'commit', '-q', '-am', 'main moves on');
    git(repo, 'checkout', '-q', 'feature');

    const mb = await cli(repo, ['--new-from-merge-base', 'main', './...']);
    expect(mb.code).toBe(1);
    expect(mb.findings).toEqual([expect.stringMatching(/^b\.go:7:14: /)]);
    // --new-from-rev main compares with main's tip, where a.go's send line differs: an old finding looks new.
    expect((await cli(repo, ['--new-from-rev', 'main', './...'])).findings).toEqual([expect.stringMatching(/^a\.go:7:14: /), expect.stringMatching(/^b\.go:7:14: /)]);
    const both = await cli(repo, ['--new-from-merge-base', 'main', '--new-from-rev', 'main', './...']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/use only one of --new-from-rev, --new-from-merge-base and --new-from-patch/);
    const bad = await cli(repo, ['--new-from-merge-base', 'no-such-branch', './...']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--new-from-merge-base: "no-such-branch" is not a commit/);
    // F11: a value that looks like an option is a revision, not an option of git merge-base.
    const injected = await cli(repo, ['--new-from-merge-base=--all', './...']);
    expect(injected.code).toBe(2);
    expect(injected.stderr).toMatch(/--new-from-merge-base: "--all" is not a commit/);
  });
});

describe('a filtered SARIF is refused wherever it would be written', () => {
  it.each([
    [['--new-from-rev', 'HEAD', '--output', 'sarif=out.sarif'], /--new-from-rev cannot be used with --output sarif=out\.sarif/],
    [['--new-from-patch', 'x.patch', '--output', 'sarif=out.sarif'], /--new-from-patch cannot be used with --output sarif=out\.sarif/],
    [['--baseline', 'b.json', '--output', 'sarif=out.sarif'], /--baseline cannot be used with --output sarif=out\.sarif/],
    [['--baseline', 'b.json', '--format', 'sarif'], /--baseline cannot be used with --format sarif/],
  ])('%j', async (args, message) => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-sarif-refuse-')));
    tmpDirs.push(dir);
    git(dir, 'init', '-q');
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/m\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'init');
    fs.writeFileSync(path.join(dir, 'a.go'), file(leak('A'))); // untracked: new
    const r = await cli(dir, [...args, './...']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'out.sarif'))).toBe(false);
    // Other formats are fine with --output.
    expect((await cli(dir, ['--new-from-rev', 'HEAD', '--output', 'json=out.json', './...'])).code).toBe(1);
  });
});
