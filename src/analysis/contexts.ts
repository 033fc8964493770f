import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { isCommandFile, packageIndex, runnerLabel, type CallSite, type FuncInfo, type PackageIndex } from './funcs';
import type { Decl } from './scope';
import { codeMatches } from '../source/lex';
import { harmlessMethods } from './workers';
import { calleeText, unconditionalLoop, communicationReceiveOperand, comparedWithNil, contains, escapeRe, findBelow, isExported, isFuncNode, isTimerReceive, isWayOut, listItems, operatorOf, parentSkippingParens, unparen } from './syntax';

/**
 * Contexts nobody cancels (orphan-receive's context model). A context made by `context.WithCancel(parent)` is done
 * only when its cancel function runs or its parent is done. When the parent can never be done
 * (`context.Background()`, `context.TODO()`, or itself such a context) and the code shows that the cancel function
 * can never run, `<-ctx.Done()` outside a `select` blocks forever: its channel is never closed.
 *
 * Only what the package's text makes certain counts:
 * - the cancel is discarded (`ctx, _ := context.WithCancel(…)`);
 * - it is stored in an unexported field that nothing in the package reads (`ctx, r.cancel = …`);
 * - it is kept only in a struct value (`&T{cancel: cancel}`, `v.cancel = …` on a local `v := &T{…}`) whose
 *   maker never calls a method of T that uses the field, never lets the value go anywhere else, and either keeps it
 *   or returns it from an unexported function every caller of which discards the result.
 * A parent that is a parameter counts only for an unexported function whose every call in the package passes such a
 * context; a field counts only when it is unexported and every assignment to a field of that name in the package
 * gives such a context. `WithTimeout` / `WithDeadline` contexts end on their own and are never followed.
 */

export interface Place {
  file: SourceFile;
  node: Node;
}

/** How the cancel function of a context is lost. */
export type LostCancel =
  /** `ctx, _ := context.WithCancel(…)`: `node` is the `_`. */
  | { kind: 'discarded'; file: SourceFile; node: Node }
  /** Stored in `holder.field`, an unexported field nothing in the package reads: `node` is the assignment target. */
  | { kind: 'unread-field'; field: string; file: SourceFile; node: Node }
  /**
   * Kept only in a value of `type` made at `node` in `fn`, in its field `field`; the methods that use the field are
   * never called on it. `discardedBy`: the calls of `fn` that throw away the value `fn` returns (empty when `fn`
   * keeps the value to itself).
   */
  | { kind: 'kept-by-value'; type: string; field: string; fn: FuncInfo; file: SourceFile; node: Node; discardedBy: CallSite[]; storedIn?: { type: string; field: string } };

/** A `context.WithCancel` whose context is never done. */
export interface DeadContext {
  file: SourceFile;
  /** The `context.WithCancel(parent)` call. */
  call: Node;
  /** Where the chain of never-done parents starts: `context.Background()` or `context.TODO()`. */
  root: Place;
  lost: LostCancel;
}

/** A receive from the Done channel of a context that is never done. */
export interface UncancelledWait {
  file: SourceFile;
  /** The `<-x.Done()` expression. */
  recv: Node;
  fn: FuncInfo;
  /** Who waits: the function, or the goroutine or literal in it. */
  label: string;
  /** The context expression (`ctx`, `tx.ctx`). */
  ctx: string;
  origin: DeadContext;
  /** Set when the receive is a select case of an endless loop whose only way out is that case: the loop. */
  loop?: Node;
}

/** The calls that make a context a cancel function ends. */
export const WITH_CANCEL: ReadonlySet<string> = new Set(['context.WithCancel', 'context.WithCancelCause']);
/** The contexts that are never done. */
export const ROOTS: ReadonlySet<string> = new Set(['context.Background', 'context.TODO']);
const MAX_DEPTH = 5;


/** A never-done context: where its chain of parents starts, and the nearest WithCancel whose cancel is lost. */
interface Done {
  root: Place;
  origin?: DeadContext;
}
const CYCLE = Symbol('cycle');

/** Every source must be never done (a cycle adds nothing); the first real one names the chain. */
function combine(sources: (Done | typeof CYCLE | undefined)[]): Done | typeof CYCLE | undefined {
  if (sources.length === 0 || sources.some((x) => x === undefined)) return undefined;
  const real = sources.filter((x): x is Done => x !== CYCLE);
  if (real.length === 0) return CYCLE;
  // Prefer a source that went through a dead WithCancel, and one whose root is a real Background/TODO.
  const isRoot = (x: Done) => x.root.node.type === 'call_expression' && ROOTS.has(calleeText(x.root.node) ?? '');
  const best = real.find((x) => x.origin && isRoot(x)) ?? real.find((x) => x.origin) ?? real[0];
  const root = real.find(isRoot)?.root;
  if (isRoot(best) || !root) return best;
  // `ctx, r.cancel = context.WithCancel(ctx)` met through its own cycle: its chain starts where the other source's does.
  return { root, origin: best.origin && { ...best.origin, root } };
}

