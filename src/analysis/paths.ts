import type { Node } from 'web-tree-sitter';
import type { ChanOp } from './channels';
import { blockStatements, caseStatements, isTerminatingCall } from './syntax';

/**
 * Path counting over Go's structured control flow (no goto): how few receives a goroutine can make before it
 * stops receiving, and how many sends a goroutine can make. Loops are summarised, not unrolled, so the cost
 * is linear in the size of the body.
 */

export type WitnessKind = 'select' | 'default' | 'return' | 'if' | 'switch' | 'end';

/** The place where a path that receives too few times is decided (a select case, an early return …). */
export interface Witness {
  node: Node;
  kind: WitnessKind;
}

interface PV {
  n: number;
  w?: Witness;
}

interface Res {
  fall: PV | null;
  exit: PV | null;
  brk: Map<string, PV>;
}

export class Unsupported extends Error {}

/** Nesting depth beyond which a body is not analysed (keeps recursion far from the stack limit). */
export const MAX_DEPTH = 400;

const EMPTY = new Map<string, PV>();

function decisive(w: Witness | undefined): boolean {
  return w !== undefined && (w.kind === 'select' || w.kind === 'default');
}

function add(prefix: PV, v: PV | null): PV | null {
  if (!v) return null;
  return { n: prefix.n + v.n, w: decisive(prefix.w) ? prefix.w : (v.w ?? prefix.w) };
}

function min(a: PV | null, b: PV | null): PV | null {
  if (!a) return b;
  if (!b) return a;
  if (b.n < a.n || (b.n === a.n && decisive(b.w) && !decisive(a.w))) return b;
  return a;
}

function shift(r: Res, k: number): Res {
  if (k === 0) return r;
  const p = { n: k };
  const brk = new Map<string, PV>();
  for (const [l, v] of r.brk) brk.set(l, add(p, v)!);
  return { fall: add(p, r.fall), exit: add(p, r.exit), brk };
}

function mapRes(r: Res, f: (v: PV) => PV): Res {
  const brk = new Map<string, PV>();
  for (const [l, v] of r.brk) brk.set(l, f(v));
  return { fall: r.fall && f(r.fall), exit: r.exit && f(r.exit), brk };
}

function merge(rs: Res[]): Res {
  let fall: PV | null = null;
  let exit: PV | null = null;
  const brk = new Map<string, PV>();
  for (const r of rs) {
    fall = min(fall, r.fall);
    exit = min(exit, r.exit);
    for (const [l, v] of r.brk) brk.set(l, min(brk.get(l) ?? null, v)!);
  }
  return { fall, exit, brk };
}

/** Breaks that leave this statement (`label` '' for unlabeled) continue after it. */
function consumeBreaks(r: Res, labels: string[]): Res {
  let fall = r.fall;
  const brk = new Map(r.brk);
  for (const l of labels) {
    const v = brk.get(l);
    if (v) {
      fall = min(fall, v);
      brk.delete(l);
    }
  }
  return { fall, exit: r.exit, brk };
}

function countIn(nodes: readonly Node[], within: Node | null): number {
  if (!within) return 0;
  let k = 0;
  for (const n of nodes) if (n.startIndex >= within.startIndex && n.endIndex <= within.endIndex) k++;
  return k;
}

export interface CountSummary {
  /** Fewest counted operations on a path that leaves the body (Infinity: no path ends short). */
  min: number;
  witness?: Witness;
}

/** What `minCount` counts in a body. */
export interface CountSpec {
  /** Operations worth one each (receives, or sends). */
  nodes: readonly Node[];
  /** Operations after which the partner never blocks again (`close(ch)`). */
  infinite?: readonly Node[];
  /** `for … range ch` loops over the channel: they receive until it is closed. */
  rangeLoops?: ReadonlySet<number>;
  /** Identifiers of `ok` in `v, ok := <-ch`: a branch on `!ok` runs after the channel was closed. */
  okRefs?: ReadonlySet<number>;
}

/** The fewest receives from the channel that `block` makes on any path that ends. */
export function minReceives(block: Node, ops: readonly ChanOp[]): CountSummary {
  const okRefs = new Set<number>();
  for (const o of ops) for (const r of o.okDecl?.refs ?? []) okRefs.add(r.id);
  return minCount(block, {
    nodes: ops.filter((o) => o.kind === 'recv').map((o) => o.node),
    rangeLoops: new Set(ops.filter((o) => o.kind === 'range').map((o) => o.node.id)),
    okRefs,
  });
}

/** The fewest sends (a close counts as unlimited) that `block` makes on any path that ends. */
export function minSends(block: Node, ops: readonly ChanOp[]): CountSummary {
  const closes = ops.filter((o) => o.kind === 'close');
  if (closes.some((o) => o.deferred)) return { min: Infinity };
  return minCount(block, { nodes: ops.filter((o) => o.kind === 'send' && !o.guarded).map((o) => o.node), infinite: closes.map((o) => o.node) });
}

