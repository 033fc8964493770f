/**
 * In-source suppressions, run by the engine on each package while its trees are alive.
 *
 * `//nolint`, `//nolint:all`, `//nolint:golint-chan`, `//nolint:<rule-id>` and
 * `//nolint:golint-chan/<rule-id>` (comma lists, `// reason` after) with golangci-lint's scoping
 * (pkg/result/processors/nolint_filter.go):
 *   - the lines of the comment group holding the directive (so a trailing comment covers its line);
 *   - grown to the last line of the node that starts on the line right after the group, at the
 *     group's column (a whole `func`, `go func(){…}()`, `select`, `var (…)`);
 *   - the whole file when that node is the `package` clause.
 * Names that are not ours (other linters) are ignored; a directive naming none of ours is not ours.
 * Only Go's directive syntax counts (`//nolint` with nothing between `//` and `nolint`, and no space around
 * the `:`): `// nolint`, `// nolint:x`, `//nolint: x` and `//nolint :x` suppress nothing, and with
 * `--report-unused-directives` they are reported as `nolint-malformed`, as nolintlint does.
 *
 * Our own, hyphen-free directives (staticcheck semantics, design note ecosystem.md §2.5–2.6):
 *   `//golintchan:ignore rule[,rule] reason`       the next line only;
 *   `//golintchan:file-ignore rule[,rule] reason`  the whole file.
 * Their reason is required: a directive without one does not suppress anything and is reported as a
 * `directive-missing-reason` warning notification (as is an unknown rule id, `directive-unknown-rule`).
 *
 * Every directive that names golint-chan or one of its rules and suppressed nothing yields an
 * `unused-directive` notification quoting the directive as written; it says to remove the directive only
 * when every name in it is ours (otherwise another linter may still need it). The CLI shows them only with
 * `--report-unused-directives`. Bare
 * `//nolint` and `//nolint:all` are never unused (they may serve other linters), nor is a directive
 * whose rules are all disabled in this run.
 */
import type { Node } from 'web-tree-sitter';
import type { Finding, Notification } from './types';
import type { SourceFile } from './source/source';
import { rules as registeredRules } from './registry';

/** The linter name golangci-lint users write in `//nolint:…`. */
export const LINTER_NAME = 'golint-chan';

export type DirectiveKind = 'nolint' | 'ignore' | 'file-ignore';

export interface Directive {
  kind: DirectiveKind;
  file: string;
  /** 1-based line and UTF-16 column of the comment. */
  line: number;
  column: number;
  /** Rule ids covered; undefined = every rule. */
  rules?: readonly string[];
  reason: string;
  /** Whether an unused one is worth reporting (it names golint-chan or our rules). */
  reportable: boolean;
  /** The comment as written. */
  text: string;
  /** Whether every name it lists is golint-chan's (then an unused one can simply be removed). */
  onlyOurs: boolean;
  /** 1-based, inclusive line range covered. */
  from: number;
  to: number;
  used: boolean;
}

/** What a comment says, before scoping. */
interface Parsed {
  /** `nolint-malformed`: golangci-lint would read it as //nolint, but it is no Go directive. */
  kind: DirectiveKind | 'nolint-malformed';
  /** Names as written (lowercased for nolint); empty = every rule. */
  names: string[];
  reason: string;
}

const NOLINT = /^nolint( |:|$)/;
const OWN = /^\/\/golintchan:(ignore|file-ignore)\b[ \t]*(\S*)[ \t]*(.*)$/;

/** Parse one `//` comment; undefined when it is no directive. */
export function parseDirective(comment: string): Parsed | undefined {
  if (!comment.startsWith('//')) return undefined;
  const own = OWN.exec(comment.trimEnd());
  if (own) {
    return { kind: own[1] as DirectiveKind, names: own[2].split(',').filter(Boolean), reason: own[3].trim() };
  }
  // golangci-lint strips every leading '/' and ' ' (so `// nolint` works there), but a directive is
  // `//nolint` at once, and `:` with no space around it (https://go.dev/doc/comment#syntax).
  const text = comment.replace(/^[/ \t]+/, '');
  if (!NOLINT.test(text)) return undefined;
  const after = comment.slice('//nolint'.length);
  const wellFormed = comment.startsWith('//nolint') && (after === '' || /^:\S/.test(after) || (/^\s/.test(after) && !/^\s*:/.test(after)));
  if (!wellFormed) return { kind: 'nolint-malformed', names: [], reason: '' };
  const [head, ...rest] = text.split('//');
  const reason = rest.join('//').trim();
  if (!head.startsWith('nolint:')) return { kind: 'nolint', names: [], reason };
  const names = head
    .slice('nolint:'.length)
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  return { kind: 'nolint', names: names.includes('all') ? [] : names, reason };
}