/** What an assignment gives the target `t` (an identifier or selector on its left side). */
type Assigned = { kind: 'origin'; call: Node; cancel: Node } | { kind: 'value'; value: Node };

function assignedTo(t: Node): Assigned | undefined {
  const list = parentSkippingParens(t);
  const stmt = list?.type === 'expression_list' ? list.parent : list;
  if (!list || !stmt) return undefined;
  let left: (Node | undefined)[];
  let right: (Node | undefined)[];
  if (stmt.type === 'var_spec') {
    left = stmt.childrenForFieldName('name').map((n) => n ?? undefined);
    right = listItems(stmt.childForFieldName('value'));
  } else if (stmt.type === 'short_var_declaration' || (stmt.type === 'assignment_statement' && operatorOf(stmt) === '=')) {
    if (stmt.childForFieldName('left')?.id !== list.id) return undefined;
    left = listItems(stmt.childForFieldName('left'));
    right = listItems(stmt.childForFieldName('right'));
  } else return undefined;
  const i = left.findIndex((x) => x?.id === t.id);
  if (i < 0) return undefined;
  const only = right.length === 1 ? unparen(right[0]!) : undefined;
  if (only?.type === 'call_expression' && WITH_CANCEL.has(calleeText(only) ?? '') && left.length === 2) {
    return i === 0 ? { kind: 'origin', call: only, cancel: left[1]! } : undefined;
  }
  return right.length === left.length && right[i] ? { kind: 'value', value: right[i]! } : undefined;
}

/** Is the identifier or selector `t` written (on the left of `=` or `:=`) rather than read? */
function isWrite(t: Node): boolean {
  const list = parentSkippingParens(t);
  const stmt = list?.type === 'expression_list' ? list.parent : undefined;
  return (stmt?.type === 'assignment_statement' || stmt?.type === 'short_var_declaration') && stmt.childForFieldName('left')?.id === list!.id;
}

const isAddressTaken = (n: Node) => {
  const p = parentSkippingParens(n);
  return p?.type === 'unary_expression' && operatorOf(p) === '&';
};

class ContextModel {
  private readonly index: PackageIndex;
  private readonly memo = new Map<string, Done | typeof CYCLE | null>();
  private readonly fieldUses = new Map<string, { writes: Place[]; reads: Place[]; keyed: Place[] }>();

  constructor(private readonly pkg: Package) {
    this.index = pkg.fact(packageIndex);
  }

  private fileOf(n: Node): SourceFile | undefined {
    return this.pkg.fileOf(n.tree);
  }

  /** Is the context expression `e` never done? Returns where its chain starts and the nearest dead WithCancel. */
  neverDone(e: Node, depth = 0): Done | undefined {
    const got = this.done(e, depth);
    return got === CYCLE ? undefined : got;
  }

  /**
   * `neverDone`, where a context that depends on itself (`ctx, c.cancel = context.WithCancel(ctx)` on a parameter
   * or variable `ctx`) gives CYCLE: a loop of derivations adds no way to be done, so the other sources decide.
   */
  private done(e: Node, depth: number): Done | typeof CYCLE | undefined {
    const u = unparen(e);
    const file = this.fileOf(u);
    if (!file || depth > MAX_DEPTH) return undefined;
    if (u.type === 'call_expression') return ROOTS.has(calleeText(u) ?? '') && u.childForFieldName('arguments')?.namedChildCount === 0 ? { root: { file, node: u } } : undefined;
    let key: string;
    let compute: () => Done | typeof CYCLE | undefined;
    if (u.type === 'selector_expression') {
      const field = u.childForFieldName('field')?.text;
      if (!field) return undefined;
      const type = this.typeOf(u.childForFieldName('operand'));
      key = `field:${type ?? '?'}.${field}`;
      compute = () => this.fieldNeverDone(type, field, depth);
    } else if (u.type === 'identifier') {
      const fn = this.index.enclosing(u);
      const d = fn?.resolution().declOf(u);
      if (!fn || !d || (d.kind !== 'param' && d.kind !== 'var') || d.refs.some(isAddressTaken)) return undefined;
      key = `decl:${file.path}:${d.node.startIndex}`;
      compute = () => this.declNeverDone(d, fn, depth);
    } else return undefined;
    if (this.memo.has(key)) return this.memo.get(key) ?? undefined;
    this.memo.set(key, CYCLE);
    const found = compute();
    this.memo.set(key, found ?? null);
    return found;
  }

