/**
 * Fields that always hold their zero value, and the code that they make dead. An unexported field that no code of the
 * package ever writes (no assignment, `++`, compound assignment or `&x.f`; no `f:` in a literal; no literal of its
 * struct that lists values without keys) holds its type's zero value in every value: other packages cannot name it,
 * and reflection cannot set an unexported field. So `workers := s.dispatchWorkers; if workers <= 0 { return }` always
 * returns, and what follows it in that block never runs (wails' asset server: a worker pool behind such a guard).
 */
import type { Node } from 'web-tree-sitter';
import type { Package } from './package';
import type { SourceFile } from '../source/source';
import { codeMatches, inCode } from '../source/lex';
import { neverReassigned } from './scope';
import type { FuncInfo } from './funcs';
import { blockStatements, escapeRe, isFuncNode, isTerminatingCall, nodeStartingAt, unparen } from './syntax';

const IDENT = /^[a-z_]\w*$/;

/** The answers of neverWritten, per package and field name. */
const written = new WeakMap<Package, Map<string, boolean>>();

/**
 * Does no code of the package write a field named `field` (unexported)? Every struct of the package that declares a
 * field of that name is asked at once (the text does not tell them apart), and a literal of a struct type listing
 * values without keys (`T{a, b}`) counts as a write when the type declares the field.
 */
export function neverWritten(pkg: Package, field: string): boolean {
  if (!IDENT.test(field)) return false;
  let byName = written.get(pkg);
  if (!byName) written.set(pkg, (byName = new Map()));
  let never = byName.get(field);
  if (never === undefined) {
    const f = escapeRe(field);
    // `x.f = v`, `x.f += v`, `x.f++`, `x.f, y = …` (any `x.f,` is taken as one), `f: v` in a literal, `&x.f`.
    const write = `\\.\\s*${f}\\s*(?:=(?!=)|[-+*/%&|^]=|<<=|>>=|&\\^=|\\+\\+|--|,)|(?<![\\w.])${f}\\s*:(?!=)|&\\s*[\\w.()\\[\\]]*\\.\\s*${f}\\b`;
    const files = pkg.files.filter((file) => file.text.includes(field));
    never = !files.some((file) => inCode(file.text, write)) && !unkeyedLiteralOfDeclarer(pkg, field);
    byName.set(field, never);
  }
  return never;
}

/**
 * Is there a literal without keys (`T{"x", 1}`, or an element of `[]T{{"x", 1}}`, `map[K]*T{k: {…}}`) of a struct type
 * T that declares `field`: a value for every field?
 */
function unkeyedLiteralOfDeclarer(pkg: Package, field: string): boolean {
  const declaring = new RegExp(`\\btype\\s+(\\w+)\\s+struct\\s*\\{[^}]*?(?:^|[\\s;{,])${escapeRe(field)}\\b[^}]*\\}`, 'gms');
  const types = new Set<string>();
  for (const file of pkg.files) for (const m of file.text.matchAll(declaring)) types.add(m[1]);
  // A type the text cannot pin down (a field in a nested struct, a grouped or generic declaration): possibly written.
  if (types.size === 0) return true;
  for (const t of types) {
    for (const file of pkg.files) {
      if (!file.text.includes(t)) continue;
      for (const m of codeMatches(file.text, `\\b${escapeRe(t)}\\b`)) {
        const root = file.rootAt(m.index);
        if (!root) return true;
        const id = root.descendantForIndex(m.index);
        if (id?.type !== 'type_identifier' || id.startIndex !== m.index) continue;
        // The literal T is the type of (`T{…}`, `&T{…}`), or the element type of (`[]T{{…}}`, `map[K]*T{k: {…}}`).
        let lit = id.parent;
        let element = false;
        while (lit && /^(slice_type|array_type|implicit_length_array_type|map_type|pointer_type)$/.test(lit.type)) {
          if (lit.type !== 'pointer_type') element = true;
          lit = lit.parent;
        }
        if (lit?.type !== 'composite_literal') continue;
        const body = lit.childForFieldName('body');
        const values = element ? elementValues(body).filter((v) => v.type === 'literal_value') : body ? [body] : [];
        if (values.some(startsUnkeyed)) return true;
      }
    }
  }
  return false;
}

/** The values of a literal's elements (`{a, k: b}` → a, b). */
function elementValues(body: Node | null): Node[] {
  const out: Node[] = [];
  for (const e of body?.namedChildren ?? []) {
    const v = e?.type === 'keyed_element' ? e.namedChild(1) : e?.type === 'literal_element' ? e : null;
    const inner = v?.type === 'literal_element' ? v.namedChild(0) : v;
    if (inner) out.push(inner);
  }
  return out;
}

