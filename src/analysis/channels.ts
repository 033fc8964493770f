import type { Node } from 'web-tree-sitter';
import { deadAfterZeroGuard } from './zerofields';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { syntaxIndex } from './syntax-index';
import { constantsIn, constantTripCount, constantValue, fixedRangeCount, maxCount, onceInLoop, type ConstantOf } from './paths';
import { FuncInfo, intLiteral, packageIndex, PackageIndex } from './funcs';
import { writeOf, type Decl, type Resolution } from './scope';
import { operandType } from './typing';
import { blockStatements, callEnd, exclusiveBranches, calleeText, caseStatements, communicationReceiveOperand, contains, deferredIn, enclosingFuncNode, enclosingLoop, findBelow, isFuncNode, isTimeChannel, literalRunBy, listItems, loopAround, loopHasWayOut, loopHeader, unconditionalLoop, parentSkippingParens, receiveOperand, statementHolder, unparen } from './syntax';

/**
 * Channel facts: every channel made with `make(chan T[, n])` into a local variable, and — when golint-chan can
 * see every use of it — the operations on it, grouped by the goroutine ("body") that performs them.
 */

/** A sequence of statements that one goroutine executes. */
export interface Body {
  /** The block holding the statements. */
  block: Node;
  file: SourceFile;
  /** 'func': a function body run by its caller; 'go': a goroutine started by `go`. */
  kind: 'func' | 'go';
  /** For goroutines: the `go` statement that starts it. */
  goStmt?: Node;
  /** How many copies of this goroutine run: 1, the product of constant loop counts around its go statement,
   * or Infinity for a go statement in any other loop. */
  copies: number;
  /** The top-level function whose code this is. */
  fn: FuncInfo;
  /** Human description: `Get`, `the goroutine in Get`, `worker`. */
  label: string;
  /** A function called synchronously by another body, running in that body's goroutine. */
  sync?: boolean;
  /** For a field of a type: a goroutine started outside the code that makes the value, maybe many times per value. */
  repeatable?: boolean;
  /** For a synchronous callee: how many times one run of its caller calls it (its sends repeat that often). */
  calls?: number;
  /** For a local closure started by several `go name()` statements: each of them (copies counts them all). */
  starts?: Node[];
  /** For a synchronous callee: the one call that runs it for this channel; null when several calls do. */
  callSite?: Node | null;
  /** For a goroutine a synchronous callee starts: the one call of that callee for this channel; null when several. */
  startedBy?: Node | null;
}

export type OpKind = 'send' | 'recv' | 'range' | 'close';

export interface ChanOp {
  kind: OpKind;
  /** send_statement, unary_expression (`<-ch`), for_statement (`for range ch`) or call_expression (`close(ch)`). */
  node: Node;
  body: Body;
  /** A send or receive that is one case of a select with other cases or a default: it cannot block forever. */
  guarded: boolean;
  /** For receives: the `ok` variable of `v, ok := <-ch`, if any. */
  okDecl?: Decl;
  /** Variables that remember `ok` (`stopped = !ok`): branching on them is branching on the channel's close. */
  okFlags?: Decl[];
  /** Deferred (`defer close(ch)`). */
  deferred: boolean;
}

/** The channel expression a send or a close names (`ch` of `ch <- v`, `close(ch)`); undefined for receives. */
export function sentOrClosedChannel(o: ChanOp): Node | undefined {
  if (o.kind === 'send') return o.node.childForFieldName('channel') ?? undefined;
  if (o.kind === 'close') return o.node.childForFieldName('arguments')?.namedChild(0) ?? undefined;
  return undefined;
}

export interface ChanInfo {
  name: string;
  /** The local variable (or struct value) that holds the channel; undefined for a field of a type (`T.f`). */
  decl?: Decl;
  /** Where the channel is made (`make(chan …)`); for a field never made, its declaration. */
  make: Node;
  file: SourceFile;
  fn: FuncInfo;
  /** Buffer size; undefined when not a constant. */
  capacity: number | undefined;
  /** Set when the channel is returned by `fn` (the cross-function pipeline shape). */
  returnedBy?: FuncInfo;
  /** For a channel in a field of a local struct value (`w := &worker{results: make(chan T)}`): the field and type. */
  field?: string;
  structType?: string;
  /** A field of every value of a struct type (`T.f`, see fields.ts), not of one local value. */
  ofType?: boolean;
}

/** Everything that happens to one channel value: in its own function, or through one call site of it. */
export interface ChanWorld {
  chan: ChanInfo;
  ops: ChanOp[];
  /** First use golint-chan cannot follow; when set, stay quiet. */
  escape?: { node: Node; why: string };
  /** For returned channels: the call site whose result this world follows. */
  site?: { file: SourceFile; call: Node; fn: FuncInfo };
  /** Some code reads `len(ch)` or `cap(ch)`: it reasons about what is queued (e.g. checks that nothing was sent). */
  inspected?: boolean;
  /** The call site (`site`) discards the returned channel: a statement `f()` or `_ = f()`. */
  discarded?: boolean;
  /** Sends in a deferred recover handler, made only after a panic (recoveredOnly): set aside, not judged. */
  panicSends?: Node[];
}

/**
 * Is the statement `stmt` (in a deferred function literal) run only when a panic was recovered: inside `if r :=
 * recover(); r != nil { … }` (or `if recover() != nil`)?
 */
function recoveredOnly(stmt: Node): boolean {
  for (let p = stmt.parent; p && !isFuncNode(p); p = p.parent) {
    if (p.type !== 'if_statement' || !contains(p.childForFieldName('consequence')!, stmt)) continue;
    const cond = p.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
    const init = p.childForFieldName('initializer')?.text.replace(/\s+/g, '') ?? '';
    const m = /^([\p{L}_][\p{L}\p{N}_]*):=recover\(\)$/u.exec(init);
    if (cond === 'recover()!=nil' || (m && cond === `${m[1]}!=nil`)) return true;
  }
  return false;
}

const MAX_CALL_DEPTH = 4;

export class Tracker {
  private readonly bodies = new Map<string, Body>();
  private readonly seen = new Set<string>();
  /** For each synchronous callee's frame: its call sites (call node id → how often one run of the caller makes it). */
  private readonly calleeCalls = new Map<Body, Map<number, { call: Node; runs: number }>>();
  returned = false;