  /** A local variable or parameter: every value it can hold (each assignment, and for a parameter each call's argument). */
  private declNeverDone(d: Decl, fn: FuncInfo, depth: number): Done | typeof CYCLE | undefined {
    const sources: (Done | typeof CYCLE | undefined)[] = [];
    if (d.kind === 'param') {
      if (d.fn.id !== fn.node.id || isExported(fn.name) || d.index < 0) return undefined;
      const calls = this.onlyCalls(fn);
      if (!calls || calls.length === 0) return undefined;
      for (const c of calls) {
        const arg = c.call.childForFieldName('arguments')?.namedChild(d.index);
        sources.push(arg ? this.done(arg, depth + 1) : undefined);
        if (!sources[sources.length - 1]) return undefined;
      }
    } else sources.push(this.written(d.node, fn, depth));
    for (const w of d.refs.filter(isWrite)) {
      sources.push(this.written(w, fn, depth));
      if (!sources[sources.length - 1]) return undefined;
    }
    return combine(sources);
  }

  /** What the write `w` (an assignment target) gives: a dead WithCancel, or a never-done value. */
  private written(w: Node, fn: FuncInfo, depth: number): Done | typeof CYCLE | undefined {
    const a = assignedTo(w);
    if (!a) return undefined;
    if (a.kind === 'value') return this.done(a.value, depth + 1);
    const origin = this.deadWithCancel(a.call, a.cancel, fn, depth);
    return origin && { root: origin.root, origin };
  }

  /** `context.WithCancel(parent)` whose parent is never done and whose cancel (the target `cancel`) never runs. */
  private deadWithCancel(call: Node, cancel: Node, fn: FuncInfo, depth: number): DeadContext | undefined {
    const file = this.fileOf(call);
    const parent = call.childForFieldName('arguments')?.namedChild(0);
    if (!file || !parent) return undefined;
    const p = this.done(parent, depth + 1);
    if (!p) return undefined;
    const lost = this.lostCancel(cancel, fn);
    if (!lost) return undefined;
    // A parent that is this very context again (`ctx, r.cancel = context.WithCancel(ctx)`): its root is found
    // through the other sources, so name the call itself until then.
    return { file, call, root: p === CYCLE ? { file, node: parent } : p.root, lost };
  }