/**
 * The fewest counted operations that `block` makes on any path that ends (returns, falls off the end, or
 * stops at a select case that does not count), with the place that path is decided.
 * Throws Unsupported for goto or excessive nesting.
 */
export function minCount(block: Node, spec: CountSpec): CountSummary {
  const nodes = spec.nodes;
  const infinite = spec.infinite ?? [];
  const rangeLoops = spec.rangeLoops ?? new Set<number>();
  const okRefs = spec.okRefs ?? new Set<number>();
  const rc = (n: Node | null) => (countIn(infinite, n) > 0 ? Infinity : countIn(nodes, n));
  const hasRangeIn = (n: Node) => n.descendantsOfType('for_statement').some((d) => d !== null && rangeLoops.has(d.id));
  const hasRecv = (n: Node) => rc(n) > 0 || (rangeLoops.size > 0 && hasRangeIn(n));

  /** `!ok` or `ok == false` where ok comes from `v, ok := <-ch`: the branch runs once the channel is closed. */
  const closedCheck = (cond: Node | null): boolean => {
    if (!cond || okRefs.size === 0) return false;
    const t = cond.text;
    if (!/!\s*\w+|==\s*false/.test(t)) return false;
    const stack = [cond];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === 'identifier' && okRefs.has(n.id)) {
        const p = n.parent;
        if (p && ((p.type === 'unary_expression' && p.childForFieldName('operator')?.type === '!') || (p.type === 'binary_expression' && /==\s*false|false\s*==/.test(p.text)))) {
          return true;
        }
      }
      for (let i = 0; i < n.namedChildCount; i++) stack.push(n.namedChild(i)!);
    }
    return false;
  };

  const list = (stmts: Node[], depth: number): Res => {
    let state: PV | null = { n: 0 };
    let exit: PV | null = null;
    const brk = new Map<string, PV>();
    for (const s of stmts) {
      const r = stmt(s, depth, []);
      exit = min(exit, add(state, r.exit));
      for (const [l, v] of r.brk) brk.set(l, min(brk.get(l) ?? null, add(state, v))!);
      state = add(state, r.fall);
      if (!state) break;
    }
    return { fall: state, exit, brk };
  };

  const stamp = (r: Res, w: Witness, force: boolean): Res => mapRes(r, (v) => (force || !v.w ? { n: v.n, w } : v));

  const stmt = (s: Node, depth: number, labels: string[]): Res => {
    if (depth > MAX_DEPTH) throw new Unsupported('nesting too deep');
    const d = depth + 1;
    switch (s.type) {
      case 'block':
        return list(blockStatements(s), d);
      case 'return_statement':
        return { fall: null, exit: { n: rc(s), w: { node: s, kind: 'return' } }, brk: EMPTY };
      case 'break_statement':
        return { fall: null, exit: null, brk: new Map([[s.namedChild(0)?.text ?? '', { n: 0 }]]) };
      case 'continue_statement':
        return { fall: null, exit: null, brk: EMPTY };
      case 'goto_statement':
        throw new Unsupported('goto');
      case 'fallthrough_statement':
        return { fall: { n: 0 }, exit: null, brk: EMPTY };
      case 'labeled_statement': {
        const inner = s.namedChildren.find((c) => c && c.type !== 'label_name' && c.type !== 'comment');
        const label = s.childForFieldName('label')?.text ?? '';
        if (!inner) return { fall: { n: 0 }, exit: null, brk: EMPTY };
        return consumeBreaks(stmt(inner, d, [label]), [label]);
      }
      case 'if_statement': {
        const k = rc(s.childForFieldName('initializer')) + rc(s.childForFieldName('condition'));
        let then = stmt(s.childForFieldName('consequence')!, d, []);
        if (closedCheck(s.childForFieldName('condition'))) then = mapRes(then, () => ({ n: Infinity }));
        const alt = s.childForFieldName('alternative');
        const other: Res = alt ? stmt(alt, d, []) : { fall: { n: 0, w: { node: s, kind: 'if' } }, exit: null, brk: EMPTY };
        return shift(merge([then, other]), k);
      }
      case 'expression_switch_statement':
      case 'type_switch_statement': {
        const k = rc(s.childForFieldName('initializer')) + rc(s.childForFieldName('value'));
        const branches: Res[] = [];
        let hasDefault = false;
        for (const c of s.namedChildren) {
          if (!c || (c.type !== 'expression_case' && c.type !== 'type_case' && c.type !== 'default_case')) continue;
          if (c.type === 'default_case') hasDefault = true;
          branches.push(consumeBreaks(list(caseStatements(c), d), ['']));
        }
        if (!hasDefault) branches.push({ fall: { n: 0, w: { node: s, kind: 'switch' } }, exit: null, brk: EMPTY });
        return shift(merge(branches), k);
      }
      case 'select_statement': {
        const branches: Res[] = [];
        for (const c of s.namedChildren) {
          if (!c || (c.type !== 'communication_case' && c.type !== 'default_case')) continue;
          const comm = c.childForFieldName('communication');
          const kc = rc(comm);
          let r = shift(consumeBreaks(list(caseStatements(c), d), ['']), kc);
          if (kc === 0) {
            r = stamp(r, { node: comm ?? c, kind: c.type === 'default_case' ? 'default' : 'select' }, true);
          }
          branches.push(r);
        }
        return merge(branches); // `select {}` has no branch: it never ends
      }
      case 'for_statement': {
        const body = stmt(s.childForFieldName('body')!, d, []);
        const out = [''].concat(labels);
        const broken = consumeBreaks({ fall: null, exit: body.exit, brk: body.brk }, out);
        if (rangeLoops.has(s.id)) {
          // Receives until the channel is closed; each way out of the body comes after at least one receive.
          const r = shift(broken, 1);
          return { fall: min({ n: Infinity }, r.fall), exit: r.exit, brk: r.brk };
        }
        const clause = s.namedChildren.find((c) => c && (c.type === 'for_clause' || c.type === 'range_clause' || (c.type !== 'block' && c.type !== 'comment')));
        if (!clause) return broken; // `for { … }`: only breaks and returns leave it
        // A counted loop: it may run any number of times. With receives inside, the count is unknown.
        return { fall: min({ n: hasRecv(s) ? Infinity : 0 }, broken.fall), exit: broken.exit, brk: broken.brk };
      }
      case 'expression_statement':
        if (isTerminatingCall(s)) return { fall: null, exit: null, brk: EMPTY };
        return { fall: { n: rc(s) }, exit: null, brk: EMPTY };
      default:
        return { fall: { n: rc(s) }, exit: null, brk: EMPTY };
    }
  };

  const r = list(blockStatements(block), 0);
  const end = r.fall && { n: r.fall.n, w: r.fall.w ?? { node: block, kind: 'end' as const } };
  const best = min(r.exit, end);
  return best ? { min: best.n, witness: best.w } : { min: Infinity };
}

