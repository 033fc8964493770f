/**
 * `--new-from-rev REV` and `--new-from-patch FILE` (golangci-lint): keep only the findings whose
 * primary line was added or changed, for pull requests on legacy code. With a revision, the changes
 * are `git diff --unified=0 REV` plus untracked files (wholly new); a patch is any unified diff whose
 * paths are relative to the repository root (`git diff` output, `a/`/`b/` prefixes or none).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding, Notification } from './types';
import { UsageError } from './discover';
import { sourceRoot } from './formatters/options';
import { baselineEntries, notInBaseline, readBaseline, repoPath, writeBaseline } from './baseline';

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
 */
export function parseUnifiedDiff(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let lines: Set<number> | undefined;
  let next = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of diff.split(/\r?\n/)) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) {
        lines?.add(next++);
        newLeft--;
      } else if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith(' ') || line === '') {
        next++;
        oldLeft--;
        newLeft--;
      }
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
  return out;
}

function git(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new UsageError(`git ${args.join(' ')} failed: ${(err.stderr || err.message).trim()}`);
  }
}

/** Lines changed since `rev` in the work tree of `root` (the repository top level); untracked files are all new. */
export function changedSinceRev(rev: string, root: string): ChangedLines {
  const changed: ChangedLines = new Map(parseUnifiedDiff(git(['diff', '--unified=0', '--no-color', '--no-ext-diff', rev, '--'], root)));
  for (const p of git(['ls-files', '--others', '--exclude-standard', '-z'], root).split('\0')) if (p) changed.set(p, 'all');
  return changed;
}

export function changedInPatch(patchFile: string, cwd: string): ChangedLines {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, patchFile), 'utf8');
  } catch (e) {
    throw new UsageError(`--new-from-patch: cannot read ${patchFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return new Map(parseUnifiedDiff(text));
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
  newFromRev?: string;
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
    const newFrom = args.newFromRev !== undefined ? '--new-from-rev' : args.newFromPatch !== undefined ? '--new-from-patch' : undefined;
    if (args.newFromRev !== undefined && args.newFromPatch !== undefined) throw new UsageError('use either --new-from-rev or --new-from-patch, not both');
    if (newFrom && args.format === 'sarif') {
      throw new UsageError(
        `${newFrom} cannot be used with --format sarif: code scanning tracks alerts itself, and an upload of the new findings only would close every older alert; upload the whole run`,
      );
    }
    if (args.baselineWrite !== undefined && (newFrom || args.baseline !== undefined)) {
      throw new UsageError(`--baseline-write records every finding; it cannot be combined with ${newFrom ?? '--baseline'}`);
    }
    const active = newFrom !== undefined || args.baseline !== undefined || args.baselineWrite !== undefined;
    this.root = active ? sourceRoot(cwd) : cwd;
    if (args.newFromRev !== undefined) this.changed = changedSinceRev(args.newFromRev, this.root);
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
