/**
 * `--fix` and `--fix-dry-run`: apply the fixes rules offer, ESLint-style.
 *
 * Every file is read once, before linting (`readForCache`): the engine lints exactly those bytes'
 * text, and their hash is kept. Fixes are applied in finding order; a fix whose edits overlap an
 * edit already taken is left for a re-run. `--fix` writes each file atomically (a temporary file in
 * the same directory, fsync, then a rename; src/source/files.ts) and only if the bytes on disk still
 * hash to what the engine read; otherwise the file is reported and skipped. A symbolic link is
 * written through (its target is fixed, the link stays); a read-only file (no write permission bit)
 * is reported, not rewritten. Temporary files left in the packages' directories by an interrupted
 * `--fix` (SIGKILL) are removed when the next one starts. The packages of the fixed files are then
 * linted again, so the findings (and the exit code) are those that remain.
 */
import * as fs from 'fs';
import type { Finding, Notification, TextEdit } from './types';
import { readForCache, sha256, type Linter } from './driver/cache';
import { DEFAULT_MAX_FILE_BYTES, mergeOutputs, type LintOutput, type PackageInput } from './driver/lint';
import { posixRelative } from './formatters/options';
import { escapeTerminal } from './formatters/escape';
import { UsageError } from './discover';
import { removeStaleTemps, writeFileAtomic, type ReadOnlyError } from './source/files';

/** A file whose text the fixes changed. */
export interface FixedFile {
  file: string;
  /** The text after the fixes (without a BOM, as the engine reads it). */
  output: string;
  /** How many findings' fixes were applied. */
  fixesApplied: number;
}

/** Two edits conflict when their ranges overlap or when both start at the same place (order unknown). */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  return a.startIndex === b.startIndex || (a.startIndex < b.endIndex && b.startIndex < a.endIndex);
}

/** Index of the first edit of `taken` (sorted by start) that starts at or after `index`. */
function firstAtOrAfter(taken: readonly TextEdit[], index: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].startIndex < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Does `e` conflict with an edit of `taken`? The taken edits never conflict with each other, so sorted by start
 * their ends are sorted too: only the last one starting before `e` and the first one starting at or after it can.
 */
function clashesWithTaken(taken: readonly TextEdit[], e: TextEdit): boolean {
  const i = firstAtOrAfter(taken, e.startIndex);
  return (i > 0 && conflicts(e, taken[i - 1])) || (i < taken.length && conflicts(e, taken[i]));
}

/**
 * Apply the fixes of `findings` to `text` (the text of one file as the engine read it), in order.
 * A fix with an edit outside the file or the text, or overlapping an edit already taken, is skipped.
 */
export function applyFixes(file: string, text: string, findings: readonly Finding[]): { output: string; fixesApplied: number } {
  const taken: TextEdit[] = [];
  let fixesApplied = 0;
  for (const f of findings) {
    const edits = f.fix?.edits ?? [];
    if (!edits.length) continue;
    const valid = edits.every((e) => e.file === file && 0 <= e.startIndex && e.startIndex <= e.endIndex && e.endIndex <= text.length);
    const clash = edits.some((e, i) => clashesWithTaken(taken, e) || edits.slice(i + 1).some((o) => conflicts(e, o)));
    if (!valid || clash) continue;
    for (const e of edits) taken.splice(firstAtOrAfter(taken, e.startIndex), 0, e);
    fixesApplied++;
  }
  // One pass over the text (slicing the whole text once per edit is quadratic on a long file).
  const parts: string[] = [];
  let at = 0;
  for (const e of taken) {
    parts.push(text.slice(at, e.startIndex), e.text);
    at = e.endIndex;
  }
  parts.push(text.slice(at));
  return { output: parts.join(''), fixesApplied };
}

/**
 * Write `text` to `file` atomically, unless the file's bytes no longer hash to `expectedHash`.
 * A UTF-8 BOM and the file mode are kept. Returns false (writing nothing) when the file changed.
 */
export function writeIfUnchanged(file: string, text: string, expectedHash: string): boolean {
  const before = fs.readFileSync(file);
  if (sha256(before) !== expectedHash) return false;
  const bom = before.length >= 3 && before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf;
  writeFileAtomic(file, (bom ? '\ufeff' : '') + text);
  return true;
}

export interface FixArgs {
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
}