/** Comments grouped as Go groups them: adjacent lines with nothing but blanks between. */
function commentGroups(sf: SourceFile, root: Node): Node[][] {
  const groups: Node[][] = [];
  let prev: Node | undefined;
  for (const c of root.descendantsOfType('comment')) {
    if (!c) continue;
    const row = c.startPosition.row;
    const ownLine = sf.blankBefore(row, c.startPosition.column);
    const joins = prev !== undefined && (row === prev.endPosition.row || (row === prev.endPosition.row + 1 && ownLine));
    if (joins) groups[groups.length - 1].push(c);
    else groups.push([c]);
    prev = c;
  }
  return groups;
}

/**
 * The outermost node that starts exactly at (row, column), not counting lists that only group
 * statements (a statement list would stretch a directive over the rest of the block).
 */
function nodeStartingAt(root: Node, row: number, column: number): Node | undefined {
  let n: Node | null = root.descendantForPosition({ row, column });
  if (!n || n.startPosition.row !== row || n.startPosition.column !== column) return undefined;
  for (;;) {
    const p: Node | null = n.parent;
    if (!p || p.type === 'statement_list' || p.id === root.id) return n;
    if (p.startPosition.row !== row || p.startPosition.column !== column) return n;
    n = p;
  }
}

interface Resolved {
  /** Rule ids covered (undefined = all), or an error message. */
  rules?: string[];
  error?: { kind: string; message: string };
  /** False when the directive is for other linters only. */
  ours: boolean;
  reportable: boolean;
}

function resolveNames(p: Parsed & { kind: DirectiveKind }, known: ReadonlySet<string>): Resolved {
  if (p.kind !== 'nolint') {
    if (p.names.length === 0) {
      return { ours: true, reportable: false, error: { kind: 'directive-malformed', message: `//golintchan:${p.kind} needs a rule id and a reason` } };
    }
    const unknown = p.names.filter((n) => !known.has(n));
    if (unknown.length) return { ours: true, reportable: false, error: unknownRule(unknown) };
    if (!p.reason) {
      return {
        ours: true,
        reportable: false,
        error: { kind: 'directive-missing-reason', message: `//golintchan:${p.kind} needs a reason after the rule id; it suppresses nothing without one` },
      };
    }
    return { rules: p.names, ours: true, reportable: true };
  }
  if (p.names.length === 0) return { ours: true, reportable: false };
  if (p.names.includes(LINTER_NAME)) return { ours: true, reportable: true };
  const prefixed = p.names.filter((n) => n.startsWith(LINTER_NAME + '/')).map((n) => n.slice(LINTER_NAME.length + 1));
  const unknown = prefixed.filter((n) => !known.has(n));
  if (unknown.length) return { ours: true, reportable: false, error: unknownRule(unknown) };
  const ids = [...prefixed, ...p.names.filter((n) => known.has(n))];
  return ids.length ? { rules: ids, ours: true, reportable: true } : { ours: false, reportable: false };
}

function unknownRule(ids: readonly string[]): { kind: string; message: string } {
  return { kind: 'directive-unknown-rule', message: `unknown rule ${ids.map((i) => `"${i}"`).join(', ')} in directive; it suppresses nothing` };
}

