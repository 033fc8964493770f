import * as fs from 'fs';
import { constraintsAllow, targetPlatform } from '../source/platform';
import type { Node, Tree } from 'web-tree-sitter';
import type { Finding, Location, Notification, Range, RuleMeta } from '../types';
import type { NodeRef, ReportDescriptor, Rule } from '../rule';
import { Package } from '../analysis/package';
import { neverRuns } from '../analysis/syntax';
import { initParser, parseGo } from '../source/parser';
import { inCode, LEAK_TOKENS } from '../source/lex';
import { decodeSource, SourceFile } from '../source/source';
import { forgetModules } from '../source/module';
import { applySuppressions } from '../suppress';

export interface FileInput {
  /** Absolute path. */
  path: string;
  /** Contents to lint instead of what is on disk (stdin, editor buffers). */
  text?: string;
  /**
   * Found by listing its directory (not named by the user): left out, as `go build` leaves it out, when its build
   * constraints exclude the platform analysed (source/platform.ts).
   */
  constrained?: boolean;
}

export interface PackageInput {
  /** Absolute directory path. */
  dir: string;
  files: FileInput[];
}

export interface LintOptions {
  rules: readonly Rule[];
  /** Files larger than this many bytes are skipped with a notification. */
  maxFileBytes?: number;
  /**
   * Time budget of one package, in milliseconds. In this thread it is checked between rules (the rules
   * still to run are skipped with an 'analysis-timeout' notification); the worker that runs the package
   * (the CLI and the language server always lint in one, see runPool and LintWorker) is stopped when it
   * overruns it.
   */
  packageTimeoutMs?: number;
  /** Told what the engine starts on next (`reading FILE`, `rule ID`), so that a stopped worker can say where it was. */
  progress?: (what: string) => void;
  /**
   * Parse every file as it is read (and report every syntax error). By default only the files with something that
   * can leak in their code (LEAK_TOKENS) are parsed as they are read, and any other file only when a rule first needs
   * its tree: most files of a package are never parsed, so a syntax error is reported only in the files that can
   * leak or that the analysis read. The findings are the same either way (a file's tree does not depend on when it
   * is parsed; driver/selective.test.ts runs both ways over the fixtures and a generated tree). `--strict` parses
   * everything.
   */
  parseAll?: boolean;
  /**
   * Read the module's other packages afresh for each package (the analysis follows an exported function to its
   * callers there: analysis/importers.ts): for a long-running client whose files change between runs (the language
   * server). A CLI run reads each module once.
   */
  freshModules?: boolean;
}

export interface LintOutput {
  findings: Finding[];
  notifications: Notification[];
  filesScanned: number;
  /** Of those, the files parsed (see LintOptions.parseAll); absent when none was. */
  filesParsed?: number;
  /** The characters parsed (declarations parsed on demand included; some more than once), when any was. */
  charsParsed?: number;
  /** The packages whose results depend on other packages of their module (read by the analysis); absent when none. */
  readOtherPackages?: string[];
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_PACKAGE_TIMEOUT_MS = 120_000;

export function render(template: string, data?: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => {
    if (!data || !(k in data)) throw new Error(`message placeholder {{${k}}} has no value`);
    return String(data[k]);
  });
}

