import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { syntaxIndex } from './syntax-index';
import { FuncInfo, intLiteral, packageIndex, PackageIndex } from './funcs';
import type { Decl } from './scope';
import { blockStatements, unparen } from './syntax';
import { builtType, typeName } from './typing';

/**
 * A buffered channel field filled past its capacity by the goroutine that made the value, before anything else
 * can hold the value: `c := NewCompactor()` (whose channel field has a buffer of 1), `c.ch <- x`, then
 * `c.Start()` whose first statement sends on `c.ch` again. Nothing else can receive yet (the value was made here
 * and no statement has handed it on), so that send blocks forever.
 *
 * Followed, in order: the statements of the function's body that come after the local's declaration, and the
 * statements of a method of the value called there (`v.m(…)` as a statement, its receiver being v). A send on
 * `v.f` counts; a statement that uses the value in any other way (passes it, stores it, starts a goroutine or a
 * closure with it, calls another function with it, reassigns it) ends the walk: from then on someone else may
 * receive. Statements that do not mention the value are passed over; a send inside a branch or loop is not
 * counted (the walk ends there too when the branch mentions the value).
 *
 * The value must be made in that function by `&T{…}`/`T{…}` with the field keyed to `make(chan X, N)` (N a
 * constant of at least 1: an unbuffered field is the other rules' to judge), or by a package function that only builds and returns such a literal (no goroutine, no closure, no
 * other use of the value).
 */

export interface PrefillLeak {
  /** The send that finds the buffer full. */
  send: Node;
  file: SourceFile;
  fn: FuncInfo;
  /** `Compactor.ch` for messages. */
  chan: string;
  capacity: number;
  /** The earlier sends that filled it. */
  earlier: { node: Node; file: SourceFile }[];
  /** The local that holds the value (`compactor`), and the function that made it. */
  value: string;
  maker: string;
  /** Where the value is made (the declaration's value). */
  made: { node: Node; file: SourceFile };
}

/** Buffer sizes of the channel fields a composite literal keys to `make(chan X, N)`. */
function literalCapacities(lit: Node, index: PackageIndex): Map<string, number> {
  const out = new Map<string, number>();
  let u = unparen(lit);
  if (u.type === 'unary_expression') u = unparen(u.childForFieldName('operand')!);
  const body = u.type === 'composite_literal' ? u.childForFieldName('body') : null;
  for (const el of body?.namedChildren ?? []) {
    if (el?.type !== 'keyed_element') continue;
    const key = el.namedChild(0);
    const val = el.namedChild(1);
    const keyText = key?.text;
    const v = val?.type === 'literal_element' ? val.namedChild(0) : val;
    if (!keyText || !v || v.type !== 'call_expression' || v.childForFieldName('function')?.text !== 'make') continue;
    const args = v.childForFieldName('arguments')?.namedChildren ?? [];
    if (args[0]?.type !== 'channel_type' || args.length !== 2 || !args[1]) continue;
    const n = intLiteral(args[1]) ?? (args[1].type === 'identifier' ? index.constants.get(args[1].text) : undefined);
    if (n !== undefined && n > 0) out.set(keyText, n);
  }
  return out;
}

/** Does `n` refer to `d` anywhere? */
function mentions(n: Node, d: Decl, fn: FuncInfo): boolean {
  const res = fn.resolution();
  // Function literals included: a closure that captures the value hands it on.
  return n.descendantsOfType('identifier').some((c) => !!c && c.text === d.name && res.declOf(c) === d);
}

/**
 * The struct literal a package function only builds and returns: `return &T{…}`, or `x := &T{…}`, assignments
 * to fields of x that do not read x, `return x`. No goroutine, closure or other use of the value.
 */
