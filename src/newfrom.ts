/**
 * `--new-from-rev REV`, `--new-from-merge-base REV` and `--new-from-patch FILE` (golangci-lint): keep only the findings whose
 * primary line was added or changed, for pull requests on legacy code. With a revision, the changes
 * are `git diff --unified=0 REV` plus untracked files (wholly new); with a merge base, REV is
 * `git merge-base REV HEAD` (the changes of a branch, not those made on REV since); a patch is any unified diff whose
 * paths are relative to the repository root (`git diff` output, `a/`/`b/` prefixes or none).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import type { Finding, Notification } from './types';
import { UsageError } from './discover';
import { sourceRoot } from './formatters/options';
import { baselineEntries, notInBaseline, readBaseline, repoPath, writeBaseline } from './baseline';
import { readInputFile } from './source/files';

/** A unified diff that cannot be read (F16): `--new-from-patch` must not fail open. */
export class DiffError extends Error {}

/** Repository-relative path (forward slashes) → added or changed line numbers, or 'all' (a new file). */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/** Undo git's C-style quoting of unusual paths ("caf\303\251.go"). */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };
  for (let i = 1; i < p.length - 1; i++) {
    const c = p[i];
    if (c !== '\\') bytes.push(...Buffer.from(c, 'utf8'));
    else if (/[0-7]{3}/.test(p.slice(i + 1, i + 4))) {
      bytes.push(parseInt(p.slice(i + 1, i + 4), 8));
      i += 3;
    } else bytes.push(...Buffer.from(simple[p[++i]] ?? p[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The new-side path of a `+++ ` line, without its `b/` prefix; undefined for /dev/null. */
function newPath(header: string): string | undefined {
  const p = unquote(header.replace(/\t.*$/, '').trim());
  if (p === '/dev/null') return undefined;
  return p.startsWith('b/') ? p.slice(2) : p;
}

/**
 * The added lines (new-side line numbers) of each file of a unified diff, any context size. Hunk
 * bodies are counted from their headers, so a body line such as `+++ x` is not taken for a header.
 * Lines outside hunks (commit messages, `index`, `rename from` ...) are skipped; a hunk body line that
 * is not ` `, `+`, `-` or `\`, or a hunk cut short by the end of the text, throws DiffError.
 */
export function parseUnifiedDiff(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let lines: Set<number> | undefined;
  let next = 0;
  let oldLeft = 0;
  let newLeft = 0;
  const all = diff.split(/\r?\n/);
  // The empty string after a final newline is not a line.
  if (all.length && all[all.length - 1] === '') all.pop();
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) {
        lines?.add(next++);
        newLeft--;
      } else if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith(' ') || line === '') {
        next++;
        oldLeft--;
        newLeft--;
      } else if (!line.startsWith('\\')) throw new DiffError(`line ${i + 1}: not a line of a hunk: ${JSON.stringify(line.slice(0, 60))}`);
      if (oldLeft < 0 || newLeft < 0) throw new DiffError(`line ${i + 1}: the hunk has more lines than its header says`);
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      oldLeft = Number(hunk[1] ?? 1);
      next = Number(hunk[2]);
      newLeft = Number(hunk[3] ?? 1);
    } else if (line.startsWith('+++ ')) {
      const p = newPath(line.slice(4));
      lines = p === undefined ? undefined : (out.get(p) ?? new Set());
      if (p !== undefined) out.set(p, lines!);
    }
  }
  if (oldLeft > 0 || newLeft > 0) throw new DiffError('the last hunk is cut short (the patch is truncated)');
  return out;
}

/**
 * The text of a patch file, refusing what cannot be a unified diff: UTF-16 or other binary data, no
 * text at all, or text without one file header (`diff --git` or `+++`) or hunk.
 */
export function patchText(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DiffError('is UTF-16; save the patch as UTF-8 (git diff > file)');
  }
  if (bytes.includes(0)) throw new DiffError('holds NUL bytes: binary or UTF-16 data, not a unified diff');
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DiffError('is empty: no changes to report findings on');
  if (!/^(diff --git |\+\+\+ |@@ -\d)/m.test(text)) throw new DiffError('is not a unified diff (no "diff --git", "+++" or "@@" line)');
  return text;
}

/**
 * Run git without a shell. A repository's `core.fsmonitor` hook is not run (it is a command the
 * repository chooses), and paths are not quoted.
 */
function git(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new UsageError(`git ${args.join(' ')} failed: ${(err.stderr || err.message).trim()}`);
  }
}

/**
 * The commit `rev` names, as a full hash. `--end-of-options` keeps a rev such as `--output=x` from
 * being read as an option (F11).
 */
export function resolveRev(rev: string, root: string, option = '--new-from-rev'): string {
  let hash: string;
  try {
    hash = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], root).trim();
  } catch {
    hash = '';
  }
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(hash)) throw new UsageError(`${option}: ${JSON.stringify(rev)} is not a commit of the repository at ${root}`);
  return hash;
}

