/**
 * The Go module around a package, read from the file system: its root and module path (go.mod), and which of its
 * packages import which, read from the files' import declarations as text (nothing is parsed). The analysis asks
 * for it only to follow a package's exported function to its callers in the other packages of its module.
 *
 * What `go build ./...` would see: directories named `vendor` or `testdata` or starting with `.` or `_`, and nested
 * modules, are left out; so are files go/build ignores (`.`/`_` names) and files too large to be source. A module
 * that cannot be read gives undefined (the caller then knows nothing). Results are kept for the life of the
 * process; a long-running client (the language server) calls `forgetModules()` before each analysis.
 */
import { constraintsAllow, nameAllows, targetPlatform } from './platform';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_CONFIG_BYTES, readInputText } from './files';

/** Directory names `./...` never descends into. */
export const SKIPPED_DIR = /^(vendor|testdata|[._].*)$/s;
/** File names go/build ignores in any package directory. */
export const IGNORED_FILE = /^[._]/;

/** A Go source file's name that go/build does not ignore (`x.go`, not `_x.go` or `.x.go`). */
export function isGoFileName(name: string): boolean {
  return name.endsWith('.go') && !IGNORED_FILE.test(name);
}
/** Larger files are not read for their imports (generated data, not code that calls a package). */
const MAX_SOURCE_BYTES = 4 << 20;
/** A module with more Go files than this is not indexed: the answer would cost more than it is worth. */
const MAX_MODULE_FILES = 20_000;

export interface GoModule {
  /** The directory holding go.mod. */
  root: string;
  /** The module path of its `module` directive. */
  path: string;
  /** Import path → the Go files (absolute paths) whose import declarations name it. */
  importers: Map<string, string[]>;
}

const modules = new Map<string, GoModule | null>();
const roots = new Map<string, string | null>();

/** Forget what was read of modules (for a long-running process whose files change). */
export function forgetModules(): void {
  modules.clear();
  roots.clear();
}

/** The module path of a go.mod text, or undefined. */
export function parseModulePath(text: string): string | undefined {
  const m = /^\s*module\s+("([^"\n]+)"|`([^`\n]+)`|(\S+))\s*(?:\/\/.*)?$/m.exec(text);
  return m ? m[2] ?? m[3] ?? m[4] : undefined;
}

function moduleRootOf(dir: string): string | undefined {
  const seen: string[] = [];
  let found: string | null = null;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const known = roots.get(d);
    if (known !== undefined) {
      found = known;
      break;
    }
    seen.push(d);
    if (isFile(path.join(d, 'go.mod'))) {
      found = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const s of seen) roots.set(s, found);
  return found ?? undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The import paths a Go file's text names in its import declarations (text before the first other declaration). */
export function importedPaths(text: string): string[] {
  const end = /^(?:func|type|var|const)\b/m.exec(text)?.index ?? text.length;
  const head = text.slice(0, end).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return [...head.matchAll(/"([^"\n\\]+)"|`([^`\n]+)`/g)].map((m) => m[1] ?? m[2]);
}

/** The module whose tree holds `dir`, with its import index; undefined when there is none or it cannot be read. */
export function moduleOf(dir: string): GoModule | undefined {
  const root = moduleRootOf(dir);
  if (root === undefined) return undefined;
  let m = modules.get(root);
  if (m === undefined) {
    m = readModule(root) ?? null;
    modules.set(root, m);
  }
  return m ?? undefined;
}

function readModule(root: string): GoModule | undefined {
  let modPath: string | undefined;
  try {
    modPath = parseModulePath(readInputText(path.join(root, 'go.mod'), 'go.mod', MAX_CONFIG_BYTES));
  } catch {
    return undefined;
  }
  if (!modPath) return undefined;
  const importers = new Map<string, string[]>();
  const platform = targetPlatform();
  let count = 0;
  const walk = (dir: string, isRoot: boolean): boolean => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return true; // an unreadable directory holds no importer we can see
    }
    if (!isRoot && entries.some((e) => e.name === 'go.mod' && e.isFile())) return true; // a nested module
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIR.test(e.name) && !walk(p, false)) return false;
      } else if (e.isFile() && isGoFileName(e.name) && nameAllows(e.name, platform)) {
        if (++count > MAX_MODULE_FILES) return false;
        let text: string;
        try {
          text = readInputText(p, 'Go file', MAX_SOURCE_BYTES);
        } catch {
          continue;
        }
        if (!constraintsAllow(text, platform)) continue;
        for (const imp of importedPaths(text)) {
          let list = importers.get(imp);
          if (!list) importers.set(imp, (list = []));
          list.push(p);
        }
      }
    }
    return true;
  };
  if (!walk(root, true)) return undefined;
  return { root, path: modPath, importers };
}

/** The import path of the package in `dir` of module `m` (slash-separated, as Go writes it). */
export function importPathOf(m: GoModule, dir: string): string | undefined {
  const rel = path.relative(m.root, path.resolve(dir));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel === '' ? m.path : `${m.path}/${rel.split(path.sep).join('/')}`;
}

/** The Go files of the package in `dir` (absolute paths, sorted), as `go build` would take them, tests included. */
export function packageFilesIn(dir: string): string[] {
  const platform = targetPlatform();
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && isGoFileName(e.name) && nameAllows(e.name, platform))
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}
