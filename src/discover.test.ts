import fs = require('fs'); // the module object itself, so that jest.spyOn reaches discover.ts
import * as os from 'os';
import * as path from 'path';
import { discover, ignoredByGoMod, parseGoModIgnore, UsageError } from './discover';

const GO = 'package p\n';
let root: string;

function write(rel: string, text = GO): void {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}

/** Package dirs and their files, relative to the temporary root. */
async function found(patterns: string[], cwd = root): Promise<Record<string, string[]>> {
  const { packages } = await discover(patterns, cwd);
  return Object.fromEntries(packages.map((p) => [path.relative(root, p.dir) || '.', p.files.map((f) => path.relative(p.dir, f.path))]));
}

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-discover-')));
  write('go.mod', 'module m\n');
  write('main.go');
  write('main_test.go');
  write('_skip.go');
  write('.hidden.go');
  write('a/a.go');
  write('a/b/b.go');
  write('a/vendor/v/v.go');
  write('vendor/x/x.go');
  write('vendor/x/vendor/y/y.go');
  write('testdata/t.go');
  write('testdata/deep/d.go');
  write('_x/x.go');
  write('.x/x.go');
  write('sub/go.mod', 'module m/sub\n');
  write('sub/s.go');
  write('sub/inner/i.go');
  write('notgo/readme.txt', 'hello');
  fs.mkdirSync(path.join(root, 'dir.go'));
  write('dir.go/inside.go');
  fs.symlinkSync(root, path.join(root, 'a/loop')); // a symlinked directory cycle
  fs.symlinkSync(path.join(root, 'a/a.go'), path.join(root, 'a/link.go')); // a symlinked file
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('discover', () => {
  it('./... skips vendor, testdata, _ and . names and nested modules, and keeps _test.go files', async () => {
    expect(await found(['./...'])).toEqual({
      '.': ['main.go', 'main_test.go'],
      a: ['a.go'], // link.go is a link to a.go: linted once
      'a/b': ['b.go'],
      'dir.go': ['inside.go'],
    });
  });

  it('no pattern means the cwd package only', async () => {
    expect(await found([])).toEqual({ '.': ['main.go', 'main_test.go'] });
    expect(await found([], path.join(root, 'a'))).toEqual({ a: ['a.go'] });
  });

  it('lints explicitly named paths, even testdata, vendor and nested modules', async () => {
    expect(await found(['./testdata'])).toEqual({ testdata: ['t.go'] });
    expect(await found(['testdata/...'])).toEqual({ testdata: ['t.go'], 'testdata/deep': ['d.go'] });
    expect(await found(['./vendor/...'])).toEqual({ 'vendor/x': ['x.go'] });
    expect(await found(['./sub/...'])).toEqual({ sub: ['s.go'], 'sub/inner': ['i.go'] });
    expect(await found([path.join(root, '_x')])).toEqual({ _x: ['x.go'] });
  });

  it('lints single files as given, grouped by directory, sorted and deduplicated', async () => {
    expect(await found(['a/b/b.go', './main_test.go', '_skip.go', 'main_test.go'])).toEqual({
      '.': ['_skip.go', 'main_test.go'],
      'a/b': ['b.go'],
    });
    expect(await found(['.', './main.go', 'a', './a/...'])).toEqual({
      '.': ['main.go', 'main_test.go'],
      a: ['a.go'], // link.go is a link to a.go: linted once
      'a/b': ['b.go'],
    });
  });

  it('treats a directory named x.go as a directory', async () => {
    expect(await found(['dir.go'])).toEqual({ 'dir.go': ['inside.go'] });
  });

  it('warns about patterns that match nothing', async () => {
    const r = await discover(['./notgo', './a'], root);
    expect(r.packages.map((p) => p.dir)).toEqual([path.join(root, 'a')]);
    expect(r.notifications).toEqual([{ level: 'warning', kind: 'no-packages', message: '"./notgo" matched no packages' }]);
  });

  it('rejects paths that do not exist and unsupported patterns', async () => {
    await expect(discover(['./missing/...'], root)).rejects.toThrow(UsageError);
    await expect(discover(['nope.go'], root)).rejects.toThrow('"nope.go": no such file or directory');
    await expect(discover(['notgo/readme.txt'], root)).rejects.toThrow(UsageError);
    await expect(discover(['a/.../b'], root)).rejects.toThrow(UsageError);
  });
});