  /**
   * The calls of `fn`, when its name is used nowhere else in the package (no method values, no other use). For a
   * method whose name other types share, each `x.name(…)` must show x's type: those of fn's type are its calls.
   */
  private onlyCalls(fn: FuncInfo): CallSite[] | undefined {
    const token = `\\b${escapeRe(fn.name)}\\b`;
    if (fn.recvType && this.index.method(fn.recvType, fn.name) !== fn) return undefined;
    const calls: CallSite[] = [];
    for (const file of this.pkg.files) {
      if (!file.text.includes(fn.name)) continue;
      const found = [...codeMatches(file.text, token)];
      if (found.length === 0 || !file.tree) continue;
      for (const m of found) {
        const id = file.rootAt(m.index)?.descendantForIndex(m.index, m.index + fn.name.length);
        if (!id) return undefined;
        const p = id.parent;
        if (p?.type === 'function_declaration' || p?.type === 'method_declaration') {
          if (p.childForFieldName('name')?.id === id.id && (p.type === 'method_declaration' || !fn.recvType)) continue;
          return undefined;
        }
        if (!fn.recvType) {
          const call = id.parent;
          if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== id.id) return undefined;
          calls.push({ file, call });
          continue;
        }
        const call = p?.type === 'selector_expression' && p.childForFieldName('field')?.id === id.id ? p.parent : null;
        if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== p!.id) return undefined;
        const type = this.typeOf(p!.childForFieldName('operand'));
        if (type === undefined) return undefined;
        if (type === fn.recvType) calls.push({ file, call });
      }
    }
    return calls;
  }

  /**
   * The struct type of a selector's operand, when the text shows it: a method's receiver, a parameter or `var` of
   * type `T` / `*T`, a local made by `&T{…}`, `T{…}` or `new(T)`. Undefined when unknown.
   */
  typeOf(operand: Node | null | undefined): string | undefined {
    const u = operand && unparen(operand);
    if (u?.type !== 'identifier') return undefined;
    const fn = this.index.enclosing(u);
    const d = fn?.resolution().declOf(u);
    if (!fn || !d) return undefined;
    if (d.kind === 'receiver') return d.fn.id === fn.node.id ? fn.recvType : undefined;
    const decl = d.node.parent;
    const declared = decl?.type === 'parameter_declaration' || decl?.type === 'var_spec' ? decl.childForFieldName('type') : null;
    if (declared) return /^\*?\s*([A-Za-z_]\w*)\s*(?:\[.*\])?$/.exec(declared.text)?.[1];
    const init = d.kind === 'var' && d.init ? unparen(d.init) : undefined;
    const lit = init?.type === 'unary_expression' && operatorOf(init) === '&' ? unparen(init.childForFieldName('operand')!) : init;
    if (lit?.type === 'composite_literal') return literalType(lit);
    if (lit?.type === 'call_expression' && calleeText(lit) === 'new') return /^\(\s*([A-Za-z_]\w*)\s*\)$/.exec(lit.childForFieldName('arguments')?.text ?? '')?.[1];
    return undefined;
  }

  /** Uses of field `field` of type `type` (or of a value whose type is unknown): those of other types left out. */
  private usesOfTypeField(type: string | undefined, field: string): { writes: Place[]; reads: Place[]; keyed: Place[] } {
    const all = this.usesOfField(field);
    if (!type) return all;
    // The same field through an embedding: `s.cancel` of an outer type that embeds the inner one declaring it
    // (`type SQLiteStore struct { DataStore }`), and `ds.cancel` in the inner type's own methods.
    const promoted = (t: string) =>
      (this.index.embeds(type, t) && this.index.fieldType(t, field) !== undefined) || (this.index.embeds(t, type) && this.index.fieldType(type, field) !== undefined);
    const mine = (p: Place) => {
      const t = this.typeOf(p.node.childForFieldName('operand'));
      return t === undefined || t === type || promoted(t);
    };
    const keyedMine = (p: Place) => {
      const lit = p.node.parent?.parent;
      const t = lit?.type === 'composite_literal' ? literalType(lit) : undefined;
      return t === undefined || t === type;
    };
    return { writes: all.writes.filter(mine), reads: all.reads.filter(mine), keyed: all.keyed.filter(keyedMine) };
  }

  /** The writes, reads and literal keys of fields named `field`, anywhere in the package (found from the text). */
  private usesOfField(field: string): { writes: Place[]; reads: Place[]; keyed: Place[] } {
    let uses = this.fieldUses.get(field);
    if (uses) return uses;
    uses = { writes: [], reads: [], keyed: [] };
    const token = `\\b${escapeRe(field)}\\b`;
    for (const file of this.pkg.files) {
      if (!file.text.includes(field)) continue;
      const found = [...codeMatches(file.text, token)];
      if (found.length === 0 || !file.tree) continue;
      for (const m of found) {
        const id = file.rootAt(m.index)?.descendantForIndex(m.index, m.index + field.length);
        if (!id || id.text !== field) continue;
        const p = id.parent;
        if (id.type === 'field_identifier' && p?.type === 'selector_expression' && p.childForFieldName('field')?.id === id.id) {
          (isWrite(p) ? uses.writes : uses.reads).push({ file, node: p });
        } else if (p?.type === 'literal_element' && p.parent?.type === 'keyed_element' && p.parent.childForFieldName('key')?.id === p.id) {
          uses.keyed.push({ file, node: p.parent });
        }
      }
    }
    this.fieldUses.set(field, uses);
    return uses;
  }

  /** An unexported field every assignment of which (by name, anywhere in the package) gives a never-done context. */
  private fieldNeverDone(type: string | undefined, field: string, depth: number): Done | typeof CYCLE | undefined {
    if (isExported(field)) return undefined;
    const uses = this.usesOfTypeField(type, field);
    if (uses.writes.length + uses.keyed.length === 0 || uses.reads.some((r) => isAddressTaken(r.node))) return undefined;
    const sources: (Done | typeof CYCLE | undefined)[] = [];
    for (const w of uses.writes) {
      const fn = this.index.enclosing(w.node);
      sources.push(fn && this.written(w.node, fn, depth));
      if (!sources[sources.length - 1]) return undefined;
    }
    for (const k of uses.keyed) {
      const value = k.node.childForFieldName('value')?.namedChild(0);
      sources.push(value ? this.done(value, depth + 1) : undefined);
      if (!sources[sources.length - 1]) return undefined;
    }
    return combine(sources);
  }

  /** How the cancel target of a WithCancel (`_`, a local, a field) is lost; undefined when it may run. */
  private lostCancel(target: Node, fn: FuncInfo): LostCancel | undefined {
    const file = this.fileOf(target);
    const u = unparen(target);
    if (!file) return undefined;
    if (u.type === 'identifier' && u.text === '_') return { kind: 'discarded', file, node: u };
    if (u.type === 'identifier') {
      const d = fn.resolution().declOf(u);
      if (!d || d.kind !== 'var') return undefined;
      const uses = d.refs.filter((r) => !isWrite(r));
      if (uses.length !== 1) return undefined;
      // `&T{…, f: cancel}`: the value that holds it.
      const el = uses[0].parent;
      const kv = el?.type === 'literal_element' ? el.parent : null;
      if (kv?.type !== 'keyed_element' || kv.childForFieldName('value')?.id !== el!.id) return undefined;
      const field = kv.childForFieldName('key')?.text;
      const lit = kv.parent?.type === 'literal_value' ? kv.parent.parent : null;
      if (!field || lit?.type !== 'composite_literal') return undefined;
      return this.keptByValue(lit, field, fn);
    }
    if (u.type !== 'selector_expression') return undefined;
    const field = u.childForFieldName('field')?.text;
    const operand = u.childForFieldName('operand');
    if (!field || !operand || isExported(field)) return undefined;
    const holderType = this.typeOf(operand);
    if (holderType && this.usesOfTypeField(holderType, field).reads.length === 0) return { kind: 'unread-field', field, file, node: u };
    // `v.cancel = …` on a local `v := &T{…}`.
    const d = operand.type === 'identifier' ? fn.resolution().declOf(operand) : undefined;
    const init = d?.kind === 'var' && d.init ? unparen(d.init) : undefined;
    const lit = init?.type === 'unary_expression' && operatorOf(init) === '&' ? unparen(init.childForFieldName('operand')!) : init;
    return lit?.type === 'composite_literal' ? this.keptByValue(lit, field, fn) : undefined;
  }

  /**
   * The cancel sits in field `field` of the value the composite literal `lit` makes in `fn`: lost when no method of
   * its type that reads the field (through its receiver) is ever invoked on that value, and the value goes nowhere
   * else. Where it may go: its maker's return (to callers that all discard it), a field of another fresh value that
   * holds it (`&U{back: v}`, whose methods never read that field), and, for a value made in a method, a slice field
   * of that method's receiver (`r.list = append(r.list, v)`) that nothing invoked on the receiver reads.
   */
  private keptByValue(lit: Node, field: string, fn: FuncInfo): LostCancel | undefined {
    const file = this.fileOf(lit);
    const type = literalType(lit);
    if (!file || !type || isExported(field)) return undefined;
    const readers = this.readersOf(type, field);
    if (!readers) return undefined;
    let made: Node = lit;
    if (made.parent?.type === 'unary_expression' && operatorOf(made.parent) === '&') made = made.parent;
    const list = parentSkippingParens(made);
    let uses: ValueUses | undefined;
    if (list?.type === 'expression_list' && list.parent?.type === 'return_statement') {
      if (list.namedChild(0)?.id !== made.id) return undefined;
      uses = { invoked: new Set(), containers: new Set(), returned: true, storedIn: [] };
    } else {
      if (list?.type !== 'expression_list' || list.parent?.type !== 'short_var_declaration' || list.namedChildCount !== 1) return undefined;
      const left = listItems(list.parent.childForFieldName('left'));
      const v = left.length === 1 && left[0]?.type === 'identifier' ? fn.resolution().declOf(left[0]) : undefined;
      if (!v || v.node.id !== left[0]!.id) return undefined;
      uses = this.valueUses(v, type, fn, field, 0);
    }
    if (!uses || !this.neverInvoked(type, uses, readers)) return undefined;
    // Stored in a slice field of fn's receiver: every value fn runs on must keep that field unread.
    for (const st of uses.storedIn) {
      const calls = this.onlyCalls(fn);
      if (!calls || calls.length === 0 || isExported(fn.name)) return undefined;
      for (const c of calls) {
        const f = c.call.childForFieldName('function');
        const operand = f?.type === 'selector_expression' ? f.childForFieldName('operand') : null;
        const caller = this.index.enclosing(c.call);
        const owner = operand?.type === 'identifier' && caller ? caller.resolution().declOf(operand) : undefined;
        const init = owner?.kind === 'var' && owner.init ? unparen(owner.init) : undefined;
        const ownerLit = init?.type === 'unary_expression' && operatorOf(init) === '&' ? unparen(init.childForFieldName('operand')!) : init;
        if (!owner || !caller || ownerLit?.type !== 'composite_literal' || literalType(ownerLit) !== st.type) return undefined;
        const ownerUses = this.valueUses(owner, st.type, caller, undefined, 0);
        const containerReaders = this.readersOf(st.type, st.field, true);
        if (!ownerUses || ownerUses.returned || !containerReaders || !this.neverInvoked(st.type, ownerUses, containerReaders)) return undefined;
      }
    }
    if (!uses.returned) return { kind: 'kept-by-value', type, field, fn, file, node: made, discardedBy: [], storedIn: uses.storedIn[0] };
    if (isExported(fn.name) || uses.storedIn.length > 0) return undefined;
    const calls = this.onlyCalls(fn);
    if (!calls || calls.length === 0) return undefined;
    if (!calls.every((c) => ['expression_statement', 'go_statement', 'defer_statement'].includes(parentSkippingParens(c.call)?.type ?? ''))) return undefined;
    return { kind: 'kept-by-value', type, field, fn, file, node: made, discardedBy: calls };
  }

  /**
   * The methods of `type` that read its field `field` through their receiver; undefined when the field is read any
   * other way (through a local or parameter whose type the text shows as `type`, or does not show). With
   * `container`, the reads inside `r.f = append(r.f, …)` do not count.
   */
  private readersOf(type: string, field: string, container = false): Set<string> | undefined {
    const out = new Set<string>();
    for (const r of this.usesOfTypeField(type, field).reads) {
      if (container && selfAppend(r.node)) continue;
      const operand = r.node.childForFieldName('operand');
      const m = this.index.enclosing(r.node);
      const d = operand?.type === 'identifier' && m ? m.resolution().declOf(operand) : undefined;
      if (d?.kind !== 'receiver' || !m) return undefined;
      if (m.recvType === type) out.add(m.name);
    }
    return out;
  }

  /** Is no reader of the field invoked on the value, and no reader of a slice field that holds what refers back to it? */
  private neverInvoked(type: string, uses: ValueUses, readers: Set<string>): boolean {
    for (const m of uses.invoked) if (readers.has(m)) return false;
    for (const g of uses.containers) {
      const r = this.readersOf(type, g, true);
      if (!r) return false;
      for (const m of uses.invoked) if (r.has(m)) return false;
    }
    return true;
  }

  /**
   * The uses of a value of `type` held by `v` (a local of `fn`, or a method's receiver at depth > 0): the methods of
   * `type` invoked on it (following those methods' own uses of their receiver), the slice fields of it that store
   * values referring back to it, whether it is returned, and the slice fields of fn's receiver it is stored in.
   * Undefined when it may go anywhere else. `field` (the cancel's field) may only be written at the top level.
   */
  private valueUses(v: Decl, type: string, fn: FuncInfo, field: string | undefined, depth: number, acc?: ValueUses, seen = new Set<string>()): ValueUses | undefined {
    const out: ValueUses = acc ?? { invoked: new Set(), containers: new Set(), returned: false, storedIn: [] };
    if (depth > 4) return undefined;
    const res = fn.resolution();
    for (const r of v.refs) {
      if (comparedWithNil(r)) continue;
      const p = parentSkippingParens(r);
      if (p?.type === 'expression_list' && p.parent?.type === 'return_statement' && p.namedChild(0)?.id === r.id && depth === 0) {
        out.returned = true;
        continue;
      }
      if (p?.type === 'selector_expression' && p.childForFieldName('operand')?.id === r.id) {
        const g = p.childForFieldName('field')?.text ?? '';
        const called = p.parent?.type === 'call_expression' && p.parent.childForFieldName('function')?.id === p.id;
        const m = this.index.method(type, g);
        if (m) {
          if (!called) return undefined; // a method value may run anywhere
          out.invoked.add(g);
          if (seen.has(g)) continue;
          seen.add(g);
          const recv = m.receiver();
          if (recv && !this.valueUses(recv, type, m, undefined, depth + 1, out, seen)) return undefined;
          continue;
        }
        if (called || this.index.hasMethodNamed(g)) return undefined; // a promoted method or a func field: may run anything
        if (g === field && !isWrite(p)) return undefined;
        continue;
      }
      // `&U{back: v}` held by a local w that never reads `back` and goes nowhere but a slice field of v.
      const el = r.parent;
      const kv = el?.type === 'literal_element' ? el.parent : null;
      if (kv?.type === 'keyed_element' && kv.childForFieldName('value')?.id === el!.id && !field) {
        const back = kv.childForFieldName('key')?.text;
        const lit = kv.parent?.type === 'literal_value' ? kv.parent.parent : null;
        const holderType = lit?.type === 'composite_literal' ? literalType(lit) : undefined;
        let made: Node | null | undefined = lit;
        if (made?.parent?.type === 'unary_expression' && operatorOf(made.parent) === '&') made = made.parent;
        const list = made && parentSkippingParens(made);
        const left = list?.type === 'expression_list' && list.parent?.type === 'short_var_declaration' && list.namedChildCount === 1 ? listItems(list.parent.childForFieldName('left')) : [];
        const w = left.length === 1 && left[0]?.type === 'identifier' ? res.declOf(left[0]) : undefined;
        if (!back || !holderType || !w || w.node.id !== left[0]!.id || !this.holderStaysPut(w, holderType, back, v, res, out)) return undefined;
        continue;
      }
      // `x.list = append(x.list, v)` with x fn's receiver (only for the value a method makes: depth 0).
      const target = depth === 0 && !acc ? appendTarget(r) : undefined;
      const recv = fn.receiver();
      const x = target?.childForFieldName('operand');
      if (target && recv && fn.recvType && x?.type === 'identifier' && res.declOf(x) === recv) {
        out.storedIn.push({ type: fn.recvType, field: target.childForFieldName('field')!.text });
        continue;
      }
      return undefined;
    }
    return out;
  }

  /**
   * `w := &U{back: v}`: w never reads `back`, calls only methods of U that leave `back` and their receiver alone,
   * and goes nowhere but `v.list = append(v.list, w)` (recorded as a container of v).
   */
  private holderStaysPut(w: Decl, type: string, back: string, v: Decl, res: ReturnType<FuncInfo['resolution']>, out: ValueUses): boolean {
    const harmless = harmlessMethods(type, new Set(), new Set([back]), this.index);
    for (const r of w.refs) {
      if (comparedWithNil(r)) continue;
      const p = parentSkippingParens(r);
      if (p?.type === 'selector_expression' && p.childForFieldName('operand')?.id === r.id) {
        const g = p.childForFieldName('field')?.text ?? '';
        const called = p.parent?.type === 'call_expression' && p.parent.childForFieldName('function')?.id === p.id;
        if (this.index.method(type, g)) {
          if (!called || !harmless(g)) return false;
        } else if (called || this.index.hasMethodNamed(g) || (g === back && !isWrite(p))) return false;
        continue;
      }
      const target = appendTarget(r);
      const x = target?.childForFieldName('operand');
      if (target && x?.type === 'identifier' && res.declOf(x) === v) {
        out.containers.add(target.childForFieldName('field')!.text);
        continue;
      }
      return false;
    }
    return true;
  }

  /** Every `<-x.Done()` outside a select (or alone in one) whose context is never done. */
  waits(): UncancelledWait[] {
    const out: UncancelledWait[] = [];
    const re = /\.\s*Done\s*\(\s*\)/g;
    for (const file of this.pkg.files) {
      // Only a receive (`<-x.Done()`) is looked for: a file without `<-` in its text is not parsed for it.
      if (!file.text.includes('.Done()') || !file.text.includes('<-') || isCommandFile(file) || !file.tree) continue;
      for (const m of file.text.matchAll(re)) {
        const at = m.index! + m[0].indexOf('Done');
        const id = file.rootAt(at)?.descendantForIndex(at, at + 4);
        const sel = id?.parent;
        const call = sel?.parent;
        if (id?.type !== 'field_identifier' || sel?.type !== 'selector_expression' || call?.type !== 'call_expression') continue;
        const recv = parentSkippingParens(call);
        if (recv?.type !== 'unary_expression' || operatorOf(recv) !== '<-') continue;
        const loop = blocksAlone(recv) ? undefined : onlyWayOut(recv, sel.childForFieldName('operand')?.text ?? '');
        if (!blocksAlone(recv) && !loop) continue;
        const ctx = sel.childForFieldName('operand');
        const fn = this.index.enclosing(recv);
        if (!ctx || !fn) continue;
        const found = this.neverDone(ctx);
        if (!found?.origin) continue;
        out.push({ file, recv, fn, label: runnerLabel(recv, fn), ctx: unparen(ctx).text, origin: found.origin, loop });
      }
    }
    return out;
  }
}