/**
 * The most of the given operations (sends, or receives) that `block` can make on one path (Infinity when one is
 * in a loop). Pass only operations that can block (not guarded by a select).
 */
export function maxCount(block: Node, sends: readonly Node[]): number {
  const sc = (n: Node | null) => countIn(sends, n);
  interface M {
    fall: number | null;
    any: number;
  }
  const list = (stmts: Node[], depth: number): M => {
    let state = 0;
    let any = 0;
    for (const s of stmts) {
      const r = stmt(s, depth);
      any = Math.max(any, state + r.any);
      if (r.fall === null) return { fall: null, any };
      state += r.fall;
      any = Math.max(any, state);
    }
    return { fall: state, any };
  };
  const branches = (ms: M[]): M => {
    let fall: number | null = null;
    let any = 0;
    for (const m of ms) {
      if (m.fall !== null) fall = Math.max(fall ?? 0, m.fall);
      any = Math.max(any, m.any);
    }
    return { fall, any };
  };
  const stmt = (s: Node, depth: number): M => {
    if (depth > MAX_DEPTH) throw new Unsupported('nesting too deep');
    const d = depth + 1;
    switch (s.type) {
      case 'block':
        return list(blockStatements(s), d);
      case 'return_statement':
        return { fall: null, any: sc(s) };
      case 'goto_statement':
        throw new Unsupported('goto');
      case 'labeled_statement': {
        const inner = s.namedChildren.find((c) => c && c.type !== 'label_name' && c.type !== 'comment');
        return inner ? stmt(inner, d) : { fall: 0, any: 0 };
      }
      case 'for_statement': {
        const k = sc(s);
        return k > 0 ? { fall: Infinity, any: Infinity } : { fall: 0, any: 0 };
      }
      case 'if_statement': {
        const k = sc(s.childForFieldName('initializer')) + sc(s.childForFieldName('condition'));
        const alt = s.childForFieldName('alternative');
        const m = branches([stmt(s.childForFieldName('consequence')!, d), alt ? stmt(alt, d) : { fall: 0, any: 0 }]);
        return { fall: m.fall === null ? null : m.fall + k, any: m.any + k };
      }
      case 'expression_switch_statement':
      case 'type_switch_statement':
      case 'select_statement': {
        const ms: M[] = [];
        let hasDefault = s.type === 'select_statement';
        for (const c of s.namedChildren) {
          if (!c || !/_case$/.test(c.type)) continue;
          if (c.type === 'default_case') hasDefault = true;
          const k = sc(c.childForFieldName('communication'));
          const m = list(caseStatements(c), d);
          ms.push({ fall: m.fall === null ? null : m.fall + k, any: m.any + k });
        }
        if (!hasDefault) ms.push({ fall: 0, any: 0 });
        return branches(ms);
      }
      case 'expression_statement':
        if (isTerminatingCall(s)) return { fall: null, any: 0 };
        return { fall: sc(s), any: sc(s) };
      default:
        return { fall: sc(s), any: sc(s) };
    }
  };
  return list(blockStatements(block), 0).any;
}