  constructor(
    private readonly index: PackageIndex,
    readonly world: ChanWorld,
  ) {}

  escape(node: Node, why: string): void {
    if (!this.world.escape) this.world.escape = { node, why };
  }

  /** How many times `stmt` runs per run of its function (copiesOf), loop bounds read as the function sees them. */
  private copies(stmt: Node): number {
    const fn = this.index.enclosing(stmt);
    return copiesOf(stmt, this.world.chan.make, fn && constantsIn(fn.resolution(), this.index.constants), fn?.resolution());
  }

  private body(block: Node, file: SourceFile, kind: 'func' | 'go', fn: FuncInfo, goStmt?: Node, calleeName?: string, asLabel?: string): Body {
    const key = `${block.id}:${goStmt?.id ?? ''}`;
    let b = this.bodies.get(key);
    if (!b) {
      const label =
        asLabel ?? (kind === 'func' ? fn.displayName : calleeName ? `the goroutine running ${calleeName}` : `the goroutine in ${fn.displayName}`);
      b = { block, file, kind, goStmt, copies: goStmt ? this.copies(goStmt) : 1, fn, label };
      this.bodies.set(key, b);
    }
    return b;
  }

  /**
   * The body that executes `ref`, given that `frameFn` (a function node) runs as `frame`; `deferred` when the
   * code runs from a deferred function literal at the end of that body. Undefined (after recording an escape)
   * when golint-chan cannot tell who runs it.
   */
  private bodyOf(ref: Node, frameFn: Node, frame: Body): Placed | undefined {
    // The literals around `ref` inside frameFn, innermost first (found by ranges: no parent walks).
    const around = this.index.literalsIn(frameFn).filter((l) => contains(l.node, ref));
    around.sort((a, b) => b.node.startIndex - a.node.startIndex);
    const [lit, ...outer] = around;
    if (!lit) return { body: frame, deferred: false };
    // A field of a type is used by whoever runs the code, whenever: a callback's operation is one more body.
    if (this.world.chan.ofType && lit.runBy === undefined) {
      // Whoever calls the callback runs it, not the function that writes it: say so.
      const label = `the function literal in ${frame.fn.displayName}`;
      return { body: this.body(lit.node.childForFieldName('body')!, frame.file, 'func', frame.fn, undefined, undefined, label), deferred: false };
    }
    if (!this.world.chan.ofType && outer.some((l) => l.runBy === undefined)) {
      this.escape(ref, 'used in a function literal that is not run by go or defer');
      return undefined;
    }
    if (lit.runBy === 'go') {
      const b = this.body(lit.node.childForFieldName('body')!, frame.file, 'go', frame.fn, lit.stmt!);
      if (lit.starts && lit.starts.length > 1) {
        b.copies = lit.starts.reduce((k, g) => k + this.copies(g), 0);
        b.starts = lit.starts;
      }
      return { body: b, deferred: false };
    }
    if (lit.runBy === 'defer') {
      const placed = this.bodyOf(lit.stmt!, frameFn, frame);
      return placed && { body: placed.body, deferred: true };
    }
    this.escape(ref, 'captured by a function literal');
    return undefined;
  }

