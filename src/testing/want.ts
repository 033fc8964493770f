/**
 * Expectation comments in Go fixtures (analysistest style; grammar in
 * /work/shared/design/analyzers-study.md §7.5) and the matching of findings against them.
 *
 *   x <- v // want "re" `raw re`       a finding on this line whose message matches each regexp
 *   // want +1 "re"                     the same, for the line N lines below (or -N above)
 *   case <-stop: // related "re"        a related location of some finding points at this line
 *   // todo-want "re"                   known false negative: must NOT be reported (yet)
 *   // todo-ok "re"                     known false positive: reported and accepted
 *
 * Patterns are Go string literals (interpreted "…" or raw `…`) holding JavaScript regular
 * expressions, matched unanchored against the rendered message.
 */
import type { Node } from 'web-tree-sitter';
import type { Finding } from '../types';
import { parseGo, query } from '../source/parser';

export type ExpectationKind = 'want' | 'related' | 'todo-want' | 'todo-ok';

export interface Expectation {
  kind: ExpectationKind;
  /** Absolute path of the fixture file. */
  file: string;
  /** 1-based line the expectation is about (the comment's line plus any +N/-N offset). */
  line: number;
  pattern: RegExp;
}

export interface ParsedExpectations {
  expectations: Expectation[];
  /** Malformed expectation comments, as `line: problem` (a fixture bug). */
  errors: { line: number; message: string }[];
}

const KEYWORD = /^(todo-want|todo-ok|want|related)\s+(?=[-+"`])/;
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"',
};

/** Read one Go string literal at the start of `s`; returns its value and the rest of `s`. */
export function readGoString(s: string): { value: string; rest: string } {
  if (s.startsWith('`')) {
    const end = s.indexOf('`', 1);
    if (end < 0) throw new Error('unterminated raw string');
    return { value: s.slice(1, end), rest: s.slice(end + 1) };
  }
  if (!s.startsWith('"')) throw new Error(`expected a Go string literal at ${JSON.stringify(s.slice(0, 20))}`);
  let value = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') return { value, rest: s.slice(i + 1) };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = s[++i];
    if (e !== undefined && e in SIMPLE_ESCAPES) {
      value += SIMPLE_ESCAPES[e];
      continue;
    }
    // Numeric escapes: \xHH, \uHHHH, \UHHHHHHHH, and \OOO (three octal digits, the first one already read).
    const numeric: Record<string, [number, number, number]> = { x: [2, 16, i + 1], u: [4, 16, i + 1], U: [8, 16, i + 1] };
    const spec = e === undefined ? undefined : /[0-7]/.test(e) ? ([3, 8, i] as [number, number, number]) : numeric[e];
    if (spec) {
      const [digits, radix, from] = spec;
      const t = s.slice(from, from + digits);
      const ok = t.length === digits && (radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/).test(t);
      if (!ok) throw new Error(`bad escape \\${e}${t}`);
      value += String.fromCodePoint(parseInt(t, radix));
      i = from + digits - 1;
      continue;
    }
    throw new Error(`unknown escape \\${e ?? ''}`);
  }
  throw new Error('unterminated string');
}

/** Parse the body of one comment (without `//` or `/* *\/`) found on 1-based `line`. */
export function parseExpectationComment(file: string, line: number, body: string): Expectation[] {
  const m = KEYWORD.exec(body.trim());
  if (!m) return [];
  const kind = m[1] as ExpectationKind;
  let rest = body.trim().slice(m[0].length);
  let target = line;
  const offset = /^([-+]\d+)\s*/.exec(rest);
  if (offset) {
    target += Number(offset[1]);
    rest = rest.slice(offset[0].length);
  }
  const out: Expectation[] = [];
  while (rest.length > 0) {
    const { value, rest: after } = readGoString(rest);
    let pattern: RegExp;
    try {
      pattern = new RegExp(value);
    } catch (e) {
      throw new Error(`invalid regexp ${JSON.stringify(value)}: ${(e as Error).message}`);
    }
    out.push({ kind, file, line: target, pattern });
    if (after.length > 0 && !/^\s/.test(after)) throw new Error(`expected a space after ${JSON.stringify(value)}`);
    rest = after.trimStart();
  }
  if (out.length === 0) throw new Error(`${kind} needs at least one pattern`);
  return out;
}

function commentBody(text: string): string {
  return text.startsWith('/*') ? text.slice(2, -2) : text.slice(2);
}

/** Every expectation in one Go file, found in its comments (so strings that look like comments are ignored). */
export function parseExpectations(file: string, text: string): ParsedExpectations {
  const result: ParsedExpectations = { expectations: [], errors: [] };
  const tree = parseGo(text);
  try {
    const nodes: Node[] = query('(comment) @c').captures(tree.rootNode).map((c) => c.node);
    for (const n of nodes) {
      const line = n.startPosition.row + 1;
      try {
        result.expectations.push(...parseExpectationComment(file, line, commentBody(n.text)));
      } catch (e) {
        result.errors.push({ line, message: `malformed expectation comment: ${(e as Error).message}` });
      }
    }
  } finally {
    tree.delete();
  }
  return result;
}

/**
 * Compare the findings of one rule with the expectations; returns readable mismatches
 * (`file:line: …`), empty when every expectation is met. `rel` turns absolute paths into display paths.
 */
export function matchExpectations(findings: readonly Finding[], expectations: readonly Expectation[], rel: (file: string) => string): string[] {
  const problems: string[] = [];
  const unused = new Set(expectations.filter((e) => e.kind !== 'related'));
  const take = (kind: ExpectationKind, f: Finding): Expectation | undefined => {
    for (const e of unused) {
      if (e.kind === kind && e.file === f.file && e.line === f.range.start.line && e.pattern.test(f.message)) {
        unused.delete(e);
        return e;
      }
    }
    return undefined;
  };
  for (const f of findings) {
    if (take('want', f) || take('todo-ok', f)) continue;
    const where = `${rel(f.file)}:${f.range.start.line}`;
    const todo = take('todo-want', f);
    if (todo) problems.push(`${where}: todo-want /${todo.pattern.source}/ is now reported; promote it to want`);
    else problems.push(`${where}: unexpected diagnostic ${JSON.stringify(f.message)}`);
  }
  for (const e of unused) {
    const where = `${rel(e.file)}:${e.line}`;
    if (e.kind === 'want') problems.push(`${where}: missing diagnostic matching /${e.pattern.source}/`);
    else if (e.kind === 'todo-ok') problems.push(`${where}: todo-ok /${e.pattern.source}/ is no longer reported; remove it`);
  }
  for (const e of expectations) {
    if (e.kind !== 'related') continue;
    const hit = findings.some((f) => f.related.some((r) => r.file === e.file && r.range.start.line === e.line && e.pattern.test(r.message)));
    if (!hit) problems.push(`${rel(e.file)}:${e.line}: missing related location matching /${e.pattern.source}/`);
  }
  return problems;
}
