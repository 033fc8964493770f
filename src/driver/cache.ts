/**
 * A package-level result cache for the CLI (`--cache`, `--cache-location`).
 *
 * Leak analysis is package-wide, so the unit cached is a package: its key is the sha256 of the tool
 * version, the enabled rule ids, the caller's config fingerprint, the file-size limit, and the path and
 * content hash of every file of the package. A package whose key is unchanged gets its stored findings
 * and notifications back without being parsed; the others are linted, together, by one call of the
 * linter (so the CLI can keep its worker pool). A package whose analysis read other packages of its
 * module (analysis/importers.ts) is not stored: its results depend on files outside its key.
 *
 * The cache is one JSON file holding one entry per package directory (the latest). By default it lives
 * in the user cache directory, `<user cache dir>/golint-chan/<hash of the cwd>.json` (`$XDG_CACHE_HOME`
 * or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows), so that nothing is
 * written into the Go repository; `$GOLINT_CHAN_CACHE` or `--cache-location` override it. A cache file
 * that cannot be read, is not JSON, is another tool's, or was written by another version is ignored
 * and replaced. A file that claims to be ours but does not match the schema below (a damaged or forged
 * file) is discarded with a note and rewritten; an entry is used only when every path in it is a file
 * of its package (so a forged `"file": "/etc/passwd"` is never reported). It is written atomically
 * (src/source/files.ts), and read with a size cap and only from a regular file.
 */
import { targetPlatform } from '../source/platform';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding, Notification } from '../types';
import { DEFAULT_MAX_FILE_BYTES, lintPackages, mergeOutputs, type FileInput, type LintOptions, type LintOutput, type PackageInput } from './lint';
import { toolVersion } from '../source/root';
import { decodeSource } from '../source/source';
import { errorCode, MAX_INPUT_BYTES, readInputFile, writeFileAtomic } from '../source/files';
import { schemaCheck } from '../source/validate';

const CACHE_TOOL = 'golint-chan';
/** Bump when the layout of the file or of an entry changes. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  key: string;
  findings: Finding[];
  notifications: Notification[];
}

interface CacheFile {
  tool: typeof CACHE_TOOL;
  format: typeof CACHE_FORMAT;
  toolVersion: string;
  /** Package directory → its latest result. */
  packages: Record<string, CacheEntry>;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The user's cache directory, as Go's os.UserCacheDir picks it. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches');
  return env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
}

/**
 * The cache file to use. `location` (from `--cache-location`) is a file, or a directory when it ends
 * with a path separator or is an existing directory; it is resolved against `cwd`.
 */
export function resolveCacheLocation(location: string | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const name = `${sha256(path.resolve(cwd)).slice(0, 16)}.json`;
  const given = location ?? env.GOLINT_CHAN_CACHE;
  if (given === undefined || given === '') return path.join(userCacheDir(env), CACHE_TOOL, name);
  const abs = path.resolve(cwd, given);
  const isDir = /[\\/]$/.test(given) || (fs.existsSync(abs) && fs.statSync(abs).isDirectory());
  return isDir ? path.join(abs, `${CACHE_TOOL}-${name}`) : abs;
}

const int = { type: 'integer' } as const;
const str = { type: 'string' } as const;
const obj = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties });
const position = obj(['line', 'column', 'byteColumn'], { line: int, column: int, byteColumn: int });
const range = obj(['start', 'end'], { start: position, end: position });
const location = obj(['file', 'range', 'message'], { file: str, range, message: str });
const edit = obj(['file', 'range', 'startIndex', 'endIndex', 'text'], { file: str, range, startIndex: int, endIndex: int, text: str });
const level = { type: 'string', enum: ['error', 'warning', 'note'] };
const finding = obj(['ruleId', 'severity', 'message', 'file', 'range', 'related', 'flow'], {
  ruleId: str,
  severity: level,
  message: str,
  file: str,
  range,
  related: { type: 'array', items: location },
  flow: { type: 'array', items: location },
  fix: obj(['description', 'edits'], { description: str, edits: { type: 'array', items: edit } }),
  tags: { type: 'array', items: str },
  suppression: obj(['kind', 'justification'], { kind: { type: 'string', enum: ['inSource', 'external'] }, justification: str }),
});
const notification = obj(['level', 'kind', 'message'], { level, kind: str, message: str, file: str, line: int, column: int, byteColumn: int });
const entry = obj(['key', 'findings', 'notifications'], { key: str, findings: { type: 'array', items: finding }, notifications: { type: 'array', items: notification } });