/** What a value goes through: see ContextModel.valueUses. */
interface ValueUses {
  invoked: Set<string>;
  containers: Set<string>;
  returned: boolean;
  storedIn: { type: string; field: string }[];
}

/** `x.f = append(x.f, r)` with `r` the appended value (a direct argument after the first): the selector `x.f`. */
function appendTarget(r: Node): Node | undefined {
  const args = parentSkippingParens(r);
  const call = args?.type === 'argument_list' ? args.parent : null;
  if (!call || call.type !== 'call_expression' || calleeText(call) !== 'append' || args!.namedChild(0)?.id === r.id) return undefined;
  const list = call.parent;
  const stmt = list?.type === 'expression_list' ? list.parent : null;
  if (stmt?.type !== 'assignment_statement' || operatorOf(stmt) !== '=' || list!.namedChildCount !== 1) return undefined;
  const left = listItems(stmt.childForFieldName('left'));
  const target = left.length === 1 ? left[0] && unparen(left[0]) : undefined;
  const first = args!.namedChild(0);
  return target?.type === 'selector_expression' && first && unparen(first).text === target.text ? target : undefined;
}

/** Is the selector `x.f` the first argument of `x.f = append(x.f, …)`? */
function selfAppend(sel: Node): boolean {
  const args = parentSkippingParens(sel);
  const call = args?.type === 'argument_list' ? args.parent : null;
  if (!call || calleeText(call) !== 'append' || args!.namedChild(0)?.id !== sel.id) return false;
  const list = call.parent;
  const stmt = list?.type === 'expression_list' ? list.parent : null;
  const left = stmt?.type === 'assignment_statement' ? listItems(stmt.childForFieldName('left')) : [];
  return left.length === 1 && !!left[0] && unparen(left[0]).text === sel.text;
}