/** The Fixer of a run with --fix or --fix-dry-run (undefined without); invalid combinations are usage errors. */
export function startFixing(args: FixArgs, pkgs: readonly PackageInput[], maxFileBytes: number | undefined): Fixer | undefined {
  if (!args.fix && !args.fixDryRun) return undefined;
  if (args.fix && args.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (args.fix && args.stdin) throw new UsageError('--fix cannot write stdin back; use --fix-dry-run to print the fixed source');
  return new Fixer(pkgs, { write: args.fix === true, maxFileBytes });
}

export interface FixerOptions {
  /** `--fix` writes the files; `--fix-dry-run` only computes them. */
  write: boolean;
  maxFileBytes?: number;
}

/** One fixing run: the packages to lint (with their text read once), then `fix()` on the findings. */
export class Fixer {
  /** The packages with each readable file's text filled in: lint these. */
  readonly packages: PackageInput[];
  readonly fixed: FixedFile[] = [];
  /** Files that could not be fixed (changed on disk, not readable as UTF-8, not writable). */
  readonly notifications: Notification[] = [];
  /** Hash of the bytes read from disk, per file (files given as text, e.g. stdin, have none). */
  private readonly hashes = new Map<string, string>();
  /** The current text of each file: as read, then as fixed. */
  private readonly texts = new Map<string, string>();

  constructor(
    pkgs: readonly PackageInput[],
    readonly opts: FixerOptions,
  ) {
    if (opts.write) {
      for (const p of pkgs) {
        for (const tmp of removeStaleTemps(p.dir, (name) => name.endsWith('.go'))) {
          this.notifications.push({ level: 'note', kind: 'fix-cleanup', file: tmp, message: 'removed a temporary file left by an interrupted --fix' });
        }
      }
    }
    this.packages = pkgs.map((p) => ({
      dir: p.dir,
      files: p.files.map((f) => {
        const read = readForCache(f, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
        if (read.input.text !== undefined) {
          this.texts.set(f.path, read.input.text);
          if (f.text === undefined) this.hashes.set(f.path, read.hash);
        }
        return read.input;
      }),
    }));
  }

  /** The text of a file as linted last (fixed, or as read); undefined for files not read. */
  textOf(file: string): string | undefined {
    return this.texts.get(file);
  }

  /**
   * Apply the fixes of `findings` (those the run reports), write the files with `--fix`, and lint
   * the packages of the fixed files again. Returns `out` with those packages' results replaced.
   */
  async fix(out: LintOutput, findings: readonly Finding[], lint: Linter): Promise<LintOutput> {
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) if (f.fix) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, fixable] of byFile) {
      const text = this.texts.get(file);
      if (text === undefined) {
        this.skip(file, 'warning', 'file was not read as clean UTF-8 text; fixes not applied');
        continue;
      }
      const { output, fixesApplied } = applyFixes(file, text, fixable);
      if (!fixesApplied || !this.store(file, output)) continue;
      this.texts.set(file, output);
      this.fixed.push({ file, output, fixesApplied });
    }
    if (!this.fixed.length) return out;

    const fixedFiles = new Set(this.fixed.map((f) => f.file));
    const again = this.packages
      .filter((p) => p.files.some((f) => fixedFiles.has(f.path)))
      .map((p) => ({ dir: p.dir, files: p.files.map((f) => ({ ...f, text: this.texts.get(f.path) ?? f.text })) }));
    const relinted = await lint(again);
    const owned = new Set(again.flatMap((p) => [p.dir, ...p.files.map((f) => f.path)]));
    const kept: LintOutput = {
      findings: out.findings.filter((f) => !owned.has(f.file)),
      notifications: out.notifications.filter((n) => n.file === undefined || !owned.has(n.file)),
      filesScanned: out.filesScanned,
    };
    return mergeOutputs([kept, { ...relinted, filesScanned: 0 }]);
  }

  /** With --fix, write the file; false when it must be skipped (reported). */
  private store(file: string, output: string): boolean {
    if (!this.opts.write) return true;
    const hash = this.hashes.get(file);
    if (hash === undefined) {
      this.skip(file, 'warning', 'file was not read from disk; fixes not written');
      return false;
    }
    try {
      if (writeIfUnchanged(file, output, hash)) return true;
      this.skip(file, 'warning', 'file changed on disk since it was read; fixes not written (run again)');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if ((e as ReadOnlyError).readOnly) this.skip(file, 'warning', 'file is read-only; fixes not written (make it writable to apply them)');
      else this.skip(file, 'error', `cannot write fixes: ${err.code ?? err.message}`);
    }
    return false;
  }

  private skip(file: string, level: 'warning' | 'error', message: string): void {
    this.notifications.push({ level, kind: 'fix-skipped', file, message });
  }
}

/**
 * The report of a fixing run: for JSON, the report with the fixed files' text; for `--fix-dry-run`
 * in the text format, the fixed source instead of the findings; otherwise the report as it is.
 */
export function reportWithFixes(report: string, format: string, fixer: Fixer | undefined, cwd: string, stdinFile: string | undefined): string {
  if (!fixer) return report;
  if (format === 'json') return withFixedOutputs(report, fixer, cwd);
  if (format === 'text' && !fixer.opts.write) return dryRunText(fixer, cwd, stdinFile);
  return report;
}

/**
 * `--fix-dry-run` in the text format: the fixed source. For stdin, the whole buffer (fixed or not),
 * what editors replace theirs with; otherwise each fixed file after a `==> path <==` header.
 */
function dryRunText(fixer: Fixer, cwd: string, stdinFile: string | undefined): string {
  if (stdinFile !== undefined) return fixer.textOf(stdinFile) ?? '';
  return fixer.fixed.map((f) => `==> ${escapeTerminal(posixRelative(cwd, f.file))} <==\n${f.output}${f.output.endsWith('\n') ? '' : '\n'}`).join('');
}

/**
 * The JSON report with the fixed files added, ESLint-style: `"fixed": [{ "file", "output",
 * "fixesApplied" }]` (file relative to the cwd; output is the whole fixed text).
 */
function withFixedOutputs(jsonReport: string, fixer: Fixer, cwd: string): string {
  const doc = JSON.parse(jsonReport) as Record<string, unknown>;
  doc.fixed = fixer.fixed.map((f) => ({ file: posixRelative(cwd, f.file), output: f.output, fixesApplied: f.fixesApplied }));
  return JSON.stringify(doc, null, 2) + '\n';
}
