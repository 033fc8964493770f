/**
 * Package discovery: turn command-line patterns into the packages to lint, with `go vet` semantics
 * (`go help packages`):
 *
 * - no pattern means `.`;
 * - `dir/...` (and `./...`, `...`) is `dir` and every directory below it, except directories named
 *   `vendor` or `testdata`, names starting with `.` or `_`, and nested modules (a directory with its
 *   own go.mod) together with everything below them. The base directory itself is always included, so
 *   `./testdata/...` or `./vendor/...` lint what they name;
 * - a directory is the package made of its `*.go` files (including `_test.go`; files starting with
 *   `.` or `_` are ignored, as go/build does);
 * - a `.go` file is linted as given, grouped with the other files named in the same directory.
 *
 * - `...` also skips the directories the module's go.mod `ignore` directive names (Go 1.25): an entry
 *   starting with `./` is relative to the module root, any other matches that path at any depth.
 *
 * Symbolic links to directories are not followed (like `go list`); symbolic links to files are read. A file
 * reached twice (a symbolic link and its target, or two patterns naming it) is linted once, under its own
 * path when that is one of them, else under the first path that reached it.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PackageInput } from './driver/lint';
import type { Notification } from './types';
import { MAX_CONFIG_BYTES, readInputText } from './source/files';
import { isGoFileName, SKIPPED_DIR } from './source/module';
import { nameAllows, targetPlatform } from './source/platform';

/** A problem with the command line itself: the CLI prints it and exits 2. */
export class UsageError extends Error {}

export interface Discovery {
  packages: PackageInput[];
  /** Patterns that matched nothing and directories that could not be read. */
  notifications: Notification[];
}

const RECURSIVE = '/...';

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

type DirEntry = fs.Dirent & { name: string };

/**
 * The entries of a directory, named by their bytes: a name that is not valid UTF-8 cannot be given to
 * the rest of the tool (paths are strings) and comes back in `undecodable` rather than being dropped
 * silently or mangled. An error is returned, not thrown.
 */
function readDir(dir: string): Promise<{ entries: DirEntry[]; undecodable: { raw: Buffer; dirent: fs.Dirent }[] } | NodeJS.ErrnoException> {
  return new Promise((resolve) => {
    fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' }, (err, dirents) => {
      if (err) return resolve(err);
      const entries: DirEntry[] = [];
      const undecodable: { raw: Buffer; dirent: fs.Dirent }[] = [];
      for (const d of dirents as unknown as (fs.Dirent & { name: Buffer | string })[]) {
        const raw = typeof d.name === 'string' ? Buffer.from(d.name) : d.name;
        const name = raw.toString('utf8');
        if (!Buffer.from(name, 'utf8').equals(raw)) undecodable.push({ raw, dirent: d });
        else entries.push(Object.assign(d, { name }) as DirEntry);
      }
      resolve({ entries, undecodable });
    });
  });
}

/** The `ignore` directive entries of a go.mod text (Go 1.25), single or in a block, quotes removed. */
export function parseGoModIgnore(text: string): string[] {
  const out: string[] = [];
  const entry = (s: string) => {
    const v = s.replace(/\/\/.*$/, '').trim();
    if (v) out.push(v.replace(/^"(.*)"$|^`(.*)`$/, (_m, a, b) => a ?? b));
  };
  let block = false;
  for (const line of text.split(/\r?\n/)) {
    if (block) {
      if (/^\s*\)/.test(line)) block = false;
      else entry(line);
      continue;
    }
    const m = /^\s*ignore\s*(\(|\s.*)$/.exec(line.replace(/\/\/.*$/, ''));
    if (!m) continue;
    if (m[1].trim() === '(') block = true;
    else entry(m[1]);
  }
  return out;
}

/** The module root at or above `dir` (the directory holding go.mod), or undefined. */
function moduleRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'go.mod'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Whether `file` lies in a directory that the go.mod `ignore` entries of module `root` name. */
export function ignoredByGoMod(root: string, entries: readonly string[], file: string): boolean {
  const rel = path.relative(root, path.dirname(file)).split(path.sep).join('/');
  if (rel.startsWith('..')) return false;
  const dirs = rel === '' ? [] : rel.split('/');
  return entries.some((raw) => {
    const e = raw.replace(/\/+$/, '');
    if (e.startsWith('./')) {
      const want = e.slice(2);
      return rel === want || rel.startsWith(want + '/');
    }
    // Any depth: the entry's elements appear in a row among the directory's.
    const parts = e.split('/');
    for (let i = 0; i + parts.length <= dirs.length; i++) if (parts.every((p, j) => dirs[i + j] === p)) return true;
    return false;
  });
}

/** Go files grouped into packages, one per directory: directories and files sorted, duplicates dropped. */
export function packagesOf(files: Iterable<string>, constrained?: ReadonlySet<string>): PackageInput[] {
  const byDir = new Map<string, Set<string>>();
  for (const file of files) {
    const dir = path.dirname(file);
    let set = byDir.get(dir);
    if (!set) byDir.set(dir, (set = new Set()));
    set.add(file);
  }
  return [...byDir.keys()].sort().map((dir) => ({
    dir,
    files: [...byDir.get(dir)!].sort().map((p) => (constrained?.has(p) ? { path: p, constrained: true } : { path: p })),
  }));
}

