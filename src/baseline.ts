/**
 * Baseline files: `--baseline-write FILE` records the current findings, `--baseline FILE` hides the
 * findings recorded in it. A finding is keyed by rule id, repository-relative path, a hash of its
 * trimmed source line and its occurrence index among findings with those three equal (in report
 * order), so it survives lines moving around it. Format (version 1):
 *
 * ```
 * { "version": 1, "tool": "golint-chan",
 *   "findings": [{ "ruleId", "file", "lineHash", "occurrence", "line", "message" }] }
 * ```
 * `line` and `message` are for people reading the file; only the other four fields are compared.
 */
import * as fs from 'fs';
import type { Finding } from './types';
import { sha256 } from './driver/cache';
import { UsageError } from './discover';
import { posixRelative } from './formatters/options';
import { FileError, readInputText, writeFileAtomic } from './source/files';
import { schemaCheck } from './source/validate';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  file: string;
  lineHash: string;
  occurrence: number;
  line: number;
  message: string;
}

interface BaselineFile {
  version: number;
  tool: string;
  findings: BaselineEntry[];
}

/** `file` relative to the repository root `root` (a real path), following symbolic links. */
export function repoPath(root: string, file: string): string {
  let real = file;
  try {
    real = fs.realpathSync(file);
  } catch {
    /* a file that is gone: its path as given */
  }
  return posixRelative(root, real);
}

function keyOf(e: Pick<BaselineEntry, 'ruleId' | 'file' | 'lineHash' | 'occurrence'>): string {
  return JSON.stringify([e.ruleId, e.file, e.lineHash, e.occurrence]);
}

/** Baseline entries for `findings` (in report order); `readText` gives a file's text as linted. */
export function baselineEntries(findings: readonly Finding[], root: string, readText: (file: string) => string | undefined): BaselineEntry[] {
  const lines = new Map<string, string[]>();
  const seen = new Map<string, number>();
  // Per file and line, hashed once: many findings on one long line must not hash the line each time.
  const hashes = new Map<string, Map<number, string>>();
  const paths = new Map<string, string>();
  const lineHash = (file: string, line: number): string => {
    let byLine = hashes.get(file);
    if (!byLine) {
      lines.set(file, (readText(file) ?? '').split('\n'));
      hashes.set(file, (byLine = new Map()));
    }
    let h = byLine.get(line);
    if (h === undefined) {
      h = sha256((lines.get(file)![line - 1] ?? '').trim()).slice(0, 16);
      byLine.set(line, h);
    }
    return h;
  };
  return findings.map((f) => {
    let file = paths.get(f.file);
    if (file === undefined) paths.set(f.file, (file = repoPath(root, f.file)));
    const entry = { ruleId: f.ruleId, file, lineHash: lineHash(f.file, f.range.start.line), occurrence: 0 };
    const group = JSON.stringify([entry.ruleId, entry.file, entry.lineHash]);
    entry.occurrence = seen.get(group) ?? 0;
    seen.set(group, entry.occurrence + 1);
    return { ...entry, line: f.range.start.line, message: f.message };
  });
}

export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  const doc: BaselineFile = { version: BASELINE_VERSION, tool: 'golint-chan', findings: [...entries] };
  try {
    writeFileAtomic(file, JSON.stringify(doc, null, 2) + '\n', { mkdir: true });
  } catch (e) {
    throw new FileError(`--baseline-write: cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

const str = { type: 'string' } as const;
const checkBaseline = schemaCheck({
  type: 'object',
  required: ['version', 'tool', 'findings'],
  properties: {
    version: { const: BASELINE_VERSION },
    tool: { const: 'golint-chan' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'file', 'lineHash', 'occurrence'],
        properties: { ruleId: str, file: str, lineHash: str, occurrence: { type: 'integer', minimum: 0 }, line: { type: 'integer' }, message: str },
      },
    },
  },
});

/** The keys recorded in a baseline file; a missing, unreadable or malformed file is a usage error. */
export function readBaseline(file: string): Set<string> {
  const text = readInputText(file, '--baseline');
  let doc: Partial<BaselineFile>;
  try {
    doc = JSON.parse(text) as Partial<BaselineFile>;
  } catch (e) {
    throw new UsageError(`--baseline: ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (doc?.tool !== 'golint-chan' || doc.version !== BASELINE_VERSION) {
    throw new UsageError(`--baseline: ${file} is not a golint-chan baseline (version ${BASELINE_VERSION}); write one with --baseline-write`);
  }
  const problem = checkBaseline(doc);
  if (problem) throw new UsageError(`--baseline: ${file} is not a valid golint-chan baseline: ${problem}; write a new one with --baseline-write`);
  return new Set(doc.findings!.map(keyOf));
}

/** The findings that are not in the baseline. */
export function notInBaseline(findings: readonly Finding[], baseline: ReadonlySet<string>, root: string, readText: (file: string) => string | undefined): Finding[] {
  const entries = baselineEntries(findings, root, readText);
  return findings.filter((_, i) => !baseline.has(keyOf(entries[i])));
}