function pureConstructor(callee: FuncInfo, index: PackageIndex): Node | undefined {
  const body = callee.node.childForFieldName('body');
  if (!body || body.descendantsOfType(['func_literal', 'go_statement']).length > 0) return undefined;
  const stmts = blockStatements(body);
  const last = stmts[stmts.length - 1];
  if (last?.type !== 'return_statement') return undefined;
  const ret = last.namedChild(0);
  if (!ret || ret.namedChildCount !== 1) return undefined;
  const value = unparen(ret.namedChild(0)!);
  if (stmts.length === 1) return builtType(value) ? value : undefined;
  if (value.type !== 'identifier') return undefined;
  const first = stmts[0];
  if (first.type !== 'short_var_declaration') return undefined;
  const left = first.childForFieldName('left');
  const right = first.childForFieldName('right');
  if (left?.namedChildCount !== 1 || left.namedChild(0)?.text !== value.text || right?.namedChildCount !== 1) return undefined;
  const lit = right.namedChild(0)!;
  if (!builtType(lit)) return undefined;
  const d = callee.resolution().declOf(left.namedChild(0)!);
  if (!d) return undefined;
  for (const s of stmts.slice(1, -1)) {
    if (!mentions(s, d, callee)) continue;
    // `x.g = v` with v not reading x.
    if (s.type !== 'assignment_statement') return undefined;
    const l = s.childForFieldName('left');
    const r = s.childForFieldName('right');
    if (l?.namedChildCount !== 1 || !r || mentions(r, d, callee)) return undefined;
    const target = unparen(l.namedChild(0)!);
    if (target.type !== 'selector_expression' || unparen(target.childForFieldName('operand')!).text !== value.text) return undefined;
    const field = target.childForFieldName('field')?.text;
    // Reassigning the channel field itself would change its buffer.
    if (field && literalCapacities(lit, index).has(field)) return undefined;
  }
  return lit;
}

/** `v.f <- x` with v resolving to d: f; else undefined. */
function sendOn(s: Node, d: Decl, fn: FuncInfo): string | undefined {
  if (s.type !== 'send_statement') return undefined;
  const ch = unparen(s.childForFieldName('channel')!);
  if (ch.type !== 'selector_expression') return undefined;
  const base = unparen(ch.childForFieldName('operand')!);
  if (base.type !== 'identifier' || fn.resolution().declOf(base) !== d) return undefined;
  return ch.childForFieldName('field')?.text;
}

interface Walk {
  counts: Map<string, { node: Node; file: SourceFile }[]>;
  caps: Map<string, number>;
}

type Step = { done: false } | { done: true; leak?: { send: Node; file: SourceFile; fn: FuncInfo; field: string } };

/** Walk statements that may touch the value `d` only by sending on its channel fields. */
function walk(stmts: Node[], d: Decl, fn: FuncInfo, w: Walk, index: PackageIndex, type: string, depth: number): Step {
  for (const s of stmts) {
    if (!mentions(s, d, fn)) {
      if (s.type === 'return_statement') return depth === 0 ? { done: true } : { done: false };
      continue;
    }
    const f = sendOn(s, d, fn);
    if (f !== undefined) {
      const cap = w.caps.get(f);
      if (cap === undefined) return { done: true };
      const list = w.counts.get(f) ?? [];
      if (list.length >= cap) return { done: true, leak: { send: s, file: fn.file, fn, field: f } };
      list.push({ node: s, file: fn.file });
      w.counts.set(f, list);
      continue;
    }
    // `v.m(…)`, a method of the value's type, with arguments that do not mention v: walk its body.
    const call = s.type === 'expression_statement' ? unparen(s.namedChild(0)!) : undefined;
    const callee = call?.type === 'call_expression' ? call.childForFieldName('function') : undefined;
    if (depth > 0 || callee?.type !== 'selector_expression') return { done: true };
    const base = unparen(callee.childForFieldName('operand')!);
    if (base.type !== 'identifier' || fn.resolution().declOf(base) !== d || mentions(call!.childForFieldName('arguments')!, d, fn)) return { done: true };
    const m = index.method(type, callee.childForFieldName('field')?.text ?? '');
    const recv = m?.receiver();
    const body = m?.node.childForFieldName('body');
    if (!m || !recv || !body) return { done: true };
    const step = walk(blockStatements(body), recv, m, w, index, type, depth + 1);
    if (step.done) return step;
  }
  return { done: false };
}

