import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Rule } from '../rule';
import { LintCache, lintPackagesCached, resolveCacheLocation, userCacheDir, type CachedLintOptions } from './cache';
import type { PackageInput } from './lint';

/** A rule for the test alone: one finding per function declaration. */
const everyFunc: Rule<'fn'> = {
  meta: {
    id: 'every-func',
    name: 'EveryFunc',
    summary: 'reports every function',
    severity: 'note',
    precision: 'high',
    tags: [],
    since: '0.0.0',
    messages: { fn: 'function {{name}}' },
  },
  check(ctx) {
    for (const file of ctx.pkg.files) {
      for (const fn of file.wholeTree()!.rootNode.descendantsOfType('function_declaration')) {
        if (fn) ctx.report({ file, node: fn, messageId: 'fn', data: { name: fn.childForFieldName('name')!.text } });
      }
    }
  },
};

const opts: CachedLintOptions = { rules: [everyFunc], configFingerprint: 'test-config' };

describe('lintPackagesCached', () => {
  let root: string;
  let cacheFile: string;
  let pkgs: PackageInput[];

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const run = async () => {
    const cache = LintCache.load(cacheFile);
    const out = await lintPackagesCached(pkgs, opts, cache);
    expect(cache.save()).toBeUndefined();
    return out;
  };
  const names = (out: { findings: { message: string }[] }) => out.findings.map((f) => f.message);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-cache-'));
    cacheFile = path.join(root, 'cache', 'lint.json');
    write('a/a1.go', 'package a\nfunc A1() {}\n');
    write('a/a2.go', 'package a\nfunc A2() {}\n');
    write('b/b.go', 'package b\nfunc B() {}\n');
    pkgs = ['a', 'b'].map((d) => ({
      dir: path.join(root, d),
      files: fs.readdirSync(path.join(root, d)).sort().map((f) => ({ path: path.join(root, d, f) })),
    }));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('parses nothing when the tree is unchanged, and returns the same results', async () => {
    const first = await run();
    expect(first.filesParsed).toBe(3);
    expect(first.packagesFromCache).toBe(0);
    expect(names(first)).toEqual(['function A1', 'function A2', 'function B']);
    const second = await run();
    expect(second.filesParsed).toBe(0);
    expect(second.packagesFromCache).toBe(2);
    expect(second.findings).toEqual(first.findings);
    expect(second.notifications).toEqual(first.notifications);
    expect(second.filesScanned).toBe(3);
  });

  it('re-lints only the package of a changed file', async () => {
    await run();
    write('a/a2.go', 'package a\nfunc A2() {}\nfunc A3() {}\n');
    const out = await run();
    expect(out.filesParsed).toBe(2);
    expect(out.packagesFromCache).toBe(1);
    expect(names(out)).toEqual(['function A1', 'function A2', 'function A3', 'function B']);
    expect((await run()).filesParsed).toBe(0);
  });

  it('misses when the rules or the config change', async () => {
    await run();
    const cache = LintCache.load(cacheFile);
    expect((await lintPackagesCached(pkgs, { ...opts, configFingerprint: 'other' }, cache)).filesParsed).toBe(3);
    expect((await lintPackagesCached(pkgs, { ...opts, rules: [] }, cache)).filesParsed).toBe(3);
  });

  it('caches an editor overlay by its text, not the disk', async () => {
    const overlaid = pkgs.map((p) => ({ ...p, files: p.files.map((f) => (f.path.endsWith('b.go') ? { ...f, text: 'package b\nfunc C() {}\n' } : f)) }));
    const cache = LintCache.load(cacheFile);
    expect(names(await lintPackagesCached(overlaid, opts, cache))).toContain('function C');
    expect(names(await lintPackagesCached(pkgs, opts, cache))).toContain('function B');
  });

  it.each([
    ['corrupt', '{"tool": "golint-chan", "format": 1, "packa'],
    ['foreign', JSON.stringify({ tool: 'eslint', format: 1, packages: {} })],
    ['outdated', JSON.stringify({ tool: 'golint-chan', format: 1, toolVersion: '0.0.0-old', packages: {} })],
    ['malformed', JSON.stringify({ tool: 'golint-chan', format: 1, toolVersion: require('../../package.json').version, packages: { x: 1 } })],
  ])('ignores and overwrites a cache file that is %s', async (_, content) => {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, content);
    const out = await run();
    expect(out.filesParsed).toBe(3);
    expect(names(out)).toHaveLength(3);
    expect((await run()).filesParsed).toBe(0);
    expect(fs.readdirSync(path.dirname(cacheFile))).toEqual(['lint.json']);
  });

  /** Rewrite every entry of the cache file (keys kept, so that they would be hits). */
  const tamper = (edit: (entry: Record<string, unknown>, dir: string) => void) => {
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    for (const [dir, entry] of Object.entries(data.packages)) edit(entry as Record<string, unknown>, dir);
    fs.writeFileSync(cacheFile, JSON.stringify(data));
  };

  it.each([
    ['findings: [null]', [null]],
    ['findings: [{}]', [{}]],
    ['a finding without a range', [{ ruleId: 'x', severity: 'note', message: 'm', file: '/x.go', related: [], flow: [] }]],
  ])('F6: discards and rewrites a cache whose entries are malformed (%s) instead of crashing', async (_, findings) => {
    await run();
    tamper((e) => (e.findings = findings));
    const cache = LintCache.load(cacheFile);
    expect(cache.problem).toMatchObject({ level: 'note', kind: 'cache-invalid', file: cacheFile });
    const out = await lintPackagesCached(pkgs, opts, cache);
    expect(out.filesParsed).toBe(3);
    expect(names(out)).toEqual(['function A1', 'function A2', 'function B']);
    expect(cache.save()).toBeUndefined();
    // Rewritten: the next run takes everything from it.
    expect((await run()).filesParsed).toBe(0);
  });

  it('F6: never reports a forged entry naming a file outside the package', async () => {
    const first = await run();
    tamper((e, dir) => {
      const f = (e.findings as { file: string; range: unknown; related: unknown[] }[])[0];
      if (dir.endsWith('b')) f.file = '/etc/passwd';
      else f.related.push({ file: '/etc/shadow', range: f.range, message: 'x' });
    });
    const out = await run();
    expect(out.findings.flatMap((f) => [f.file, ...f.related.map((r) => r.file)]).filter((p) => !p.startsWith(root))).toEqual([]);
    expect(out.findings).toEqual(first.findings);
    expect(out.filesParsed).toBe(3); // both packages linted again
    expect((await run()).filesParsed).toBe(0);
  });

  it('reports an unwritable cache as a notification', async () => {
    const blocker = path.join(root, 'blocker');
    fs.writeFileSync(blocker, '');
    const cache = LintCache.load(path.join(blocker, 'cache.json'));
    await lintPackagesCached(pkgs, opts, cache);
    expect(cache.save()).toMatchObject({ level: 'warning', kind: 'cache-error' });
  });
});

describe('resolveCacheLocation', () => {
  const env = { XDG_CACHE_HOME: '/xdg' };
  it('defaults to a file per working directory under the user cache dir', () => {
    const a = resolveCacheLocation(undefined, '/repo/a', env);
    expect(path.dirname(a)).toBe(path.join(userCacheDir(env), 'golint-chan'));
    expect(path.basename(a)).toMatch(/^[0-9a-f]{16}\.json$/);
    expect(resolveCacheLocation(undefined, '/repo/b', env)).not.toBe(a);
  });
  it('honours GOLINT_CHAN_CACHE and --cache-location (file or directory)', () => {
    expect(resolveCacheLocation(undefined, '/repo', { ...env, GOLINT_CHAN_CACHE: '/c/x.json' })).toBe(path.resolve('/c/x.json'));
    expect(resolveCacheLocation('cache.json', '/repo', env)).toBe(path.resolve('/repo/cache.json'));
    expect(resolveCacheLocation('tmp/', '/repo', env)).toMatch(/[\\/]repo[\\/]tmp[\\/]golint-chan-[0-9a-f]{16}\.json$/);
  });
});
