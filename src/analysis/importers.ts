/**
 * A package function's callers in the other packages of its module (source/module.ts finds the files that import
 * the package; they are read and parsed here, only when a rule asks, and dropped after the answer).
 *
 * An application is split into packages: `cmd/server/main.go` calls `server.Run(cfg)` once, `startFiler` in the
 * command package calls `filer.NewServer(…)` once. Whether such an exported function runs once per process, or
 * again and again (per request, in a loop), is written at its callers in the other packages of the module, and
 * rules that spare once-per-process code follow it there. Callers outside the module cannot be seen: a function of a
 * library that the module itself calls once per process is taken as what the module shows.
 */
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { readInputFile } from '../source/files';
import { codeMatches, inCode, LEAK_TOKENS } from '../source/lex';
import { importPathOf, moduleOf, packageFilesIn } from '../source/module';
import { constraintsAllow, targetPlatform } from '../source/platform';
import { decodeSource, SourceFile } from '../source/source';
import { Package } from './package';
import { arityFits, dotNames, escapeRe, fileImports, importName, importNamed } from './syntax';

/** A package function's or method's name and the package that declares it. */
export interface Callee {
  pkg: Package;
  name: string;
  /**
   * A method: its calls are read without types, as every `x.Name(…)` in a file that imports the package, whatever
   * `x` is (a call of another type's method of the same name is judged too, which can only keep a finding).
   */
  method?: boolean;
  /** Its declaration: a call with another count of arguments is another function's (arityFits). */
  node?: Node;
}

/**
 * Every use of `callee` (an exported package function) in the other packages of its module, each judged by
 * `accept(pkg, call)` while that package's trees are alive ('other' when the call's operand is a local of the same
 * name, not the package); calls written in `_test.go` files are skipped (tests
 * exercise a function, they are not the program's own runs). Returns how many calls were accepted, or undefined
 * when a use is not a call (`Serve: server.Run` hands it on), a call is not accepted, or a file imports the package
 * with a dot. A module that cannot be read shows no callers (0).
 */
export function callsFromOtherPackages(callee: Callee, accept: (pkg: Package, call: Node) => boolean | 'other'): number | undefined {
  const { importPath, own, importers } = importersOf(callee.pkg, callee.method);
  // Tests exercise a function: their calls are not the program's own runs, and their files are not read.
  const files = new Set(importers.filter((f) => !f.endsWith('_test.go')));
  if (files.size === 0) return 0;
  const dirs = [...new Set([...files].map((f) => path.dirname(f)))].sort();
  callee.pkg.readOtherPackages = true;
  // A dot import names the function without its package: what it does with it cannot be told from the text.
  const dotImport = new RegExp(`(^|[\\s(])\\.\\s+["\`]${escapeRe(importPath!)}["\`]`, 'm');
  let accepted = 0;
  for (const dir of dirs) {
    const pkg = loadPackage(dir, own);
    try {
      for (const file of pkg.files) {
        if (!files.has(file.path) || !file.text.includes(callee.name)) continue;
        if (dotImport.test(file.text)) return undefined;
        // Parsed only when its code writes `x.Name` (comments and literals left out).
        if (!inCode(file.text, `\\.\\s*${escapeRe(callee.name)}(?![\\w])`)) continue;
        const root = file.tree?.rootNode;
        if (!root) continue;
        const aliases = fileImports(root).filter((i) => i.path === importPath && i.name !== '_').map((i) => i.name);
        if (aliases.includes('.')) return undefined;
        if (aliases.length === 0 && !callee.method) continue;
        // A method's calls are on any value (in a file that imports the package); a function's on the package's name.
        for (const { sel } of dotNames(file, callee.name)) {
          const operand = sel?.childForFieldName('operand');
          if (!sel || (!callee.method && !aliases.includes(operand?.text ?? ''))) continue;
          // `loghub.Init` on a package the file imports: that package's function, not a method of any value.
          if (callee.method && operand?.type === 'identifier' && importNamed(operand, operand.text) !== undefined) continue;
          const call = sel.parent;
          const isCall = call?.type === 'call_expression' && call.childForFieldName('function')?.id === sel.id;
          if (!isCall) return undefined;
          if (callee.node && !arityFits(callee.node, call!)) continue;
          const verdict = accept(pkg, call!);
          if (verdict === false) return undefined;
          if (verdict === true) accepted++;
        }
      }
    } finally {
      for (const f of pkg.files) f.dispose();
    }
  }
  return accepted;
}