function computePrefills(pkg: Package): PrefillLeak[] {
  const index = pkg.fact(packageIndex);
  const out: PrefillLeak[] = [];
  const tried = new Set<Decl>();
  const constructors = new Set<FuncInfo>();
  const tryDecl = (d: Decl | undefined, fn: FuncInfo | undefined) => {
    if (!d || !fn || d.kind !== 'var' || tried.has(d)) return;
    tried.add(d);
    const leak = prefill(d, fn, index);
    if (leak) out.push(leak);
  };
  // Driven by the buffered makes that are a field of a struct literal (`T{f: make(chan X, N)}`), so that nothing is
  // resolved (and no file parsed) for packages without one.
  for (const fs of pkg.fact(syntaxIndex)) {
    for (const make of fs.makes) {
      if ((make.childForFieldName('arguments')?.namedChildCount ?? 0) !== 2) continue;
      const el = make.parent?.type === 'literal_element' ? make.parent.parent : make.parent;
      let lit = el?.type === 'keyed_element' ? el.parent?.parent : undefined;
      if (lit?.type !== 'composite_literal') continue;
      if (lit.parent?.type === 'unary_expression') lit = lit.parent;
      const fn = index.enclosing(lit);
      if (!fn) continue;
      // `v := &T{…}` in the function that sends.
      const list = lit.parent;
      const decl = list?.parent;
      if (list?.type === 'expression_list' && decl?.type === 'short_var_declaration' && decl.childForFieldName('right')?.id === list.id) {
        const i = list.namedChildren.findIndex((c) => c?.id === lit!.id);
        const name = decl.childForFieldName('left')?.namedChild(i);
        if (name) tryDecl(declaredBy(fn, name), fn);
      }
      // A package function that only builds and returns it: every local its callers make with it.
      if (!fn.recvType && !constructors.has(fn) && pureConstructor(fn, index)) {
        constructors.add(fn);
        for (const site of index.callsTo(fn)) {
          const caller = index.enclosing(site.call);
          const l = site.call.parent;
          const sv = l?.parent;
          if (!caller || l?.type !== 'expression_list' || sv?.type !== 'short_var_declaration' || l.namedChildCount !== 1) continue;
          const name = sv.childForFieldName('left')?.namedChild(0);
          if (name) tryDecl(declaredBy(caller, name), caller);
        }
      }
    }
  }
  return out;
}

/** The declaration a declaring identifier makes (`v` of `v := …`). */
function declaredBy(fn: FuncInfo, id: Node): Decl | undefined {
  const res = fn.resolution();
  return res.declOf(id) ?? res.decls.find((d) => d.node.id === id.id);
}

function prefill(d: Decl, fn: FuncInfo, index: PackageIndex): PrefillLeak | undefined {
  if (!d.init) return undefined;
  const init = unparen(d.init);
  let lit: Node | undefined;
  let type = builtType(init);
  if (type) lit = init;
  else if (init.type === 'call_expression') {
    const callee = index.calleeOf(init.childForFieldName('function')!, fn.resolution());
    if (!callee?.usable || callee.recvType) return undefined;
    lit = pureConstructor(callee, index);
    type = builtType(lit);
    if (!type || typeName(callee.node.childForFieldName('result')) !== type) return undefined;
  }
  if (!lit || !type) return undefined;
  const caps = literalCapacities(lit, index);
  if (caps.size === 0) return undefined;
  // The statements after the declaration, in the list that holds it.
  let stmt: Node | null = d.node;
  while (stmt && stmt.parent && stmt.parent.type !== 'statement_list') stmt = stmt.parent;
  const list = stmt?.parent;
  if (!stmt || !list) return undefined;
  const after = list.namedChildren.filter((c): c is Node => !!c && c.startIndex > stmt!.startIndex);
  const w: Walk = { counts: new Map(), caps };
  const step = walk(after, d, fn, w, index, type, 0);
  if (!step.done || !step.leak) return undefined;
  return {
    send: step.leak.send,
    file: step.leak.file,
    fn: step.leak.fn,
    chan: `${type}.${step.leak.field}`,
    capacity: caps.get(step.leak.field)!,
    earlier: w.counts.get(step.leak.field) ?? [],
    value: d.name,
    maker: fn.displayName,
    made: { node: d.init, file: fn.file },
  };
}

export const prefills: Fact<PrefillLeak[]> = {
  key: 'prefills',
  compute: computePrefills,
};