/** The named type of a composite literal (`T{…}`, `T[int]{…}`), else undefined. */
function literalType(lit: Node): string | undefined {
  const t = lit.childForFieldName('type');
  return t?.type === 'generic_type' ? t.childForFieldName('type')?.text : t?.type === 'type_identifier' ? t.text : undefined;
}

/** Is the receive `recv` a statement of its own, or the only case of a select without default? */
function blocksAlone(recv: Node): boolean {
  const stmt = parentSkippingParens(recv);
  if (stmt?.type !== 'expression_statement' && stmt?.type !== 'receive_statement' && !(stmt?.type === 'expression_list' && stmt.parent?.type === 'short_var_declaration')) return false;
  const holder = stmt.type === 'expression_list' ? stmt.parent! : stmt;
  const clause = holder.parent;
  if (clause?.type === 'communication_case') {
    const sel = clause.parent;
    return !!sel && sel.namedChildren.filter((c) => c?.type === 'communication_case' || c?.type === 'default_case').length === 1;
  }
  return stmt.type === 'expression_statement';
}

const BREAKABLE = new Set(['for_statement', 'select_statement', 'expression_switch_statement', 'type_switch_statement']);

/**
 * `case <-ctx.Done(): return` in a select of an endless loop (`for {`, or a `for` clause without condition) whose
 * other cases are timers, and whose every way out (return, goto, panic, a break that leaves the loop) sits in a case
 * receiving `ctx.Done()`: the loop. A retry or poll loop that only its context can end.
 */