/** The schema of a cache file of this format. */
const checkCacheFile = schemaCheck(
  obj(['tool', 'format', 'toolVersion', 'packages'], {
    tool: { const: CACHE_TOOL },
    format: { const: CACHE_FORMAT },
    toolVersion: str,
    packages: { type: 'object', additionalProperties: entry },
  }),
);

/** Every path an entry names: its findings' locations, fix edits and notification files. */
function pathsOf(e: CacheEntry): string[] {
  const out: string[] = [];
  for (const f of e.findings) {
    out.push(f.file, ...f.related.map((l) => l.file), ...f.flow.map((l) => l.file), ...(f.fix?.edits.map((x) => x.file) ?? []));
  }
  for (const n of e.notifications) if (n.file !== undefined) out.push(n.file);
  return out;
}

export class LintCache {
  /** Why the file read was not used (a note for the run), when it was ours but damaged. */
  problem?: Notification;

  private constructor(
    readonly file: string,
    private readonly packages: Record<string, CacheEntry>,
  ) {}

  /**
   * Read the cache file; a missing, unreadable, oversized, non-regular, corrupt, foreign or outdated
   * one gives an empty cache (rewritten by `save`).
   */
  static load(file: string): LintCache {
    let data: Partial<CacheFile> | null;
    try {
      data = JSON.parse(readInputFile(file, 'cache', MAX_INPUT_BYTES).toString('utf8')) as Partial<CacheFile> | null;
    } catch {
      return new LintCache(file, {});
    }
    const ours =
      typeof data === 'object' && data !== null && data.tool === CACHE_TOOL && data.format === CACHE_FORMAT && data.toolVersion === toolVersion();
    if (!ours) return new LintCache(file, {});
    const problem = checkCacheFile(data);
    if (problem) {
      const cache = new LintCache(file, {});
      cache.problem = { level: 'note', kind: 'cache-invalid', file, message: `the cache file is damaged (${problem}); it is discarded and rewritten` };
      return cache;
    }
    // A null-prototype copy: a directory named __proto__ stays an ordinary key.
    return new LintCache(file, Object.assign(Object.create(null) as Record<string, CacheEntry>, data!.packages));
  }

  /**
   * The entry of package `dir` when its key is `key` and every path in it is one of `files` (the
   * package's files) or `dir` itself.
   */
  get(dir: string, key: string, files?: ReadonlySet<string>): CacheEntry | undefined {
    const e = Object.prototype.hasOwnProperty.call(this.packages, dir) ? this.packages[dir] : undefined;
    if (e?.key !== key) return undefined;
    if (files && !pathsOf(e).every((p) => p === dir || files.has(p))) return undefined;
    return e;
  }

  set(dir: string, entry: CacheEntry): void {
    this.packages[dir] = entry;
  }

  /** Write the cache atomically. A failure is returned as a notification, never thrown. */
  save(): Notification | undefined {
    const data: CacheFile = { tool: CACHE_TOOL, format: CACHE_FORMAT, toolVersion: toolVersion(), packages: this.packages };
    try {
      writeFileAtomic(this.file, JSON.stringify(data), { mkdir: true, regularOnly: true });
      return undefined;
    } catch (e) {
      return { level: 'warning', kind: 'cache-error', file: this.file, message: `cannot write the cache: ${errorCode(e)}` };
    }
  }
}

/** Lints packages that missed the cache (all in one call). */
export type Linter = (pkgs: readonly PackageInput[]) => Promise<LintOutput>;

export interface CachedLintOptions extends LintOptions {
  /** Everything else that changes results (config file, CLI options), as one string. */
  configFingerprint: string;
  /** How to lint the packages that missed; defaults to `lintPackages` with these options. */
  lint?: Linter;
}

export interface CachedLintOutput extends LintOutput {
  /** Files parsed in this run (0 when every package came from the cache). */
  filesParsed: number;
  packagesFromCache: number;
}