/** Lines changed since `rev` in the work tree of `root` (the repository top level); untracked files are all new. */
export function changedSinceRev(rev: string, root: string): ChangedLines {
  const hash = resolveRev(rev, root);
  const changed: ChangedLines = new Map(parseUnifiedDiff(git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', hash, '--'], root)));
  for (const p of git(['ls-files', '--others', '--exclude-standard', '-z'], root).split('\0')) if (p) changed.set(p, 'all');
  return changed;
}

/** The best common ancestor of `rev` and HEAD (golangci-lint's --new-from-merge-base). */
export function mergeBase(rev: string, root: string): string {
  return git(['merge-base', '--end-of-options', resolveRev(rev, root, '--new-from-merge-base'), 'HEAD'], root).trim();
}

export function changedInPatch(patchFile: string, cwd: string): ChangedLines {
  const file = path.resolve(cwd, patchFile);
  const bytes = readInputFile(file, '--new-from-patch');
  try {
    return new Map(parseUnifiedDiff(patchText(bytes)));
  } catch (e) {
    if (e instanceof DiffError) throw new UsageError(`--new-from-patch: ${file} ${/^line /.test(e.message) ? `is not a valid unified diff: ${e.message}` : e.message}`);
    throw e;
  }
}

/** The findings whose primary line is in `changed`; paths are made relative to `root`. */
export function onChangedLines(findings: readonly Finding[], changed: ChangedLines, root: string): Finding[] {
  return findings.filter((f) => {
    const lines = changed.get(repoPath(root, f.file));
    return lines === 'all' || (lines !== undefined && lines.has(f.range.start.line));
  });
}

export interface AdoptionArgs {
  format: string;
  /** --output FORMAT=PATH specs: a SARIF among them is refused like --format sarif. */
  output?: string | string[];
  newFromRev?: string;
  newFromMergeBase?: string;
  newFromPatch?: string;
  baseline?: string;
  baselineWrite?: string;
}

/**
 * The adoption options together: which findings a run reports (`report`) and, with
 * `--baseline-write`, recording them (`record`). Combinations that make no sense are usage errors.
 */
export class Adoption {
  private readonly root: string;
  private readonly changed?: ChangedLines;
  private readonly baseline?: ReadonlySet<string>;

  constructor(
    private readonly args: AdoptionArgs,
    private readonly cwd: string,
    /** A file's text as linted (the baseline hashes source lines). */
    private readonly readText: (file: string) => string | undefined,
  ) {
    const given = (['--new-from-rev', '--new-from-merge-base', '--new-from-patch'] as const).filter(
      (o) => ({ '--new-from-rev': args.newFromRev, '--new-from-merge-base': args.newFromMergeBase, '--new-from-patch': args.newFromPatch })[o] !== undefined,
    );
    const newFrom = given[0];
    if (given.length > 1) throw new UsageError(`use only one of --new-from-rev, --new-from-merge-base and --new-from-patch (got ${given.join(', ')})`);
    // A filtered SARIF must never reach code scanning, whether it is the report or an --output.
    const sarifOut = ([] as string[]).concat(args.output ?? []).find((o) => /^sarif=/.test(o));
    const filter = newFrom ?? (args.baseline !== undefined ? '--baseline' : undefined);
    if (filter && (args.format === 'sarif' || sarifOut)) {
      throw new UsageError(
        `${filter} cannot be used with ${args.format === 'sarif' ? '--format sarif' : `--output ${sarifOut}`}: code scanning tracks alerts itself, and an upload of the new findings only would close every older alert; upload the whole run`,
      );
    }
    if (args.baselineWrite !== undefined && (newFrom || args.baseline !== undefined)) {
      throw new UsageError(`--baseline-write records every finding; it cannot be combined with ${newFrom ?? '--baseline'}`);
    }
    const active = newFrom !== undefined || args.baseline !== undefined || args.baselineWrite !== undefined;
    this.root = active ? sourceRoot(cwd) : cwd;
    if (args.newFromRev !== undefined) this.changed = changedSinceRev(args.newFromRev, this.root);
    if (args.newFromMergeBase !== undefined) this.changed = changedSinceRev(mergeBase(args.newFromMergeBase, this.root), this.root);
    if (args.newFromPatch !== undefined) this.changed = changedInPatch(args.newFromPatch, cwd);
    if (args.baseline !== undefined) this.baseline = readBaseline(path.resolve(cwd, args.baseline));
  }

  /** The findings to report: not in the baseline, and on changed lines. */
  report(findings: readonly Finding[]): Finding[] {
    let out = [...findings];
    // The baseline first: occurrence indices count every finding, as when the baseline was written.
    if (this.baseline) out = notInBaseline(out, this.baseline, this.root, this.readText);
    if (this.changed) out = onChangedLines(out, this.changed, this.root);
    return out;
  }

  /**
   * With --baseline-write: write `findings` to the baseline and add a note to `notes`; they are
   * known from now on, so none is left to report. Otherwise `findings` as they are.
   */
  record(findings: readonly Finding[], notes: Notification[]): Finding[] {
    if (this.args.baselineWrite === undefined) return [...findings];
    const file = path.resolve(this.cwd, this.args.baselineWrite);
    writeBaseline(file, baselineEntries(findings, this.root, this.readText));
    notes.push({ level: 'note', kind: 'baseline-written', file, message: `recorded ${findings.length} finding(s); pass --baseline to hide them` });
    return [];
  }
}