function onlyWayOut(recv: Node, ctx: string): Node | undefined {
  const stmt = parentSkippingParens(recv);
  const clause = stmt?.type === 'expression_statement' || stmt?.type === 'receive_statement' ? stmt.parent : undefined;
  const select = clause?.type === 'communication_case' ? clause.parent : undefined;
  if (!clause || select?.type !== 'select_statement') return undefined;
  const cases = select.namedChildren.filter((c): c is Node => c !== null && (c.type === 'communication_case' || c.type === 'default_case'));
  if (cases.some((c) => c.id !== clause.id && (c.type === 'default_case' || !isTimerReceive(c.childForFieldName('communication'))))) return undefined;
  let loop: Node | null = select.parent;
  while (loop && loop.type !== 'for_statement' && !isFuncNode(loop)) loop = loop.parent;
  if (!loop || loop.type !== 'for_statement') return undefined;
  if (!unconditionalLoop(loop)) return undefined;
  const isDoneCase = (c: Node) => {
    const op = communicationReceiveOperand(c.childForFieldName('communication'));
    const call = op && unparen(op);
    const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
    return f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Done' && f.childForFieldName('operand')?.text === ctx;
  };
  const doneCases = findBelow(loop, (n) => n.type === 'communication_case' && isDoneCase(n));
  for (const out of findBelow(loop, isWayOut)) {
    if (out.type === 'break_statement' && !out.namedChild(0)) {
      let p = out.parent;
      while (p && p.id !== loop.id && !BREAKABLE.has(p.type)) p = p.parent;
      if (p && p.id !== loop.id) continue; // leaves an inner select, switch or loop only
    }
    if (!doneCases.some((c) => contains(c, out))) return undefined;
  }
  return findBelow(clause, isWayOut).length > 0 ? loop : undefined;
}


export const uncancelledWaits: Fact<UncancelledWait[]> = {
  key: 'uncancelled-waits',
  compute(pkg: Package): UncancelledWait[] {
    if (!pkg.files.some((f) => f.text.includes('context.WithCancel')) || !pkg.files.some((f) => f.text.includes('.Done()'))) return [];
    return pkg.fact(contextModel).waits();
  },
};

/**
 * The package's context model for other analyses: is a context expression never done (`context.Background()`, a
 * local or field only ever given such a context, or a parameter of an unexported function every call gives one)?
 */
export const contextModel: Fact<{ neverDone(e: Node): boolean; waits(): UncancelledWait[] }> = {
  key: 'context-model',
  compute(pkg: Package) {
    // One model per package, its answers kept, for this fact and uncancelledWaits alike.
    const model = new ContextModel(pkg);
    return { neverDone: (e: Node) => model.neverDone(e) !== undefined, waits: () => model.waits() };
  },
};