/**
 * The import path of the package `pkg`, its own files, and the other files of its module that import it; with
 * `through`, also those that import a package that imports it, and so on (outside tests): a value of one of its
 * types reaches them through the other package's API (`session.Default().Open()`), so its methods' calls can be there.
 */
function importersOf(pkg: Package, through = false): { importPath?: string; own: Set<string>; importers: string[] } {
  const mod = moduleOf(pkg.dir);
  const importPath = mod && importPathOf(mod, pkg.dir);
  const own = new Set(pkg.files.map((f) => f.path));
  if (!mod || !importPath) return { importPath, own, importers: [] };
  const files = new Set(mod.importers.get(importPath) ?? []);
  if (through) {
    const seen = new Set([importPath]);
    const queue = [importPath];
    while (queue.length > 0) {
      for (const f of mod.importers.get(queue.shift()!) ?? []) {
        files.add(f);
        const p = f.endsWith('_test.go') ? undefined : importPathOf(mod, path.dirname(f));
        if (p && !seen.has(p)) {
          seen.add(p);
          queue.push(p);
        }
      }
    }
  }
  return { importPath, own, importers: [...files].filter((f) => !own.has(f)) };
}

/** The package in `dir`, its files parsed when first asked for (none of `skip`, the asking package's own). */
function loadPackage(dir: string, skip: ReadonlySet<string>): Package {
  const files: SourceFile[] = [];
  const platform = targetPlatform();
  for (const p of packageFilesIn(dir)) {
    if (skip.has(p)) continue;
    let buf: Buffer;
    try {
      buf = readInputFile(p, 'Go file');
    } catch {
      continue;
    }
    const decoded = decodeSource(buf);
    if (!decoded || !constraintsAllow(decoded.text, platform)) continue;
    files.push(SourceFile.unparsed(p, decoded.text, decoded.invalidUtf8 ? decoded.bytes : undefined, () => {}, LEAK_TOKENS));
  }
  return new Package(dir, files);
}

/**
 * The text of every file that can hand a value of one of `pkg`'s types to a framework: its own files and those of the
 * other packages of its module that import it (tests left out), each read once; files that cannot be read are skipped.
 */
export function moduleTextsAbout(pkg: Package): string[] {
  const { importers } = importersOf(pkg);
  const out = pkg.files.filter((f) => !f.path.endsWith('_test.go')).map((f) => f.text);
  for (const file of importers) {
    if (file.endsWith('_test.go')) continue;
    try {
      out.push(readInputFile(file, 'Go file').toString('utf8'));
    } catch {
      continue;
    }
  }
  return out;
}

/**
 * How many calls of package function `callee` the tests of the other packages of its module write (`alias.Name(`
 * in their code, comments and literals left out; read as text, nothing parsed).
 */
export function testCallsFromOtherPackages(callee: Callee): number {
  const { importPath, importers } = importersOf(callee.pkg);
  if (!importPath) return 0;
  let calls = 0;
  for (const file of importers) {
    if (!file.endsWith('_test.go')) continue;
    let text: string;
    try {
      text = readInputFile(file, 'Go file').toString('utf8');
    } catch {
      continue;
    }
    if (!text.includes(callee.name)) continue;
    const q = escapeRe(importPath);
    const alias = new RegExp(`(?:^|[\\s(])([\\p{L}_][\\p{L}\\p{N}_]*\\s+)?["\`]${q}["\`]`, 'mu').exec(text)?.[1]?.trim();
    const name = alias ?? importName(importPath);
    calls += [...codeMatches(text, `(?<![\\w.])${escapeRe(name)}\\s*\\.\\s*${escapeRe(callee.name)}\\s*\\(`)].length;
  }
  return calls;
}