/** Does a struct literal's body list a value without a key (`{"x", 1}`)? */
function startsUnkeyed(body: Node): boolean {
  const first = body.namedChildren.find((c) => c !== null && c.type !== 'comment');
  return first !== undefined && first !== null && first.type !== 'keyed_element';
}

/** `x.f` (or a local set once to it) for an unexported field f that the package never writes. */
function zeroFieldRead(e: Node, fn: FuncInfo, pkg: Package): boolean {
  let u = unparen(e);
  if (u.type === 'identifier') {
    const d = fn.resolution().declOf(u);
    if (!d || d.kind !== 'var' || !d.init || !neverReassigned(d)) return false;
    u = unparen(d.init);
  }
  if (u.type !== 'selector_expression') return false;
  const field = u.childForFieldName('field')?.text ?? '';
  return neverWritten(pkg, field);
}

/** Is `cond` true whenever the zero-valued field it tests is zero (`w <= 0`, `w == 0`, `w < 1`, `!on`, `p == nil`)? */
function trueAtZero(cond: Node, fn: FuncInfo, pkg: Package): boolean {
  const c = unparen(cond);
  if (c.type === 'unary_expression' && c.childForFieldName('operator')?.type === '!') return zeroFieldRead(c.childForFieldName('operand')!, fn, pkg);
  if (c.type !== 'binary_expression') return false;
  const op = c.childForFieldName('operator')?.text;
  const left = c.childForFieldName('left')!;
  const right = unparen(c.childForFieldName('right')!);
  if (!zeroFieldRead(left, fn, pkg)) return false;
  if (right.type === 'nil' || right.text === '""') return op === '==';
  if (right.type !== 'int_literal' || !/^\d+$/.test(right.text)) return false;
  const k = Number(right.text);
  return (op === '<=' && k >= 0) || (op === '==' && k === 0) || (op === '<' && k > 0);
}

/**
 * `if` statements whose condition may test a field at zero, read from a file's text once (comments and literals
 * skipped): `if w <= 0 {`, `if !on {`, `if p == nil {`. Only these are looked at as trees.
 */
const GUARD_TEXT = String.raw`\bif\s+[(\s]*(?:!\s*)?[(\s]*[A-Za-z_][\w.]*\s*\)?\s*(?:(?:<=|<|==)\s*(?:\d+|nil|""))?[)\s]*\{`;

/** The offsets of GUARD_TEXT in each file. */
const guardTexts = new WeakMap<SourceFile, number[]>();

/**
 * Does a statement before `n`, in a block around it inside its function, always leave: `if c { …; return }` (no
 * else, no initializer) whose condition holds at a zero-valued field (trueAtZero)? Then `n` never runs.
 */
export function deadAfterZeroGuard(n: Node, fn: FuncInfo, pkg: Package, file: SourceFile): boolean {
  let offsets = guardTexts.get(file);
  if (!offsets) guardTexts.set(file, (offsets = [...codeMatches(file.text, GUARD_TEXT)].map((m) => m.index)));
  const candidates = offsets.filter((o) => o > fn.node.startIndex && o < n.startIndex);
  if (candidates.length === 0) return false;
  // The statements around `n`, each in its block, up to the function or literal it is in.
  const around: { stmt: Node; block: Node }[] = [];
  for (let c: Node | null = n; c && c.parent && !isFuncNode(c); c = c.parent) {
    const p = c.parent;
    if (p.type === 'block' || p.type === 'statement_list') around.push({ stmt: c, block: p.type === 'statement_list' && p.parent?.type === 'block' ? p.parent : p });
  }
  for (const at of candidates) {
    const ifs = nodeStartingAt(file.rootAt(at) ?? n.tree.rootNode, at, 'if_statement', 2);
    if (!ifs || ifs.childForFieldName('alternative') || ifs.childForFieldName('initializer')) continue;
    const holder = ifs.parent?.type === 'statement_list' && ifs.parent.parent?.type === 'block' ? ifs.parent.parent : ifs.parent;
    if (!around.some(({ stmt, block }) => block.id === holder?.id && ifs.endIndex <= stmt.startIndex)) continue;
    const last = blockStatements(ifs.childForFieldName('consequence')).at(-1);
    const leaves = last !== undefined && (last.type === 'return_statement' || isTerminatingCall(last));
    if (leaves && trueAtZero(ifs.childForFieldName('condition')!, fn, pkg)) return true;
  }
  return false;
}