class Collector {
  private readonly files: string[] = [];
  /** Files found by listing a directory: their build constraints decide whether they are linted. */
  private readonly listed = new Set<string>();
  private readonly platform = targetPlatform();
  /** Real path → index in `files`, so that a file reached twice is linted once. */
  private readonly real = new Map<string, number>();
  readonly notifications: Notification[] = [];

  add(file: string): void {
    let real = file;
    try {
      real = fs.realpathSync(file);
    } catch {
      /* unreadable: the engine reports it */
    }
    const seen = this.real.get(real);
    if (seen === undefined) {
      this.real.set(real, this.files.length);
      this.files.push(file);
    } else if (file === real) this.files[seen] = file; // the file itself rather than a link to it

  }

  warn(kind: string, message: string, file?: string): void {
    this.notifications.push({ level: 'warning', kind, message, ...(file === undefined ? {} : { file }) });
  }

  /**
   * Go files under `base` (only `base` itself when `recursive` is false), filtered as described above.
   * The walk reads directories itself: every byte of a name is taken literally (a name holding `\n`,
   * `\r`, `\`, `*` or `[` is neither dropped nor read as a pattern or a separator, F12).
   */
  async walk(base: string, recursive: boolean): Promise<string[]> {
    const files: string[] = [];
    const visit = async (dir: string, isBase: boolean): Promise<void> => {
      const read = await readDir(dir);
      if (read instanceof Error) {
        this.warn('read-error', `cannot read directory: ${read.code ?? read.message}`, dir);
        return;
      }
      // A nested module (a directory with its own go.mod) is left out, with everything below it.
      if (!isBase && read.entries.some((e) => e.name === 'go.mod' && !e.isDirectory())) return;
      for (const { raw, dirent } of read.undecodable) {
        const latin1 = raw.toString('latin1');
        const relevant = dirent.isDirectory() ? recursive && !SKIPPED_DIR.test(latin1) : isGoFileName(latin1);
        if (relevant) this.warn('read-error', `skipped ${JSON.stringify(latin1)}: the name is not valid UTF-8`, dir);
      }
      const subdirs: string[] = [];
      for (const e of read.entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (recursive && !SKIPPED_DIR.test(e.name)) subdirs.push(p);
        } else if (isGoFileName(e.name) && (e.isFile() || (e.isSymbolicLink() && statOrUndefined(p)?.isFile()))) {
          // Directories named x.go are not files; symbolic links count only when they lead to a file. A file whose
          // name is for another platform (`x_windows.go` on linux) is left out, as `go build` leaves it out.
          if (nameAllows(e.name, this.platform)) files.push(p);
        }
      }
      for (const d of subdirs.sort()) await visit(d, false);
    };
    await visit(base, true);
    const inModule = files;
    const root = moduleRoot(base);
    let ignore: string[] = [];
    try {
      // Only from a regular file, size-capped: a FIFO named go.mod must not hang the walk.
      ignore = root ? parseGoModIgnore(readInputText(path.join(root, 'go.mod'), 'go.mod', MAX_CONFIG_BYTES)) : [];
    } catch {
      /* an unreadable go.mod ignores nothing */
    }
    return ignore.length ? inModule.filter((f) => !ignoredByGoMod(root!, ignore, f)) : inModule;
  }

  /** Mark files found by listing a directory (see FileInput.constrained). */
  listedFiles(files: readonly string[]): void {
    for (const f of files) this.listed.add(f);
  }

  packages(): PackageInput[] {
    return packagesOf(this.files, this.listed);
  }
}

/** Expand command-line patterns into packages. Throws UsageError for a path that does not exist. */
export async function discover(patterns: readonly string[], cwd: string): Promise<Discovery> {
  const c = new Collector();
  for (const pattern of patterns.length ? patterns : ['.']) {
    const recursive = pattern === '...' || pattern.endsWith(RECURSIVE);
    const target = !recursive ? pattern : pattern === '...' ? '.' : pattern.slice(0, -RECURSIVE.length) || path.sep;
    if (target.includes('...')) throw new UsageError(`unsupported pattern "${pattern}": "..." is only supported as a final "/..." element`);
    const abs = path.resolve(cwd, target);
    const st = statOrUndefined(abs);
    if (!st) throw new UsageError(`"${pattern}": no such file or directory`);
    let files: string[];
    if (st.isDirectory()) c.listedFiles((files = await c.walk(abs, recursive)));
    else if (!recursive && abs.endsWith('.go')) files = [abs];
    else throw new UsageError(`"${pattern}": not a directory or a .go file`);
    if (files.length === 0) c.warn('no-packages', `"${pattern}" matched no packages`);
    for (const f of files) c.add(f);
  }
  return { packages: c.packages(), notifications: c.notifications };
}