  /**
   * Follow every use of a channel variable that runs in `frame` (its function node is decl.fn or a callee). With
   * `field`, `decl` is a struct value and the channel is its field: `v.field` is a use of the channel, a method
   * called on `v` is followed into the method, any other use of `v` is an escape.
   */
  trackDecl(decl: Decl, frameFn: Node, frame: Body, res: Resolution, depth: number, skip?: Node, field?: string): void {
    // The same parameter is followed once per goroutine that runs it (two `go f(ch)` are two senders).
    const key = `${decl.node.id}:${frame.goStmt?.id ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    for (const ref of decl.refs) {
      if (this.world.escape) return;
      if (skip?.id === ref.id) continue;
      const placed = this.bodyOf(ref, frameFn, frame);
      if (!placed) return;
      if (field === undefined) {
        this.classify(ref, placed, res, depth, frameFn);
        continue;
      }
      const sel = ref.parent;
      if (sel?.type !== 'selector_expression' || sel.childForFieldName('operand')?.id !== ref.id) {
        // The struct passed whole to a package function (`go w.replicate(round, n)`): follow it into the callee's
        // parameter, as a channel argument is followed.
        const args = parentSkippingParens(ref);
        const call = args?.type === 'argument_list' ? args.parent : null;
        const target = call && !placed.deferred && call.parent?.type !== 'defer_statement' ? this.index.parameterFor(call, ref, res) : undefined;
        if (target && depth < MAX_CALL_DEPTH) {
          this.enterCallee(target.param, target.callee, call!, depth + 1, placed.body, field);
          continue;
        }
        this.escape(ref, 'the struct holding the channel is used as a whole');
        continue;
      }
      const name = sel.childForFieldName('field')?.text;
      const call = sel.parent;
      if (name === field) this.classify(sel, placed, res, depth, frameFn);
      else if (call?.type === 'call_expression' && call.childForFieldName('function')?.id === sel.id) {
        this.followMethod(ref, call, name ?? '', placed, depth, field);
      } else if (name && this.index.hasMethodNamed(name)) {
        // `c.Check` as a value (a callback handed to other code): the method may run anywhere, any time.
        this.escape(sel, `method value ${name} cannot be followed`);
      } // other fields do not touch the channel
    }
  }

  /** `v.m(…)` or `go v.m(…)` on the struct holding the channel: follow the method's receiver. */
  private followMethod(ref: Node, call: Node, method: string, placed: Placed, depth: number, field: string): void {
    const type = this.world.chan.structType ?? '';
    const callee = this.index.method(type, method);
    // No method of that name: a call of a func-valued field (or a promoted method), which cannot reach the field.
    if (!callee && !this.index.hasMethodNamed(method)) return;
    if (!callee || placed.deferred) return this.escape(ref, `method ${method} cannot be followed`);
    if (depth >= MAX_CALL_DEPTH) return this.escape(ref, 'call chain too deep');
    const recv = callee.receiver();
    if (!recv) return; // `func (T) m()`: the method cannot reach the field through its receiver name
    this.enterCallee(recv, callee, call, depth + 1, placed.body, field);
  }

  /** What a use of the channel (an identifier, or a call returning it) does, from its parent. */
  classify(ref: Node, placed: Placed, res: Resolution | undefined, depth: number, frameFn: Node | undefined): void {
    const p = parentSkippingParens(ref);
    if (!p) return this.escape(ref, 'unknown use');
    const { body, deferred } = placed;
    const direct = unwrapTo(ref, p);
    if (p.type === 'send_statement') {
      if (p.childForFieldName('channel')?.id !== direct?.id) return this.escape(ref, 'sent over another channel');
      // `defer func() { if r := recover(); r != nil { errCh <- … } }()`: a send made only once the goroutine has
      // panicked, after everything else it does. Panics are not paths here (the model follows the code that returns):
      // the send is set aside, not a reason to give the channel up.
      if (deferred && recoveredOnly(p)) {
        (this.world.panicSends ??= []).push(p);
        return;
      }
      // `defer func() { done <- struct{}{} }()` right in the body of a local channel's goroutine or function: one
      // send as that body returns, after everything else it does (on every path past the defer).
      if (deferred && !this.world.chan.ofType && deferredOnceIn(p, body.block)) return this.add({ kind: 'send', node: p, body, guarded: inGuardedSelect(p), deferred });
      if (deferred) return this.escape(ref, 'sent on in a deferred function');
      return this.add({ kind: 'send', node: p, body, guarded: inGuardedSelect(p), deferred });
    }
    if (receiveOperand(p)) {
      if (deferred) return this.escape(ref, 'received from in a deferred function');
      const okDecl = okDeclOf(p, res);
      return this.add({ kind: 'recv', node: p, body, guarded: inGuardedSelect(p), okDecl, okFlags: okFlagsOf(okDecl, res), deferred });
    }
    if (p.type === 'range_clause' && p.childForFieldName('right')?.id === direct?.id) {
      if (deferred) return this.escape(ref, 'ranged over in a deferred function');
      return this.add({ kind: 'range', node: p.parent!, body, guarded: false, deferred });
    }
    if (p.type === 'binary_expression') {
      const other = p.childForFieldName('left')?.id === direct?.id ? p.childForFieldName('right') : p.childForFieldName('left');
      if (other?.type === 'nil') return; // ch == nil / ch != nil
      return this.escape(ref, 'compared');
    }
    if (p.type === 'argument_list') {
      const call = p.parent!;
      const name = calleeText(call);
      const fnIdent = unparen(call.childForFieldName('function')!);
      const builtin = fnIdent.type === 'identifier' && !res?.declOf(fnIdent);
      if (builtin && (name === 'len' || name === 'cap')) {
        this.world.inspected = true;
        return;
      }
      if (builtin && name === 'close') {
        return this.add({ kind: 'close', node: call, body, guarded: false, deferred: deferred || call.parent?.type === 'defer_statement' });
      }
      if (deferred || call.parent?.type === 'defer_statement') return this.escape(ref, 'passed to a deferred call');
      return this.bindArgument(ref, p, call, res, depth, body);
    }
    if (p.type === 'expression_list' && p.parent?.type === 'return_statement' && p.namedChildCount === 1 && !deferred) {
      // The function that makes the channel returns it: its call sites are followed (trackChannel). A callee that
      // hands it back to its caller (`func (c *T) Ticker() <-chan V { return c.C }`) is not followed that way. A
      // field of a type (T.f) has no making function: its getters are judged in fields.ts, and any other return of
      // a value it holds (`ch := make(…); use(T{ch: ch}); return ch`) hands it to callers not followed.
      if (body.kind === 'func' && frameFn && frameFn.type !== 'func_literal' && this.world.chan.fn && frameFn.id === this.world.chan.fn.node.id && enclosingFuncNode(ref)?.id === frameFn.id) {
        this.returned = true;
        return;
      }
    }
    return this.escape(ref, `used in ${p.type.replace(/_/g, ' ')}`);
  }

  private add(op: ChanOp): void {
    this.world.ops.push(op);
  }

  /** The channel is an argument of a call: follow it into a function of this package, or give up. */
  private bindArgument(ref: Node, args: Node, call: Node, res: Resolution | undefined, depth: number, caller: Body): void {
    const callee = this.index.callee(call, res);
    if (!callee) return this.escape(ref, `passed to ${calleeText(call) ?? 'a function'} outside this package or not resolvable`);
    if (depth >= MAX_CALL_DEPTH) return this.escape(ref, 'call chain too deep');
    const argIndex = indexInArgs(args, unwrapTo(ref, args) ?? ref);
    if (argIndex < 0 || callee.isVariadicAt(callee.node, argIndex)) return this.escape(ref, 'passed as a variadic argument');
    const param = callee.paramsOf(callee.node)[argIndex];
    if (!param) return; // unnamed or `_` parameter: the callee cannot use it
    this.enterCallee(param, callee, call, depth + 1, caller);
  }

  /**
   * Follow `decl` (a parameter or receiver of `callee`) into the callee that `call` runs. `go f(…)`: the callee's
   * body is a goroutine, as many copies as the go statement runs in the caller. A synchronous call runs in the
   * caller's goroutine: we follow it only into goroutines the callee starts, and an operation in its own body
   * is an escape.
   */
  private enterCallee(decl: Decl, callee: FuncInfo, call: Node, depth: number, caller: Body, field?: string): void {
    const block = callee.node.childForFieldName('body')!;
    const go = call.parent?.type === 'go_statement' ? call.parent : undefined;
    if (go) {
      const goBody = this.body(block, callee.file, 'go', callee, go, callee.displayName);
      goBody.copies = this.copies(go);
      return this.trackDecl(decl, callee.node, goBody, callee.resolution(), depth, undefined, field);
    }
    // `d.Describe(ch)` on a value of unknown type may run another type's method of that name: unknown.
    const f = unparen(call.childForFieldName('function')!);
    if (callee.recvType && f.type === 'selector_expression') {
      const caller = this.index.enclosing(call);
      const t = caller ? operandType(f.childForFieldName('operand')!, caller, caller.resolution(), this.index) : undefined;
      if (t !== callee.recvType) return this.escape(call, `${callee.displayName} called on a value of unknown type`);
    }
    // A synchronous call runs the callee in the caller's goroutine, once per run of the call: its operations are
    // judged in its own body (a consumer such as `collect(ch, d)` gives up where collect does). A call that runs
    // more than once (in a loop), or whose body we already follow, cannot be counted that way.
    const frame = this.body(block, callee.file, caller.kind, callee, caller.goStmt, undefined, caller.kind === 'go' ? `${callee.displayName} (run by ${caller.label})` : undefined);
    if (caller.kind === 'go') frame.copies = caller.copies;
    if (frame !== caller) {
      frame.sync = true;
      frame.callSite = frame.callSite === undefined || frame.callSite?.id === call.id ? call : null;
    }
    const before = this.world.ops.length;
    this.trackDecl(decl, callee.node, frame, callee.resolution(), depth, undefined, field);
    const mine = this.world.ops.slice(before).filter((o) => o.body === frame);
    const calls = this.copies(call);
    // Receives of a callee that two call sites run (`waitCh(t, done, d); waitCh(t, done, d)`) are counted by neither
    // body alone: the callee's body holds one, the caller's paths run it twice.
    const again = frame !== caller && frame.callSite === null ? this.world.ops.find((o) => o.body === frame && o.kind !== 'send') : undefined;
    if (again) return this.escape(again.node, `used inside ${callee.displayName}, called more than once`);
    if (mine.length > 0 && (frame === caller || (calls !== 1 && mine.some((o) => o.kind !== 'send')))) {
      return this.escape(mine[0].node, `used inside ${callee.displayName}, called more than once`);
    }
    // A callee that only sends, called in a loop (`for … { s.report(errc) }`): its sends repeat with the calls.
    if (mine.length > 0 && calls !== 1) frame.calls = (frame.calls ?? 1) * calls;
    if (frame !== caller) this.startedPerCall(frame, callee, call, calls);
  }

  /**
   * Goroutines a synchronous callee starts run once per call of it: `drain(out, errs); drain(errOut, errs)` starts
   * two senders on errs, as does one call made twice by a loop. Their copies count every call site's runs, but
   * call sites on different branches of one if, switch or select of the caller (`case <-kick: c.converge(done);
   * case <-tick: c.converge(done)`) are one call per pass of that statement: the most of them, not the sum.
   */
  private startedPerCall(frame: Body, callee: FuncInfo, call: Node, calls: number): void {
    let sites = this.calleeCalls.get(frame);
    if (!sites) this.calleeCalls.set(frame, (sites = new Map()));
    sites.set(call.id, { call, runs: calls });
    const all = [...sites.values()];
    const fn = enclosingFuncNode(call);
    const body = fn?.childForFieldName('body');
    const apart =
      all.length > 1 &&
      body !== null &&
      body !== undefined &&
      all.every((x, i) => enclosingFuncNode(x.call)?.id === fn!.id && all.every((y, j) => j <= i || exclusiveBranches(x.call, y.call, body, true)));
    let total = 0;
    for (const k of all) total = apart ? Math.max(total, k.runs) : total + k.runs;
    for (const b of this.bodies.values()) {
      if (b.kind !== 'go' || !b.goStmt || b === frame || !contains(callee.node, b.goStmt)) continue;
      b.startedBy = sites.size === 1 ? call : null;
      if (total !== 1 && !b.starts) b.copies = this.copies(b.goStmt) * total;
    }
  }

  /**
   * The body that runs `fn`'s own statements: its callers' (`func`), or the goroutine that `go` starts (the
   * same body for every use of the channel in `fn`).
   */
  frame(fn: FuncInfo, go?: Node, copies?: number): Body {
    const b = this.body(fn.node.childForFieldName('body')!, fn.file, go ? 'go' : 'func', fn, go, go ? fn.displayName : undefined);
    if (copies !== undefined) b.copies = copies;
    return b;
  }

  /** Follow the value of a call that returns the channel (a call site of the producing function). */
  trackCallResult(call: Node, caller: FuncInfo): void {
    this.trackUse(call, caller, this.frame(caller));
  }

  /**
   * Follow one use of the channel's value at `expr` (a call that returns it, or a field selector) inside
   * `caller`, whose own statements run as `callerFrame`; a `v := expr` is followed through `v`.
   */
  trackUse(expr: Node, caller: FuncInfo, callerFrame: Body): void {
    const call = expr;
    const res = caller.resolution();
    const placed = this.bodyOf(call, caller.node, callerFrame);
    if (!placed) return;
    const p = parentSkippingParens(call);
    // `f()` as a statement, or `_ = f()`: nothing will ever receive the channel it returns.
    if (p?.type === 'expression_statement' || (p?.type === 'expression_list' && p.parent?.type === 'assignment_statement' && p.parent.childForFieldName('right')?.id === p.id && p.namedChildCount === 1 && p.parent.childForFieldName('left')?.text === '_')) {
      if (!placed.deferred && this.world.site?.call.id === call.id) this.world.discarded = true;
      else this.escape(call, 'discarded in deferred code');
      return;
    }
    if (p && p.type === 'expression_list' && (p.parent?.type === 'short_var_declaration' || p.parent?.type === 'var_spec')) {
      const stmt = p.parent;
      const right = stmt.childForFieldName(stmt.type === 'var_spec' ? 'value' : 'right');
      const left = stmt.type === 'var_spec' ? stmt.childrenForFieldName('name') : listItems(stmt.childForFieldName('left'));
      if (right?.id !== p.id || p.namedChildCount !== left.length) return this.escape(call, 'multiple results');
      const idx = indexInArgs(p, unwrapTo(call, p) ?? call);
      const id = left[idx];
      const decl = id ? res.declOf(id) : undefined;
      if (!decl || decl.init?.id !== p.namedChild(idx)?.id) return this.escape(call, 'assigned to an existing variable');
      if (placed.deferred) return this.escape(call, 'used in deferred code');
      return this.trackDecl(decl, enclosingFuncNode(call)!, placed.body, res, 1);
    }
    // `var ch <-chan T` … `ch = f()`: the only assignment, in the same statement list as the declaration, with
    // every other use after it.
    if (p?.type === 'expression_list' && p.namedChildCount === 1 && p.parent?.type === 'assignment_statement' && p.parent.childForFieldName('right')?.id === p.id) {
      const stmt = p.parent;
      const left = listItems(stmt.childForFieldName('left'));
      const id = left.length === 1 ? left[0] : undefined;
      const decl = id?.type === 'identifier' ? res.declOf(id) : undefined;
      const spec = decl?.node.parent;
      const declStmt = spec?.parent?.type === 'var_declaration' ? spec.parent : undefined;
      if (decl && declStmt && !spec!.childForFieldName('value') && declStmt.parent?.id === stmt.parent?.id && !placed.deferred) {
        const others = decl.refs.filter((r) => r.id !== id!.id);
        if (others.every((r) => r.startIndex > stmt.endIndex && !isAssigned(r))) return this.trackDecl(decl, enclosingFuncNode(call)!, placed.body, res, 1, id);
      }
      return this.escape(call, 'assigned to an existing variable');
    }
    this.classify(call, placed, res, 1, undefined);
  }
}

interface Placed {
  body: Body;
  deferred: boolean;
}

/** Is identifier `r` assigned to (the left side of `=`, `:=` or `op=`, or `x++`)? */
function isAssigned(r: Node): boolean {
  const list = parentSkippingParens(r);
  const stmt = list?.type === 'expression_list' ? list.parent : list;
  if (stmt?.type === 'inc_statement' || stmt?.type === 'dec_statement') return true;
  return (stmt?.type === 'assignment_statement' || stmt?.type === 'short_var_declaration') && stmt.childForFieldName('left')?.id === (list?.type === 'expression_list' ? list.id : r.id);
}

/** Walk from `n` up through parentheses to the direct child of `ancestor`. */
function unwrapTo(n: Node, ancestor: Node): Node | undefined {
  let c: Node | null = n;
  while (c && c.parent && c.parent.id !== ancestor.id) c = c.parent;
  return c ?? undefined;
}

function indexInArgs(list: Node, child: Node): number {
  for (let i = 0; i < list.namedChildCount; i++) if (list.namedChild(i)!.id === child.id) return i;
  return -1;
}

/** The function (declaration or literal) whose code holds `n`. */
/**
 * How many times a statement runs per run of its function: the product of the constant trip counts of the loops
 * around it (Infinity when a loop's count is not a constant). A loop that also contains `fresh` (the channel's
 * make) does not count: each iteration then has a channel of its own.
 */
export function copiesOf(stmt: Node, fresh?: Node, constOf?: ConstantOf, res?: Resolution): number {
  let copies = 1;
  for (let n: Node | null = stmt.parent; n; n = n.parent) {
    if (isFuncNode(n)) break;
    if (n.type !== 'for_statement' || contains(n, fresh)) continue;
    if (isEventLoop(n)) continue;
    if (res && pacedBySelect(stmt, n, res)) continue;
    // Under `if i == k` for the loop's index i: started in one iteration at most.
    if (onceInLoop(stmt, n)) continue;
    copies *= constantTripCount(n, constOf) ?? (res && (fixedRangeCount(n, res) ?? guardedRuns(stmt, n, res, constOf))) ?? Infinity;
  }
  return copies;
}

/**
 * A loop that starts one goroutine a round (`go func() { … }()`, a statement of its body) and then, in a select of the
 * same round with no default, takes that goroutine's report before the next round: every case of the select either
 * leaves the loop (its last statement returns) or receives from a channel made outside the loop that only the
 * goroutine sends on and that is only received from elsewhere, and the goroutine sends at most once on those channels
 * together (a deferred recover handler's send comes only after a panic, instead of the others). The rounds before have
 * each had their report taken, so one goroutine is outstanding at a time, however many rounds run.
 */
function pacedBySelect(go: Node, loop: Node, res: Resolution): boolean {
  const body = loop.childForFieldName('body');
  const lit = go.namedChild(0)?.type === 'call_expression' ? go.namedChild(0)!.childForFieldName('function') : null;
  const litBody = lit?.type === 'func_literal' ? lit.childForFieldName('body') : null;
  if (!body || !litBody) return false;
  const stmts = blockStatements(body);
  const at = stmts.findIndex((st) => st.id === go.id);
  const sel = stmts.findIndex((st, i) => i > at && st.type === 'select_statement');
  if (at < 0 || sel < 0) return false;
  // Nothing between the two starts the next round early.
  const skips = (n: Node): boolean => n.type === 'continue_statement' || n.type === 'goto_statement' || (!isFuncNode(n) && n.namedChildren.some((c) => c !== null && skips(c)));
  if (stmts.slice(at + 1, sel).some(skips)) return false;
  const taken: Decl[] = [];
  for (const clause of stmts[sel].namedChildren) {
    if (!clause || clause.type === 'comment') continue;
    if (clause.type !== 'communication_case') return false;
    const operand = communicationReceiveOperand(clause.childForFieldName('communication'));
    const d = operand?.type === 'identifier' ? res.declOf(operand) : undefined;
    if (d && !contains(loop, d.node) && d.refs.some((r) => contains(litBody, r))) {
      taken.push(d);
      continue;
    }
    const last = caseStatements(clause).at(-1);
    if (last?.type !== 'return_statement') return false;
  }
  const sends: Node[] = [];
  for (const d of taken) {
    for (const r of d.refs) {
      const p = parentSkippingParens(r);
      const send = p?.type === 'send_statement' && p.childForFieldName('channel')?.id === r.id ? p : undefined;
      if (!send) {
        if (p && receiveOperand(p)?.id === r.id && !contains(litBody, r)) continue;
        return false;
      }
      if (!contains(litBody, send)) return false;
      const inner = enclosingFuncNode(send);
      if (inner?.id === lit!.id) sends.push(send);
      else if (!deferredIn(inner, lit!) || !recoveredOnly(send)) return false;
    }
  }
  return sends.length > 0 && maxCount(litBody, sends) <= 1;
}

/**
 * Is `send` made once by a function literal that the function whose body is `block` defers, outside any loop of its
 * own (`defer func() { done <- struct{}{} }()`, the defer not in a loop either)?
 */
function deferredOnceIn(send: Node, block: Node): boolean {
  const lit = enclosingFuncNode(send);
  const run = lit?.type === 'func_literal' ? literalRunBy(lit) : undefined;
  if (run?.by !== 'defer' || statementHolder(run.stmt)?.id !== block.id || loopAround(run.stmt) !== undefined) return false;
  return loopAround(send) === undefined;
}

/**
 * How many iterations of `loop` can run `stmt` when it sits under a one-way counter guard: `if n < K { … }` where
 * `n` is declared outside the loop with a constant value (or none), only ever grows by `n++`, and is incremented in
 * every iteration before the check (a statement of the loop's body before the if) or first thing inside the branch.
 * `n` then takes a new, larger value at each check, so the branch runs at most K - n₀ (- 1) times.
 */
function guardedRuns(stmt: Node, loop: Node, res: Resolution, constOf?: ConstantOf): number | undefined {
  const body = loop.childForFieldName('body');
  if (!body) return undefined;
  const top = blockStatements(body);
  for (let p: Node | null = stmt.parent; p && p.id !== loop.id; p = p.parent) {
    if (p.type !== 'if_statement' || !contains(p.childForFieldName('consequence')!, stmt)) continue;
    const cond = p.childForFieldName('condition');
    const op = cond?.type === 'binary_expression' ? cond.childForFieldName('operator')?.type : undefined;
    const x = cond?.childForFieldName('left');
    const k = op === '<' || op === '<=' ? constantValue(cond!.childForFieldName('right'), constOf) : undefined;
    const d = x?.type === 'identifier' ? res.declOf(x) : undefined;
    if (k === undefined || !d || d.kind !== 'var' || contains(loop, d.node)) continue;
    const start = d.init ? constantValue(unparen(d.init), constOf) : d.node.parent?.type === 'var_spec' ? 0 : undefined;
    if (start === undefined) continue;
    // Only increments write it; reads are fine.
    if (d.refs.some((r) => writeOf(r) === 'write')) continue;
    const incs = d.refs.filter((r) => writeOf(r) === 'inc');
    const ifTop = top.find((st) => contains(st, p!));
    const before = ifTop !== undefined && incs.some((r) => top.some((st) => st.id === r.parent!.id && st.endIndex <= ifTop.startIndex));
    const inside = blockStatements(p.childForFieldName('consequence')!).some((st) => incs.some((r) => r.parent?.id === st.id));
    const extra = op === '<=' ? 1 : 0;
    if (before) return Math.max(0, k - start - 1 + extra);
    if (inside) return Math.max(0, k - start + extra);
  }
  return undefined;
}

/**
 * Does `stmt` run once per run of the function around it: no loop between them repeats it? copiesOf counts the
 * goroutines an event loop starts as one at a time; here the loop repeats what it runs, once per event.
 */
export function oncePerRun(stmt: Node): boolean {
  for (let n = stmt.parent; n; n = n.parent) {
    if (isFuncNode(n)) break;
    if (n.type === 'for_statement' && isEventLoop(n)) return false;
  }
  return copiesOf(stmt) === 1;
}

/**
 * `for { … select { … } … }`: an event loop. The goroutines it starts are paced by its own state (one request in
 * flight, a `done` channel that must be nil first …), which we cannot see; count them as one at a time.
 */
function isEventLoop(loop: Node): boolean {
  // `for { … }` or `for i := 1; ; i++ { … }`: no condition, so only a break or return ends it.
  if (!unconditionalLoop(loop)) return false;
  return blockStatements(loop.childForFieldName('body')).some((s) => s.type === 'select_statement');
}

/** A send/receive that is the communication of a select case, in a select with at least one other case. */
function inGuardedSelect(op: Node): boolean {
  let c: Node | null = op.parent;
  if (c && (c.type === 'receive_statement' || c.type === 'expression_statement')) c = c.parent;
  if (!c || c.type !== 'communication_case' || c.childForFieldName('communication') === null) return false;
  const comm = c.childForFieldName('communication')!;
  if (comm.id !== op.id && comm.id !== op.parent?.id) return false;
  const sel = c.parent;
  if (!sel || sel.type !== 'select_statement') return false;
  let cases = 0;
  for (let i = 0; i < sel.namedChildCount; i++) {
    const t = sel.namedChild(i)!.type;
    if (t === 'communication_case' || t === 'default_case') cases++;
  }
  return cases > 1;
}

/** For `v, ok := <-ch` / `v, ok = <-ch`: the declaration of `ok`. */
function okDeclOf(recv: Node, res: Resolution | undefined): Decl | undefined {
  const stmt = recv.parent?.type === 'expression_list' ? recv.parent.parent : recv.parent;
  if (!stmt || !res) return undefined;
  let left: Node | null = null;
  if (stmt.type === 'receive_statement' || stmt.type === 'short_var_declaration' || stmt.type === 'assignment_statement') {
    left = stmt.childForFieldName('left');
  }
  const items = listItems(left);
  if (items.length !== 2 || !items[1] || items[1].type !== 'identifier') return undefined;
  return res.declOf(items[1]);
}

/**
 * `x = !ok` / `x = ok` / `x := !ok`: the variables that hold whether the receive saw the channel closed. Also a flag
 * set to a constant only as a statement of `if !ok { … }` (or of the else of `if ok`): `if !ok { closed = true;
 * break }`, and never written anywhere else.
 */
function okFlagsOf(ok: Decl | undefined, res: Resolution | undefined): Decl[] | undefined {
  if (!ok || !res) return undefined;
  const flags: Decl[] = [];
  // The blocks that run only once the channel is closed: the consequence of `if !ok`, the else of `if ok`.
  const closedBlocks: Node[] = [];
  for (const r of ok.refs) {
    const neg = r.parent?.type === 'unary_expression' && r.parent.childForFieldName('operator')?.type === '!' ? r.parent : undefined;
    const cond = neg ?? r;
    const ifStmt = cond.parent?.type === 'if_statement' && cond.parent.childForFieldName('condition')?.id === cond.id ? cond.parent : undefined;
    const block = ifStmt?.childForFieldName(neg ? 'consequence' : 'alternative');
    if (block?.type === 'block') closedBlocks.push(block);
  }
  const setsConstant = (w: Node) => {
    const list = w.parent;
    const stmt = list?.parent;
    const right = stmt?.type === 'assignment_statement' && stmt.childForFieldName('left')?.id === list!.id && list!.namedChildCount === 1 ? stmt.childForFieldName('right') : null;
    return right?.namedChildCount === 1 && (right.namedChild(0)!.type === 'true' || right.namedChild(0)!.type === 'false') && closedBlocks.some((b) => statementHolder(stmt!)?.id === b.id);
  };
  for (const b of closedBlocks) {
    for (const st of blockStatements(b)) {
      const id = st.type === 'assignment_statement' ? st.childForFieldName('left')?.namedChild(0) : null;
      const d = id?.type === 'identifier' ? res.declOf(id) : undefined;
      if (!d || flags.includes(d) || !d.refs.every((w) => writeOf(w) === undefined || setsConstant(w))) continue;
      const spec = d.node.parent;
      if (spec?.type === 'var_spec' && spec.childForFieldName('value')) continue;
      flags.push(d);
    }
  }
  for (const r of ok.refs) {
    let e: Node = r;
    if (e.parent?.type === 'unary_expression' && e.parent.childForFieldName('operator')?.type === '!') e = e.parent;
    const list = e.parent;
    const stmt = list?.parent;
    if (list?.type !== 'expression_list' || !stmt || (stmt.type !== 'assignment_statement' && stmt.type !== 'short_var_declaration')) continue;
    if (stmt.childForFieldName('right')?.id !== list.id || list.namedChildCount !== 1) continue;
    const left = stmt.childForFieldName('left');
    const id = left?.namedChildCount === 1 ? left.namedChild(0) : null;
    const d = id?.type === 'identifier' ? res.declOf(id) : undefined;
    if (d) flags.push(d);
  }
  return flags.length ? flags : undefined;
}

function capacityOf(make: Node, res: Resolution, index: PackageIndex): number | undefined {
  const args = make.childForFieldName('arguments')!;
  if (args.namedChildCount < 2) return 0;
  const e = unparen(args.namedChild(1)!);
  const lit = intLiteral(e);
  if (lit !== undefined) return lit;
  if (e.type === 'identifier') {
    const d = res.declOf(e);
    if (d) return d.kind === 'const' && d.init ? intLiteral(d.init) : undefined;
    return index.constants.get(e.text);
  }
  return undefined;
}

/** The variable a `make(chan …)` call initialises: `x := make(…)`, `var x = make(…)`, `x = make(…)`. */
function madeInto(make: Node, res: Resolution): Decl | undefined {
  const list = parentSkippingParens(make);
  if (!list || list.type !== 'expression_list') return undefined;
  const stmt = list.parent;
  if (!stmt) return undefined;
  const idx = indexInArgs(list, unwrapTo(make, list) ?? make);
  let left: (Node | undefined)[] = [];
  if (stmt.type === 'short_var_declaration') left = listItems(stmt.childForFieldName('left'));
  else if (stmt.type === 'var_spec') left = stmt.childrenForFieldName('name').map((x) => x ?? undefined);
  else if (stmt.type === 'assignment_statement' && stmt.childForFieldName('right')?.id === list.id) {
    left = listItems(stmt.childForFieldName('left'));
  } else return undefined;
  const id = left[idx];
  if (!id || id.type !== 'identifier') return undefined;
  const decl = res.declOf(id);
  if (!decl || decl.kind !== 'var') return undefined;
  return decl;
}

/**
 * `v := &T{field: make(chan …)}` / `v := T{…}`: the local struct variable, its type name and the field, when the
 * literal is the variable's initial value.
 */
function madeIntoField(make: Node, res: Resolution): { decl: Decl; field: string; type: string } | undefined {
  const value = make.parent;
  const keyed = value?.type === 'literal_element' ? value.parent : undefined;
  if (keyed?.type !== 'keyed_element' || keyed.namedChild(1)?.id !== value!.id) return undefined;
  const key = keyed.namedChild(0)?.namedChild(0);
  const lit = keyed.parent?.parent;
  if (key?.type !== 'identifier' || lit?.type !== 'composite_literal') return undefined;
  const type = lit.childForFieldName('type');
  if (type?.type !== 'type_identifier') return undefined;
  let e: Node = lit;
  if (e.parent?.type === 'unary_expression' && e.parent.childForFieldName('operator')?.type === '&') e = e.parent;
  const list = e.parent;
  const stmt = list?.parent;
  if (list?.type !== 'expression_list' || list.namedChildCount !== 1 || stmt?.type !== 'short_var_declaration') return undefined;
  const id = stmt.childForFieldName('left')?.namedChild(0);
  const decl = id?.type === 'identifier' ? res.declOf(id) : undefined;
  if (!decl || decl.init?.id !== list.namedChild(0)?.id) return undefined;
  return { decl, field: key.text, type: type.text };
}

export interface ChannelFacts {
  worlds: ChanWorld[];
}

export function computeChannels(pkg: Package): ChannelFacts {
  const index = pkg.fact(packageIndex);
  const worlds: ChanWorld[] = [];
  for (const { file, makes } of pkg.fact(syntaxIndex)) {
    for (const make of makes) {
      const fn = index.enclosing(make);
      if (!fn) continue;
      const res = fn.resolution();
      if (res.truncated) {
        pkg.limits.push({ file, message: `function ${fn.displayName} is too large to analyse; skipped` });
        continue;
      }
      // Made after a guard that always leaves (`if s.workers <= 0 { return }` for a field nothing sets): never made.
      if (deadAfterZeroGuard(make, fn, pkg, file)) continue;
      const decl = madeInto(make, res);
      if (decl) worlds.push(...trackChannel(index, fn, file, decl, make, capacityOf(make, res, index)));
      else {
        const inField = madeIntoField(make, res);
        if (inField) worlds.push(trackField(index, fn, file, inField, make, capacityOf(make, res, index)));
      }
    }
  }
  return { worlds };
}

function trackChannel(index: PackageIndex, fn: FuncInfo, file: SourceFile, decl: Decl, make: Node, capacity: number | undefined): ChanWorld[] {
  const chan: ChanInfo = { name: decl.name, decl, make, file, fn, capacity };
  const base: ChanWorld = { chan, ops: [] };
  const t = new Tracker(index, base);
  const res = fn.resolution();
  // The function node whose scope declares the channel (a literal inside fn, or fn itself) and how it runs.
  const declFn = decl.fn;
  const ownerBody = ownerBodyOf(declFn, fn, file);
  if (!ownerBody) return [];
  // `var ch chan T; ch = make(…)`: accepted when that is the only assignment; the assigning use is skipped.
  let skip: Node | undefined;
  if (!decl.init || unparen(decl.init).id !== make.id) {
    skip = soleAssignment(decl, make);
    if (!skip) return [];
  }
  t.trackDecl(decl, declFn, ownerBody, res, 0, skip);
  if (!t.returned) return [base];
  if (base.escape) return [base];
  chan.returnedBy = fn;
  const worlds: ChanWorld[] = [];
  for (const site of [...index.callsTo(fn), ...index.valueCallsTo(fn)]) {
    const caller = index.enclosing(site.call);
    if (!caller || caller.resolution().truncated) continue;
    const w: ChanWorld = { chan, ops: [...base.ops], site: { file: site.file, call: site.call, fn: caller } };
    const t2 = new Tracker(index, w);
    t2.trackCallResult(site.call, caller);
    // The caller returns the channel in turn (`out := f(in); return out`): its own callers receive from it.
    if (t2.returned && !w.escape) w.escape = { node: site.call, why: 'returned again by the caller' };
    worlds.push(w);
  }
  return worlds;
}

/** A channel in a field of a local struct value: followed through `v.field` and the methods called on `v`. */
function trackField(
  index: PackageIndex,
  fn: FuncInfo,
  file: SourceFile,
  at: { decl: Decl; field: string; type: string },
  make: Node,
  capacity: number | undefined,
): ChanWorld {
  const chan: ChanInfo = { name: `${at.decl.name}.${at.field}`, decl: at.decl, make, file, fn, capacity, field: at.field, structType: at.type };
  const world: ChanWorld = { chan, ops: [] };
  const owner = ownerBodyOf(at.decl.fn, fn, file);
  if (!owner) return { ...world, escape: { node: make, why: 'no body' } };
  const t = new Tracker(index, world);
  t.trackDecl(at.decl, at.decl.fn, owner, fn.resolution(), 0, undefined, at.field);
  // `return v.c`: the field's channel leaves for callers this world does not follow.
  if (t.returned && !world.escape) world.escape = { node: make, why: 'the field is returned' };
  return world;
}

function ownerBodyOf(declFn: Node, fn: FuncInfo, file: SourceFile): Body | undefined {
  const block = declFn.childForFieldName('body');
  if (!block) return undefined;
  const run = declFn.type === 'func_literal' ? literalRunBy(declFn) : undefined;
  if (run?.by === 'go') {
    const go = run.stmt;
    return { block, file, kind: 'go', goStmt: go, copies: copiesOf(go, block), fn, label: `the goroutine in ${fn.displayName}` };
  }
  return { block, file, kind: 'func', copies: 1, fn, label: declFn.type === 'func_literal' ? `the function literal in ${fn.displayName}` : fn.displayName };
}

/** `var ch chan T` followed by exactly one `ch = make(…)`: returns the assigned identifier, else undefined. */
function soleAssignment(decl: Decl, make: Node): Node | undefined {
  const spec = decl.node.parent;
  if (!spec || spec.type !== 'var_spec' || spec.childForFieldName('value')) return undefined;
  let found: Node | undefined;
  for (const r of decl.refs) {
    const p = parentSkippingParens(r);
    if (p?.type === 'expression_list' && p.parent?.type === 'assignment_statement' && p.parent.childForFieldName('left')?.id === p.id) {
      if (found || make.parent?.parent?.id !== p.parent.id) return undefined;
      found = r;
    }
  }
  return found;
}

/**
 * Does a goroutine send on the channel from a `for { … }` loop that never ends (no condition, no way out) and waits
 * on no other channel: a producer that feeds it forever (`for { ticker <- struct{}{}; time.Sleep(d) }`)? A range
 * over it never runs dry: it is not blocked forever, it lives as long as its producer.
 */
/** `<-tick.C`, `<-time.After(d)`: a wait that only time ends. */
function timeWait(n: Node | null): boolean {
  const e = n?.type === 'expression_statement' ? n.namedChild(0) : n;
  return e?.type === 'unary_expression' && isTimeChannel(receiveOperand(e));
}

export function fedForever(world: ChanWorld): boolean {
  return world.ops.some((o) => {
    if (o.kind !== 'send' || o.guarded || o.body.kind !== 'go') return false;
    const loop = enclosingLoop(o.node, o.body.block);
    if (!loop || loopHasWayOut(loop)) return false;
    // `for { … }`, or paced by a ticker: `for ; true; <-tick.C { … }` goes round for good too.
    const h = loopHeader(loop);
    if (h && !(h.type === 'for_clause' && !h.childForFieldName('initializer') && /^(true)?$/.test(h.childForFieldName('condition')?.text ?? '') && timeWait(h.childForFieldName('update')))) return false;
    // Nothing else in the loop waits on a channel but time: a producer that waits for its own input can run dry with it.
    const body = loop.childForFieldName('body');
    return !!body && body.descendantsOfType(['select_statement', 'unary_expression', 'for_statement']).every((n) => n?.type === 'unary_expression' && (!receiveOperand(n) || timeWait(n)));
  });
}

/**
 * Does the function that makes the channel never return once it has started the goroutines that range over it? Each
 * of them is started by a go statement of its own body (the make there too, not in a literal), its last statement is
 * a loop that never ends (`for { … }`, or a range over a time channel, `for range time.Tick(d)`) with no way out, and
 * nothing from the first of those go statements on leaves (no return, break, goto, nor a call that ends the goroutine;
 * one that ends the process ends the workers with it). The workers then live as long as it does, for good: a worker
 * pool of a loop that runs for the life of its goroutine, not goroutines left behind by one that went on.
 */
export function ownerRunsForever(world: ChanWorld): boolean {
  const fn = world.chan.fn;
  const body = fn.node.childForFieldName('body');
  if (!body || world.site || enclosingFuncNode(world.chan.make)?.id !== fn.node.id) return false;
  const starts: Node[] = [];
  for (const o of world.ops) {
    if (o.kind !== 'range') continue;
    const go = o.body.goStmt;
    if (!go || enclosingFuncNode(go)?.id !== fn.node.id) return false;
    starts.push(go);
  }
  const stmts = blockStatements(body);
  const first = stmts.findIndex((st) => starts.some((g) => contains(st, g)));
  const loop = stmts[stmts.length - 1];
  if (starts.length === 0 || first < 0 || loop?.type !== 'for_statement' || loopHasWayOut(loop)) return false;
  const clause = loopHeader(loop);
  const endless = unconditionalLoop(loop) || (clause?.type === 'range_clause' && isTimeChannel(clause.childForFieldName('right')));
  const leaves = (n: Node) => n.type === 'return_statement' || n.type === 'goto_statement' || n.type === 'break_statement' || (callEnd(n) ?? 'process') !== 'process';
  return endless && stmts.slice(first, -1).every((st) => !leaves(st) && findBelow(st, leaves, true).length === 0);
}

export const channels: Fact<ChannelFacts> = {
  key: 'channels',
  compute: computeChannels,
};