/** The directives of one parsed file, scoped; problems with them go to `notes`. */
export function fileDirectives(sf: SourceFile, known: ReadonlySet<string>, notes: Notification[]): Directive[] {
  // Cheap test first: most files have no directive at all (and an evicted tree is not parsed again for them).
  if (!/nolint|golintchan:/.test(sf.text)) return [];
  const root = sf.wholeTree()?.rootNode;
  if (!root) return [];
  const out: Directive[] = [];
  for (const group of commentGroups(sf, root)) {
    const first = group[0];
    const last = group[group.length - 1];
    for (const c of group) {
      const parsed = parseDirective(c.text);
      if (!parsed) continue;
      const pos = sf.position(c.startPosition.row, c.startPosition.column);
      if (parsed.kind === 'nolint-malformed') {
        const message = `"${c.text.trim()}" is not a directive (write //nolint with no space after // and none around ":"); it suppresses nothing`;
        notes.push({ level: 'warning', kind: 'nolint-malformed', file: sf.path, line: pos.line, column: pos.column, byteColumn: pos.byteColumn, message });
        continue;
      }
      const r = resolveNames(parsed as Parsed & { kind: DirectiveKind }, known);
      if (r.error) {
        notes.push({ level: 'warning', kind: r.error.kind, file: sf.path, line: pos.line, column: pos.column, byteColumn: pos.byteColumn, message: r.error.message });
        continue;
      }
      if (!r.ours) continue;
      let from: number;
      let to: number;
      if (parsed.kind === 'file-ignore') [from, to] = [1, Infinity];
      else if (parsed.kind === 'ignore') from = to = c.endPosition.row + 2;
      else {
        from = first.startPosition.row + 1;
        to = last.endPosition.row + 1;
        const next = nodeStartingAt(root, last.endPosition.row + 1, first.startPosition.column);
        if (next?.type === 'package_clause') [from, to] = [1, Infinity];
        else if (next) to = Math.max(to, next.endPosition.row + 1);
      }
      const onlyOurs = parsed.kind !== 'nolint' || parsed.names.every((n) => n === LINTER_NAME || known.has(n) || known.has(n.slice(LINTER_NAME.length + 1)));
      out.push({
        kind: parsed.kind,
        file: sf.path,
        line: pos.line,
        column: pos.column,
        rules: r.rules,
        reason: parsed.reason,
        reportable: r.reportable,
        text: c.text.trim(),
        onlyOurs,
        from,
        to,
        used: false,
      });
    }
  }
  return out;
}

function covers(d: Directive, f: Finding): boolean {
  return d.file === f.file && f.range.start.line >= d.from && f.range.start.line <= d.to && (d.rules === undefined || d.rules.includes(f.ruleId));
}

function unusedMessage(d: Directive): string {
  return d.onlyOurs
    ? `"${d.text}" suppressed nothing; remove it`
    : `"${d.text}" suppressed nothing for golint-chan (the other linters it names may still need it)`;
}

/**
 * Mark the findings that a directive in `files` covers (Finding.suppression, kind inSource) and
 * return the notifications about directives: malformed ones, and unused ones (`unused-directive`).
 * `enabled` are the rule ids of this run.
 */
export function applySuppressions(files: readonly SourceFile[], findings: readonly Finding[], enabled: readonly string[]): Notification[] {
  const notes: Notification[] = [];
  const known = new Set([...registeredRules.map((r) => r.meta.id), ...enabled]);
  // A file without findings matters only for directives that name us (they may be unused or malformed);
  // bare //nolint there can do nothing, so such files are not walked.
  const withFindings = new Set(findings.map((f) => f.file));
  const namesUs = new RegExp(`golintchan:|nolint:[^\\n]*(${[LINTER_NAME, ...known].map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})|//[/ \\t]*[ \\t]nolint|nolint[ \\t]*:[ \\t]|nolint[ \\t]+:`);
  // Every directive that names us holds `nolint` or `golintchan:` on one line: those are looked for with a plain
  // search, and the pattern (which has no fixed text to look for) runs only on the lines that hold `nolint`.
  const mayNameUs = (text: string) => {
    if (text.includes('golintchan:')) return true;
    for (let i = text.indexOf('nolint'); i >= 0; i = text.indexOf('nolint', i + 6)) {
      const end = text.indexOf('\n', i);
      if (namesUs.test(text.slice(text.lastIndexOf('\n', i) + 1, end < 0 ? undefined : end))) return true;
    }
    return false;
  };
  const directives = files.flatMap((sf) => (withFindings.has(sf.path) || mayNameUs(sf.text) ? fileDirectives(sf, known, notes) : []));
  if (!directives.length) return notes;
  for (const f of findings) {
    for (const d of directives) {
      if (!covers(d, f)) continue;
      d.used = true;
      f.suppression ??= { kind: 'inSource', justification: d.reason };
    }
  }
  for (const d of directives) {
    if (d.used || !d.reportable || (d.rules && !d.rules.some((id) => enabled.includes(id)))) continue;
    notes.push({ level: 'warning', kind: 'unused-directive', file: d.file, line: d.line, column: d.column, message: unusedMessage(d) });
  }
  return notes;
}