/**
 * Read a file once: its content hash for the key, and its decoded text to lint it with. Files the
 * engine would skip or warn about (too large, unreadable, binary, invalid UTF-8) keep no text, so that
 * `loadFile` reports them as usual; their key part still changes when they do.
 */
export function readForCache(input: FileInput, maxBytes: number): { hash: string; input: FileInput } {
  if (input.text !== undefined) return { hash: sha256(input.text), input };
  try {
    const size = fs.statSync(input.path).size;
    if (size > maxBytes) return { hash: `too-large:${size}`, input };
    const buf = fs.readFileSync(input.path);
    const decoded = decodeSource(buf);
    const clean = decoded !== undefined && !decoded.invalidUtf8;
    return { hash: sha256(buf), input: clean ? { ...input, text: decoded.text } : input };
  } catch (e) {
    return { hash: `unreadable:${(e as NodeJS.ErrnoException).code ?? ''}`, input };
  }
}

/** Results that depend on the run, not on the code (a worker that died, a time budget overrun), are not cached. */
const TRANSIENT_KINDS: ReadonlySet<string> = new Set(['worker-error', 'analysis-timeout']);

/**
 * Lint `pkgs`, taking unchanged packages from `cache` and storing the results of the others in it.
 * The caller saves the cache (`cache.save()`).
 */
export async function lintPackagesCached(pkgs: readonly PackageInput[], opts: CachedLintOptions, cache: LintCache): Promise<CachedLintOutput> {
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ruleIds = opts.rules.map((r) => r.meta.id).sort();
  const hits: LintOutput[] = [];
  const misses: { pkg: PackageInput; key: string }[] = [];
  let filesRead = 0;
  for (const pkg of pkgs) {
    const read = pkg.files.map((f) => readForCache(f, maxBytes));
    filesRead += read.length;
    const key = sha256(
      JSON.stringify([CACHE_FORMAT, toolVersion(), ruleIds, opts.configFingerprint, maxBytes, opts.parseAll === true, targetPlatform(), read.map((r) => [r.input.path, r.input.constrained === true, r.hash])]),
    );
    const entry = cache.get(pkg.dir, key, new Set(read.map((r) => r.input.path)));
    if (entry) hits.push({ findings: entry.findings, notifications: entry.notifications, filesScanned: 0 });
    else misses.push({ pkg: { dir: pkg.dir, files: read.map((r) => r.input) }, key });
  }
  const lint = opts.lint ?? ((p: readonly PackageInput[]) => lintPackages(p, opts));
  const fresh = misses.length ? await lint(misses.map((m) => m.pkg)) : { findings: [], notifications: [], filesScanned: 0 };

  // Split the fresh output back into packages to store it: a result belongs to the package holding its
  // file (or, for a notice about a whole package, named by its directory).
  const owners = new Map<string, string>();
  for (const { pkg } of misses) {
    owners.set(pkg.dir, pkg.dir);
    for (const f of pkg.files) owners.set(f.path, pkg.dir);
  }
  const entries = new Map(misses.map(({ pkg, key }) => [pkg.dir, { key, findings: [] as Finding[], notifications: [] as Notification[] }]));
  let storable = true;
  for (const f of fresh.findings) {
    const dir = owners.get(f.file);
    if (dir === undefined) storable = false;
    else entries.get(dir)!.findings.push(f);
  }
  for (const n of fresh.notifications) {
    const dir = n.file === undefined ? undefined : owners.get(n.file);
    if (dir === undefined) storable = false;
    else entries.get(dir)!.notifications.push(n);
  }
  // A result that cannot be attributed to one package is reported but nothing is cached from this run.
  // Nor is the result of a package that depends on other packages of its module (their files are not in its key).
  const dependent = new Set(fresh.readOtherPackages ?? []);
  if (storable) {
    for (const [dir, entry] of entries) if (!dependent.has(dir) && !entry.notifications.some((n) => TRANSIENT_KINDS.has(n.kind))) cache.set(dir, entry);
  }

  const out = mergeOutputs([...hits, fresh]);
  return { ...out, filesScanned: filesRead, filesParsed: fresh.filesScanned, packagesFromCache: hits.length };
}