describe('unreadable directories', () => {
  afterEach(() => jest.restoreAllMocks());

  it('are a warning, and the rest of the walk continues', async () => {
    const real = fs.readdir;
    const locked = path.join(root, 'a/b');
    jest.spyOn(fs, 'readdir').mockImplementation(((dir: fs.PathLike, ...rest: unknown[]) => {
      const cb = rest[rest.length - 1] as (e: NodeJS.ErrnoException | null, r?: unknown) => void;
      if (path.resolve(String(dir)) === locked) return cb(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      return (real as (...a: unknown[]) => void)(dir, ...rest);
    }) as unknown as typeof fs.readdir);
    const r = await discover(['./a/...'], root);
    expect(r.packages.map((p) => path.relative(root, p.dir))).toEqual(['a']);
    expect(r.notifications).toEqual([{ level: 'warning', kind: 'read-error', file: locked, message: 'cannot read directory: EACCES' }]);
  });
});

describe('go.mod ignore directive (Go 1.25) and symbolic links', () => {
  let mod: string;
  beforeAll(() => {
    mod = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-discover-ignore-')));
    const put = (rel: string, text = GO) => {
      fs.mkdirSync(path.dirname(path.join(mod, rel)), { recursive: true });
      fs.writeFileSync(path.join(mod, rel), text);
    };
    put('go.mod', 'module m\n\ngo 1.25\n\nignore ./node_modules\nignore (\n\tbuild // generated\n\t"./web/static"\n)\n');
    put('a.go');
    put('node_modules/x/x.go');
    put('pkg/node_modules/y.go'); // ./node_modules is the root's only
    put('build/b.go');
    put('pkg/build/c.go'); // a bare entry matches at any depth
    put('web/static/s.go');
    put('web/w.go');
    put('pkg/p.go');
    fs.symlinkSync(path.join(mod, 'pkg/p.go'), path.join(mod, 'pkg/link.go'));
  });
  afterAll(() => fs.rmSync(mod, { recursive: true, force: true }));

  const pkgs = async (patterns: string[], cwd = mod) =>
    Object.fromEntries((await discover(patterns, cwd)).packages.map((p) => [path.relative(mod, p.dir) || '.', p.files.map((f) => path.basename(f.path))]));

  it('parses single and block entries', () => {
    expect(parseGoModIgnore('module m\nignore ./a // why\nignore (\n  b\n  "./c d"\n)\nrequire x v1\n')).toEqual(['./a', 'b', './c d']);
    expect(parseGoModIgnore('module m\n// ignore ./x\n')).toEqual([]);
  });

  it('./... skips the ignored directories; a file reached twice is linted once', async () => {
    expect(await pkgs(['./...'])).toEqual({ '.': ['a.go'], pkg: ['p.go'], 'pkg/node_modules': ['y.go'], web: ['w.go'] });
    expect(ignoredByGoMod(mod, ['./web/static'], path.join(mod, 'web/static/s.go'))).toBe(true);
    expect(ignoredByGoMod(mod, ['./web/static'], path.join(mod, 'web/staticx/s.go'))).toBe(false);
  });

  it('the same file named by two patterns is linted once', async () => {
    expect(await pkgs(['./pkg/p.go', './pkg/link.go', './pkg'])).toEqual({ pkg: ['p.go'] });
  });
});
describe('F12: every byte of a name is taken literally', () => {
  const LEAK =
    'package p\n\nimport "time"\n\nfunc Get(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n';
  let tree: string;
  const names = ['new\nline', 'car\rriage', 'back\\slash', 'star*[x]{a,b}', 'tab\tname', 'esc\x1b[31m'];
  beforeAll(() => {
    tree = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-discover-names-')));
    for (const n of names) {
      fs.mkdirSync(path.join(tree, n));
      fs.writeFileSync(path.join(tree, n, 'x.go'), LEAK);
    }
    fs.writeFileSync(path.join(tree, 'we\\ird\n.go'), GO);
    // A directory whose name is not UTF-8 cannot be linted (paths are strings): a warning, not silence.
    fs.mkdirSync(Buffer.from([...Buffer.from(tree + '/caf'), 0xe9]));
    fs.writeFileSync(Buffer.from([...Buffer.from(tree + '/caf'), 0xe9, ...Buffer.from('/x.go')]), GO);
  });
  afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('finds packages in directories named with \\n, \\r, \\, glob characters, tabs and escapes', async () => {
    const r = await discover(['./...'], tree);
    expect(r.packages.map((p) => path.relative(tree, p.dir)).sort()).toEqual(['', ...names].sort());
    for (const p of r.packages) for (const f of p.files) expect(fs.existsSync(f.path)).toBe(true);
    expect(r.packages.find((p) => p.dir === tree)!.files.map((f) => path.basename(f.path))).toEqual(['we\\ird\n.go']);
    expect(r.notifications).toEqual([{ level: 'warning', kind: 'read-error', file: tree, message: 'skipped "caf\u00e9": the name is not valid UTF-8' }]);
  });

  it('the CLI reports the leak in each of them (exit 1), with no read error', async () => {
    const { run } = await import('./cli');
    let stdout = '';
    let stderr = '';
    const code = await run(['--format', 'json', './...'], { io: { cwd: tree, env: {}, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) } });
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.findings.map((f: { file: string }) => f.file).sort()).toEqual(names.map((n) => `${n}/x.go`).sort());
    expect(doc.notifications.filter((n: { kind: string }) => n.kind !== 'read-error' || !/not valid UTF-8/.test((n as unknown as { message: string }).message))).toEqual([]);
  });
});