function hasErrorNode(node: Node): Node | undefined {
  if (!node.hasError) return undefined;
  // Iterative search for the first ERROR or MISSING node.
  const cursor = node.walk();
  try {
    for (;;) {
      const n = cursor.currentNode;
      if (n.isError || n.isMissing) return n;
      if (n.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return undefined;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * Read a file's bytes with one descriptor (open, fstat, read: no separate stat of the path); undefined, with a
 * notification, when it is not a regular file, is too large or cannot be read. O_NONBLOCK so that a FIFO named
 * like a Go file cannot block the open.
 */
function readBytes(file: string, notes: Notification[], maxBytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      notes.push({ level: 'warning', kind: 'read-error', file, message: 'not a regular file; skipped' });
      return undefined;
    }
    if (st.size > maxBytes) {
      notes.push({
        level: 'warning',
        kind: 'file-too-large',
        file,
        message: `file is ${st.size} bytes, over the ${maxBytes}-byte limit; skipped (see --max-file-size)`,
      });
      return undefined;
    }
    return fs.readFileSync(fd);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    notes.push({ level: 'warning', kind: 'read-error', file, message: `cannot read file: ${err.code ?? err.message}` });
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The tokens every rule starts from, and directives (in comments too): a file without any of them is `tokenFree`,
 * which lets the scans skip it, and keeps no tree (one is parsed only if a rule follows a call into it).
 */
const MAY_MATTER = /\bchan\b|\bgo\s|\btime\.|nolint|golintchan:/;

/**
 * A file with something that can leak in its code (LEAK_TOKENS) is parsed as it is read, so that its syntax errors
 * are always reported; every other file is parsed only when a rule asks for its tree (see LintOptions.parseAll).
 */
const canLeak = (text: string) => inCode(text, LEAK_TOKENS);

/**
 * Read and decode one file, and parse it now (`parseNow`, or when `parseNow(text)` says so) or else when its tree is
 * first needed; undefined (with a notification) when it cannot be read. A syntax error goes to `notes` when the file
 * is parsed.
 */
export function loadFile(
  input: FileInput,
  notes: Notification[],
  maxBytes: number,
  parseNow: boolean | ((text: string) => boolean) = true,
  byDeclaration = false,
): SourceFile | undefined {
  let text = input.text;
  let bytes: Uint8Array | undefined;
  if (text === undefined) {
    const buf = readBytes(input.path, notes, maxBytes);
    if (!buf) return undefined;
    const decoded = decodeSource(buf);
    if (!decoded) {
      notes.push({ level: 'warning', kind: 'binary-file', file: input.path, message: 'file looks binary (NUL byte); skipped' });
      return undefined;
    }
    if (decoded.invalidUtf8) {
      notes.push({ level: 'note', kind: 'invalid-utf8', file: input.path, message: 'file is not valid UTF-8; invalid bytes were read as U+FFFD' });
    }
    text = decoded.text;
    bytes = decoded.bytes;
  } else if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  const report = (sf: SourceFile, tree: Tree) => reportSyntaxError(sf, tree, notes);
  const sf = SourceFile.unparsed(input.path, text, bytes, report, byDeclaration ? LEAK_TOKENS : undefined);
  // Parsed now (as a file that can leak is), its syntax error is reported even when no rule reads it.
  if (typeof parseNow === 'function' ? parseNow(text) : parseNow) void sf.tree;
  return sf;
}

function reportSyntaxError(sf: SourceFile, tree: Tree, notes: Notification[]): void {
  const err = hasErrorNode(tree.rootNode);
  if (!err) return;
  const p = sf.position(err.startPosition.row, err.startPosition.column);
  notes.push({
    level: 'warning',
    kind: 'parse-error',
    file: sf.path,
    line: p.line,
    column: p.column,
    byteColumn: p.byteColumn,
    message: `syntax error${err.isMissing ? ` (missing ${err.type})` : ''}; analysed what still parses`,
  });
}

function toLocation(ref: NodeRef, message: string): Location {
  return { file: ref.file.path, range: ref.file.firstLineRange(ref.node), message };
}

export function toFinding<M extends string>(meta: RuleMeta<M>, d: ReportDescriptor<M>): Finding {
  const msg = (id: M, data?: Readonly<Record<string, string | number>>) => {
    const t = meta.messages[id];
    if (t === undefined) throw new Error(`rule ${meta.id} has no message '${id}'`);
    return render(t, data);
  };
  const range: Range = d.file.firstLineRange(d.node);
  const f: Finding = {
    ruleId: meta.id,
    severity: meta.severity,
    message: msg(d.messageId, d.data),
    file: d.file.path,
    range,
    related: (d.related ?? []).map((r) => toLocation(r, msg(r.messageId, r.data))),
    flow: (d.flow ?? []).map((r) => toLocation(r, msg(r.messageId, r.data))),
  };
  if (d.tags?.length) f.tags = [...d.tags];
  if (d.fix) {
    if (!meta.fixable) throw new Error(`rule ${meta.id} reported a fix but is not marked fixable`);
    f.fix = {
      description: msg(d.fix.messageId, d.fix.data),
      edits: d.fix.edits.map((e) => ({
        file: e.file.path,
        range: { start: e.file.positionAt(e.startIndex), end: e.file.positionAt(e.endIndex) },
        startIndex: e.startIndex,
        endIndex: e.endIndex,
        text: e.text,
      })),
    };
  }
  return f;
}

/** Lint one package with the given rules. Trees are deleted before returning. */
export function lintPackageSync(pkg: PackageInput, opts: LintOptions): LintOutput {
  const notifications: Notification[] = [];
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let parsed = 0;
  let chars = 0;
  if (opts.freshModules) forgetModules();
  let model: Package | undefined;
  try {
    const parseAll = opts.parseAll ?? false;
    const platform = targetPlatform();
    for (const f of pkg.files) {
      opts.progress?.(`reading ${f.path}`);
      const sf = loadFile(f, notifications, maxBytes, parseAll || canLeak, !parseAll);
      if (!sf) continue;
      if (f.constrained && !constraintsAllow(sf.text, platform)) continue;
      if (!MAY_MATTER.test(sf.text)) {
        sf.tokenFree = true;
        sf.evict();
      }
      files.push(sf);
    }
    model = new Package(pkg.dir, files);
    const budget = opts.packageTimeoutMs ?? DEFAULT_PACKAGE_TIMEOUT_MS;
    const started = Date.now();
    for (const [i, rule] of opts.rules.entries()) {
      if (Date.now() - started > budget) {
        const skipped = opts.rules.slice(i).map((r) => r.meta.id);
        notifications.push(packageTimeout(pkg, budget, `rules not run: ${skipped.join(', ')}`));
        break;
      }
      opts.progress?.(`running rule ${rule.meta.id}`);
      try {
        rule.check({
          pkg: model,
          // A finding at code that never runs (after `t.SkipNow()`, a `return`) is no way to block.
          report: (d) => void (neverRuns(d.node) || findings.push(toFinding(rule.meta, d as ReportDescriptor<string>))),
        });
      } catch (e) {
        notifications.push({
          level: 'error',
          kind: 'rule-error',
          file: pkg.dir,
          message: `rule ${rule.meta.id} failed on package ${pkg.dir}: ${String(e)}`,
        });
      }
    }
    // Directives need the trees, so suppression runs here rather than in the CLI.
    opts.progress?.('applying suppressions');
    notifications.push(...applySuppressions(files, findings, opts.rules.map((r) => r.meta.id)));
    for (const l of model.limits) notifications.push({ level: 'note', kind: 'analysis-limit', file: l.file.path, message: l.message });
  } finally {
    for (const f of files) {
      if (f.parsedOnce) parsed++;
      chars += f.charsParsed;
      f.dispose();
    }
  }
  const out: LintOutput = { findings, notifications, filesScanned: files.length };
  if (parsed > 0) out.filesParsed = parsed;
  if (chars > 0) out.charsParsed = chars;
  if (model?.readOtherPackages) out.readOtherPackages = [pkg.dir];
  return out;
}

/** A notification for a package that could not be analysed (the engine threw, or its worker died). */
export function packageFailure(pkg: PackageInput, kind: 'rule-error' | 'worker-error', why: string): Notification {
  return { level: 'error', kind, file: pkg.dir, message: `package ${pkg.dir} was not analysed: ${why}` };
}

/** A notification for a package whose analysis overran its time budget (see LintOptions.packageTimeoutMs). */
export function packageTimeout(pkg: PackageInput, budgetMs: number, what: string): Notification {
  return {
    level: 'warning',
    kind: 'analysis-timeout',
    file: pkg.dir,
    message: `analysis of package ${pkg.dir} exceeded its ${budgetMs} ms budget; ${what} (see --package-timeout)`,
  };
}

/**
 * lintPackageSync, but an exception becomes a notification so that other packages still complete.
 * Messages carry the error, not its stack, which differs between threads and builds.
 */
export function lintPackageSafe(pkg: PackageInput, opts: LintOptions): LintOutput {
  try {
    return lintPackageSync(pkg, opts);
  } catch (e) {
    return { findings: [], notifications: [packageFailure(pkg, 'rule-error', String(e))], filesScanned: 0 };
  }
}

/** Concatenate per-package outputs (in package order, so ties sort the same way) and sort them. */
export function mergeOutputs(outputs: readonly LintOutput[]): LintOutput {
  const out: LintOutput = { findings: [], notifications: [], filesScanned: 0 };
  for (const r of outputs) {
    out.findings.push(...r.findings);
    out.notifications.push(...r.notifications);
    out.filesScanned += r.filesScanned;
    if (r.filesParsed) out.filesParsed = (out.filesParsed ?? 0) + r.filesParsed;
    if (r.charsParsed) out.charsParsed = (out.charsParsed ?? 0) + r.charsParsed;
    if (r.readOtherPackages) (out.readOtherPackages ??= []).push(...r.readOtherPackages);
  }
  sortFindings(out.findings);
  sortNotifications(out.notifications);
  return out;
}

export async function lintPackages(pkgs: readonly PackageInput[], opts: LintOptions): Promise<LintOutput> {
  await initParser();
  return mergeOutputs(pkgs.map((p) => lintPackageSafe(p, opts)));
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortFindings(fs_: Finding[]): Finding[] {
  return fs_.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      cmp(a.range.start.line, b.range.start.line) ||
      cmp(a.range.start.column, b.range.start.column) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.message, b.message),
  );
}

export function sortNotifications(ns: Notification[]): Notification[] {
  return ns.sort((a, b) => cmp(a.file ?? '', b.file ?? '') || cmp(a.line ?? 0, b.line ?? 0) || cmp(a.kind, b.kind) || cmp(a.message, b.message));
}
