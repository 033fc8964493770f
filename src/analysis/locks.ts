import type { Node } from 'web-tree-sitter';
import type { Fact, Package } from './package';
import { Body, ChanOp, ChanWorld, channels } from './channels';
import { fieldChannels } from './fields';
import { builtType, calledFunction, operandType } from './typing';
import { leaks, lenChecked } from './leaks';
import { FuncInfo, packageIndex, PackageIndex } from './funcs';
import { neverReassigned, type Decl } from './scope';
import { blockStatements, caseStatements, contains, dotNames, enclosingFuncNode, escapeRe, findBelow, ifTaken, importsPackage, isFuncNode, listItems, unparen } from './syntax';
import { codeMatches } from '../source/lex';

/**
 * Channel operations made while holding a mutex that the partner needs (a mixed channel/lock deadlock): a
 * goroutine holds `s.mu` and blocks sending on (or receiving from) a channel whose every partner must lock
 * `s.mu` before it can take part. Each waits for the other forever.
 *
 * Mutexes are named by where they live: a field of a struct type (`T.mu`, for `x.mu` with x a T), the mutex
 * embedded in T (`T.`, for `x.Lock()`), or a local variable. Two values of T are taken to share the field's
 * mutex when they share the field's channel (the channel model's `T.f` identity, see fields.ts).
 */

export interface LockKey {
  /** `T.mu`, `T.` (embedded), or `local:<offset>`. */
  id: string;
  /** How it reads in a message: `s.mu`. */
  text: string;
}

export interface HeldLockLeak {
  world: ChanWorld;
  op: ChanOp;
  lock: LockKey;
  /** The `Lock()` call that holds it (in the op's function, or at the call of that function). */
  lockedAt: { node: Node; fn: FuncInfo };
  /** A partner body and the `Lock()` it must get through first. */
  partner: Body;
  partnerLock: { node: Node; fn: FuncInfo };
  /**
   * When the partner does not lock the mutex itself but first waits on another channel (`<-resultCh`) whose every
   * sender or closer must lock it: that receive, its channel, and the goroutine that locks.
   */
  via?: { world: ChanWorld; recv: ChanOp; locker: Body };
}

const LOCKS = new Set(['Lock', 'RLock']);
/**
 * `Unlock`, `RUnlock`, and the unlocking variants a lock type of its own may add beside them
 * (`l.UnlockWithoutNotify()`, `l.UnlockAndWake()`).
 */
const UNLOCK = /^R?Unlock(?:[A-Z_]|$)/;

/** `x.mu.Lock()` → its mutex and whether it locks (true) or unlocks (false); undefined for any other call. */
function lockCall(call: Node, fn: FuncInfo, index?: PackageIndex): { key: LockKey; lock: boolean; read: boolean } | undefined {
  if (call.type !== 'call_expression') return undefined;
  const f = call.childForFieldName('function');
  if (f?.type !== 'selector_expression') return undefined;
  const method = f.childForFieldName('field')?.text ?? '';
  if (!LOCKS.has(method) && !UNLOCK.test(method)) return undefined;
  // A mutex's Lock and Unlock take nothing: `km.Lock(ctx, key)` is another kind of lock (one that can give up).
  if ((call.childForFieldName('arguments')?.namedChildCount ?? 0) > 0) return undefined;
  const key = mutexKey(f.childForFieldName('operand')!, fn, index);
  return key && { key, lock: LOCKS.has(method), read: method === 'RLock' || method === 'RUnlock' };
}

function mutexKey(e: Node, fn: FuncInfo, index?: PackageIndex): LockKey | undefined {
  const u = unparen(e);
  const res = fn.resolution();
  if (u.type === 'selector_expression') {
    const operand = u.childForFieldName('operand')!;
    const t = operandType(operand, fn, res, index);
    const field = u.childForFieldName('field')?.text;
    return t && field ? { id: `${t}.${field}`, text: u.text } : undefined;
  }
  if (u.type === 'identifier') {
    const d = res.declOf(u);
    if (!d) return undefined;
    if (d.kind === 'receiver' && fn.recvType) return { id: `${fn.recvType}.`, text: `the mutex of ${u.text}` };
    const t = operandType(u, fn, res);
    if (t && d.kind !== 'var') return { id: `${t}.`, text: `the mutex of ${u.text}` };
    if (d.kind === 'var') return { id: `local:${fn.file.path}:${d.node.startIndex}`, text: u.text };
  }
  return undefined;
}

/** The statement of `n` that is a direct child of a statement list (or case), and that list's statements. */
function statementsAround(n: Node): { stmt: Node; list: Node[] }[] {
  const out: { stmt: Node; list: Node[] }[] = [];
  for (let c: Node | null = n; c && c.parent; c = c.parent) {
    if (isFuncNode(c)) break;
    const p = c.parent;
    if (p.type === 'block') out.push({ stmt: c, list: blockStatements(p) });
    else if (p.type === 'statement_list') {
      const holder = p.parent;
      out.push({ stmt: c, list: holder && holder.type.endsWith('_case') ? caseStatements(holder) : holder?.type === 'block' ? blockStatements(holder) : [] });
    }
  }
  return out;
}

/** The mutexes held at `n` in `fn`'s own code: locked by an earlier statement of an enclosing list, not unlocked since. */
function heldIn(n: Node, fn: FuncInfo): Map<string, { key: LockKey; node: Node; read: boolean }> {
  const held = new Map<string, { key: LockKey; node: Node; read: boolean }>();
  const levels = statementsAround(n).reverse(); // outermost first
  for (const { stmt, list } of levels) {
    for (const s of list) {
      if (s.startIndex >= stmt.startIndex) break;
      const e = s.type === 'expression_statement' ? s.namedChild(0) : null;
      const c = e && lockCall(e, fn);
      if (!c) continue;
      if (c.lock) held.set(c.key.id, { key: c.key, node: e!, read: c.read });
      else held.delete(c.key.id);
    }
  }
  return held;
}

interface LockSite {
  key: LockKey;
  /** The `Lock()` call. */
  node: Node;
  fn: FuncInfo;
  read: boolean;
  /** Where it happens in the block asked about: the call itself, or the call of the function that locks. */
  at: Node;
}

/** The `Lock()` calls `block` makes, directly or through the package functions it calls (a few calls deep). */
function locksMade(index: PackageIndex, block: Node, fn: FuncInfo, depth: number, seen: Set<number>, at?: Node): LockSite[] {
  const out: LockSite[] = [];
  if (seen.has(block.id)) return out;
  seen.add(block.id);
  for (const call of findBelow(block, (x) => x.type === 'call_expression')) {
    // `go u.watch(…)`: the call runs in the goroutine it starts, not in the one asked about.
    if (call.parent?.type === 'go_statement') continue;
    const c = lockCall(call, fn);
    if (c) {
      if (c.lock) out.push({ key: c.key, node: call, fn, read: c.read, at: at ?? call });
      continue;
    }
    if (depth <= 0) continue;
    const f = call.childForFieldName('function');
    if (!f) continue;
    const res = fn.resolution();
    let callee = index.calleeOf(f, res);
    if (f.type === 'selector_expression') {
      const operand = f.childForFieldName('operand')!;
      const t = operandType(operand, fn, res, index);
      // A method of the operand's own type (or one it embeds): not another type's method that happens to have the
      // only such name in the package (`conn.Close()` on a net.Conn is not the package's `Session.Close`).
      if (t) callee = index.method(t, f.childForFieldName('field')?.text ?? '') ?? callee;
      else if (declaredOfAnotherPackage(operand, res) || fieldOfAnotherPackage(operand, fn, res, index) || elementOfAnotherPackage(operand, fn, res, index)) callee = undefined;
      // A method of a value the goroutine's own code has just made (`cloned := db.copy()`, a copy returned as
      // `&DB{…}`): its mutexes are that new value's, which nobody else holds.
      if (callee && madeAnew(operand, fn, res, index)) callee = undefined;
    }
    const body = callee?.usable ? callee.node.childForFieldName('body') : null;
    if (callee && body) out.push(...locksMade(index, body, callee, depth - 1, seen, at ?? call));
  }
  return out;
}

/** A field declared with a type of another package (`ir.timer` of `timer *time.Ticker`): its methods are not ours. */
function fieldOfAnotherPackage(operand: Node, fn: FuncInfo, res: ReturnType<FuncInfo['resolution']>, index: PackageIndex): boolean {
  const u = unparen(operand);
  if (u.type !== 'selector_expression') return false;
  const t = operandType(u.childForFieldName('operand')!, fn, res, index);
  const ft = t ? index.fieldType(t, u.childForFieldName('field')?.text ?? '') : undefined;
  return ft !== undefined && /^(?:\*|\[\]|\[\d+\])*\w+\.\w+/.test(ft);
}

/**
 * A local set once to an element of a map or slice whose declared element type is another package's (`ext, ok :=
 * m.extensions[name]` with `extensions map[string]types.ExtensionSnapshotter`): its methods are not this package's.
 */
function elementOfAnotherPackage(operand: Node, fn: FuncInfo, res: ReturnType<FuncInfo['resolution']>, index: PackageIndex): boolean {
  const u = unparen(operand);
  const d = u.type === 'identifier' ? res.declOf(u) : undefined;
  if (!d || d.kind !== 'var' || !neverReassigned(d)) return false;
  const value = d.init ?? commaOkValue(d);
  const container = value && unparen(value).type === 'index_expression' ? unparen(unparen(value).childForFieldName('operand')!) : undefined;
  if (container?.type !== 'selector_expression') return false;
  const t = operandType(container.childForFieldName('operand')!, fn, res, index);
  const ft = t ? index.fieldType(t, container.childForFieldName('field')?.text ?? '') : undefined;
  return ft !== undefined && /^(?:map\[[^\]]*\]|\[\d*\])\*?\w+\.\w+$/.test(ft);
}

/** The value of `v, ok := x[k]` (or of a receive or type assertion so written) for the declaration of `v`. */
function commaOkValue(d: Decl): Node | undefined {
  const list = d.node.parent;
  const st = list?.type === 'expression_list' ? list.parent : undefined;
  if (st?.type !== 'short_var_declaration' || list!.namedChildCount !== 2 || list!.namedChild(0)?.id !== d.node.id) return undefined;
  const right = st.childForFieldName('right');
  const items = right?.type === 'expression_list' ? right.namedChildren : right ? [right] : [];
  return items.length === 1 && items[0] ? items[0] : undefined;
}

/**
 * A local set once, by a call of a package function or method whose every return is a value it makes there (`return
 * &DB{…}`, `T{…}`, `new(T)`, or nil): a new value, whose mutexes nobody else holds yet.
 */
function madeAnew(operand: Node, fn: FuncInfo, res: ReturnType<FuncInfo['resolution']>, index: PackageIndex): boolean {
  const u = unparen(operand);
  const d = u.type === 'identifier' ? res.declOf(u) : undefined;
  const init = d?.kind === 'var' && neverReassigned(d) && d.init ? unparen(d.init) : undefined;
  if (init?.type !== 'call_expression') return false;
  const maker = calledFunction(init, fn, res, index);
  const body = maker?.usable ? maker.node.childForFieldName('body') : null;
  if (!maker || !body) return false;
  const returns = findBelow(body, (n) => n.type === 'return_statement').filter((r) => enclosingFuncNode(r)?.id === maker.node.id);
  return returns.length > 0 && returns.every((r) => {
    const values = r.namedChild(0);
    const items = values?.type === 'expression_list' ? values.namedChildren : values ? [values] : [];
    return items.length === 1 && items[0] !== null && (unparen(items[0]).type === 'nil' || builtType(items[0]) !== undefined);
  });
}

/**
 * A local or parameter declared with a type of another package (`conn net.Conn`, `w *http.Request`), or a local
 * set by a function of an imported package (`ticker := time.NewTicker(d)`): that package cannot name this one's
 * types, so its methods are not this package's.
 */
function declaredOfAnotherPackage(operand: Node, res: ReturnType<FuncInfo['resolution']>): boolean {
  const u = unparen(operand);
  if (u.type !== 'identifier') return false;
  const d = res.declOf(u);
  if (d?.kind === 'var' && d.init?.type === 'call_expression' && neverReassigned(d)) {
    const f = unparen(d.init.childForFieldName('function')!);
    const pkg = f.type === 'selector_expression' ? unparen(f.childForFieldName('operand')!) : undefined;
    if (pkg?.type === 'identifier' && !res.declOf(pkg) && importsPackage(u.tree.rootNode, pkg.text)) return true;
  }
  const decl = d?.node.parent;
  if (!d || d.kind === 'receiver' || (decl?.type !== 'parameter_declaration' && decl?.type !== 'var_spec')) return false;
  let t = decl.childForFieldName('type');
  while (t && (t.type === 'pointer_type' || t.type === 'generic_type')) t = t.type === 'pointer_type' ? t.namedChild(0) : t.childForFieldName('type');
  return t?.type === 'qualified_type';
}

function computeHeldLocks(pkg: Package): HeldLockLeak[] {
  const index = pkg.fact(packageIndex);
  const out: HeldLockLeak[] = [];
  const worlds: ChanWorld[] = [...pkg.fact(channels).worlds, ...pkg.fact(fieldChannels).worlds];
  // An operation the leak rules already explain (nothing receives, the partner returns first) is theirs: for that
  // channel, however it is followed (a field, or the local value whose literal made it). The same code may also run on
  // a channel made elsewhere (`report(c, r)` called with two), where it is not.
  const facts = pkg.fact(leaks);
  const key = (w: ChanWorld, op: ChanOp) => `${op.node.id}:${w.chan.make.id}`;
  const explained = new Set<string>([...facts.sendLeaks.flatMap((l) => [l, ...(l.alsoOn ?? [])]).map((l) => key(l.world, l.send)), ...facts.recvLeaks.map((l) => key(l.world, l.recv))]);
  const seen = new Set<number>();
  for (const world of worlds) {
    if (world.escape) continue;
    for (const op of world.ops) {
      if (op.guarded || op.deferred || (op.kind !== 'send' && op.kind !== 'recv') || seen.has(op.node.id) || explained.has(key(world, op))) continue;
      if (op.kind === 'send' && world.chan.capacity !== 0) continue;
      const fn = index.enclosing(op.node);
      if (!fn) continue;
      const held = heldIn(op.node, fn);
      if (held.size === 0) continue;
      const partnerOps = world.ops.filter((o) => (op.kind === 'send' ? o.kind === 'recv' || o.kind === 'range' : o.kind === 'send' || o.kind === 'close') && o.body !== op.body);
      const partners = [...new Set(partnerOps.map((o) => o.body))];
      if (partners.length === 0) continue;
      // A mutex unlocked by another goroutine of this function (`h.Lock()` here, `h.Unlock()` in a go literal) is
      // handed over between goroutines: who holds it at the operation is not this code's to say.
      const handedOver = new Set(
        index.literalsIn(fn.node).flatMap((l) =>
          findBelow(l.node.childForFieldName('body')!, (c) => c.type === 'call_expression').flatMap((c) => {
            const u = lockCall(c, fn);
            return u && !u.lock ? [u.key.id] : [];
          }),
        ),
      );
      for (const h of held.values()) {
        if (handedOver.has(h.key.id)) continue;
        // `if len(ch) == 0 { …; continue }; v := <-ch` under the lock, with every receiver of ch holding it too: the
        // value len saw is still there to take.
        if (op.kind === 'recv' && !h.read && lenChecked(op) && world.ops.every((o) => (o.kind !== 'recv' && o.kind !== 'range') || receivesUnder(o, h.key.id, index))) continue;
        if (op.kind === 'recv' && closedWhenFlagged(op, world, h.key.id, index, pkg)) continue;
        // Every partner must lock the same mutex (a write lock, or any lock when we hold it for writing) where it
        // can still come to its operation afterwards.
        let need: { node: Node; fn: FuncInfo } | undefined;
        let via: HeldLockLeak['via'];
        let all = true;
        for (const p of partners) {
          const mine = partnerOps.filter((o) => o.body === p);
          const locks = locksMade(index, p.block, p.fn, 3, new Set()).filter((l) => l.key.id === h.key.id && (!l.read || !h.read));
          // Locks taken before the holder even started cannot meet it.
          const started = op.body.goStmt && contains(p.block, op.body.goStmt) ? op.body.goStmt.endIndex : -1;
          const again = p.kind === 'func' && calledInLoop(index, p.fn);
          const usable = locks.filter(
            (l) =>
              l.at.startIndex > started &&
              (again || mine.some((o) => o.deferred || (precedesOrLoops(l.at, o.node, p.block) && !returnsAfter(o.node, l.at)))),
          );
          // Name the lock the partner meets on its way to the operation: one before it in the code rather than one after
          // it that only a loop brings round again (`case <-t.C: h.RLock()` before `case ch := <-h.exit: …; h.RLock()`,
          // which runs only once the receive is done); of those, the last (`mu.Lock(); …; mu.Unlock()` early on, then
          // `mu.Lock(); close(done)`: the second is where it waits to close).
          const ahead = usable.filter((l) => mine.some((o) => l.at.startIndex < o.node.startIndex)).sort((a, b) => b.at.startIndex - a.at.startIndex);
          const before = ahead[0] ?? usable[0];
          if (!before) {
            const gate = partners.length === 1 ? throughGate(index, worlds, world, op, p, mine, started, h) : undefined;
            if (!gate) {
              all = false;
              break;
            }
            need = gate.lock;
            via = gate.via;
            continue;
          }
          need ??= { node: before.node, fn: before.fn };
        }
        if (!all || !need) continue;
        seen.add(op.node.id);
        out.push({ world, op, lock: h.key, lockedAt: { node: h.node, fn }, partner: partners[0], partnerLock: need, via });
        break;
      }
    }
  }
  return out;
}

/**
 * `if w.done { r, ok := <-w.result }` while holding `w.mu`, where every assignment of the flag (`x.done = …` anywhere
 * in the package, for x of w's type) sets it true while holding that mutex, in a function that closes the channel
 * while holding it as well (`w.done = true; w.result <- v; close(w.result)`), and no literal starts it true
 * (`{done: true}`): whoever reads the flag true under the mutex finds the channel closed, so the receive returns at
 * once.
 */
function closedWhenFlagged(op: ChanOp, world: ChanWorld, key: string, index: PackageIndex, pkg: Package): boolean {
  const ifs = ifTaken(op.node, (p) => isFuncNode(p) || p.type === 'func_literal');
  const cond = ifs ? unparen(ifs.childForFieldName('condition')!) : undefined;
  const flag = cond?.type === 'selector_expression' ? cond.childForFieldName('field')?.text : undefined;
  const at = index.enclosing(op.node);
  // The flag is a field of a type (mutexKey names any `x.f` by x's type: `Want.done`): writes of a field of that name
  // in other types do not count.
  const id = at && cond && mutexKey(cond, at, index)?.id;
  if (!flag || !id) return false;
  const closes = world.ops.filter((o) => o.kind === 'close' && !o.deferred);
  let writes = 0;
  for (const file of pkg.files) {
    for (const { sel } of dotNames(file, flag)) {
      if (!sel) return false;
      const list = sel.parent;
      const st = list?.type === 'expression_list' ? list.parent : undefined;
      if (st?.type !== 'assignment_statement' || st.childForFieldName('left')?.id !== list!.id) continue; // a read
      const fn = index.enclosing(sel);
      const field = fn && mutexKey(sel, fn, index)?.id;
      if (!fn || !field) return false;
      if (field !== id) continue;
      const value = listItems(st.childForFieldName('right'))[listItems(list).findIndex((x) => x?.id === sel.id)];
      if (value?.text !== 'true' || !heldIn(st, fn).has(key)) return false;
      if (!closes.some((o) => index.enclosing(o.node) === fn && heldIn(o.node, fn).has(key))) return false;
      writes++;
    }
    // `wantConn{done: true}`: set without the close.
    if (codeMatches(file.text, `[{,]\\s*${escapeRe(flag)}\\s*:\\s*true\\b`).next().done === false) return false;
  }
  return writes > 0;
}

/** Is the receive made while holding the mutex `key`? */
function receivesUnder(o: ChanOp, key: string, index: PackageIndex): boolean {
  const fn = index.enclosing(o.node);
  return !!fn && heldIn(o.node, fn).has(key);
}

/**
 * The partner `p` does not lock the held mutex itself, but before its operation it receives (outside a select)
 * from another local channel whose every sender or closer is another goroutine that must lock the mutex first: a
 * three-party cycle (the holder waits for `p`, `p` waits for the locker, the locker waits for the holder's mutex).
 * The locker's `Lock` must be on the very value the holder was started on (`go x.m(…)`, then `x.mu.Lock()` on the
 * same local x), or on a mutex the holder names the same way (`T.mu` through a receiver or parameter of T).
 */
function throughGate(
  index: PackageIndex,
  worlds: ChanWorld[],
  world: ChanWorld,
  op: ChanOp,
  p: Body,
  mine: ChanOp[],
  started: number,
  h: { key: LockKey; read: boolean },
): { lock: { node: Node; fn: FuncInfo }; via: NonNullable<HeldLockLeak['via']> } | undefined {
  const holderValue = startedOn(op.body, p);
  for (const w of worlds) {
    if (w === world || w.escape || w.chan.field) continue;
    for (const recv of w.ops) {
      if (recv.kind !== 'recv' || recv.guarded || recv.deferred || recv.body.block.id !== p.block.id || recv.node.startIndex <= started) continue;
      if (!mine.some((o) => o.deferred || precedesOrLoops(recv.node, o.node, p.block))) continue;
      const senderOps = w.ops.filter((o) => (o.kind === 'send' || o.kind === 'close') && o.body.block.id !== p.block.id && o.body.block.id !== op.body.block.id);
      const lockers = [...new Map(senderOps.map((o) => [o.body.block.id, o.body] as const)).values()];
      if (lockers.length === 0 || senderOps.length !== w.ops.filter((o) => o.kind === 'send' || o.kind === 'close').length) continue;
      let first: { node: Node; fn: FuncInfo } | undefined;
      for (const l of lockers) {
        const theirs = senderOps.filter((o) => o.body.block.id === l.block.id);
        const lock = findBelow(l.block, (c) => c.type === 'call_expression').find((c) => {
          if (!theirs.every((o) => c.startIndex < o.node.startIndex)) return false;
          const k = lockCall(c, l.fn, index);
          if (!k || !k.lock || k.key.id !== h.key.id || (k.read && h.read)) return false;
          // A lock on a local value must be on the value the holder runs on.
          const operand = unparen(c.childForFieldName('function')!.childForFieldName('operand')!);
          const base = operand.type === 'selector_expression' ? unparen(operand.childForFieldName('operand')!) : operand;
          const d = base.type === 'identifier' ? l.fn.resolution().declOf(base) : undefined;
          return !d || d.kind !== 'var' || d === holderValue;
        });
        if (!lock) {
          first = undefined;
          break;
        }
        first ??= { node: lock, fn: l.fn };
      }
      if (first) return { lock: first, via: { world: w, recv, locker: lockers[0] } };
    }
  }
  return undefined;
}

/** The local whose method the holder's goroutine runs (`go x.m(…)` → x), when it is declared in `p`'s function. */
function startedOn(holder: Body, p: Body): Decl | undefined {
  const call = holder.goStmt?.namedChild(0);
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  if (f?.type !== 'selector_expression') return undefined;
  const x = unparen(f.childForFieldName('operand')!);
  return x.type === 'identifier' ? p.fn.resolution().declOf(x) : undefined;
}

/** Is `fn` called from inside a loop somewhere in the package (so its code after an operation precedes the next)? */
function calledInLoop(index: PackageIndex, fn: FuncInfo): boolean {
  return index.callsTo(fn).some(({ call }) => {
    for (let p = call.parent; p && !isFuncNode(p); p = p.parent) if (p.type === 'for_statement') return true;
    return false;
  });
}

/**
 * A lock after the operation in the same case or block, which then ends with `return` (`case ch := <-h.exit: …;
 * h.RLock(); …; return`): the loop never brings it round before the operation.
 */
function returnsAfter(op: Node, lock: Node): boolean {
  if (lock.startIndex < op.startIndex) return false;
  for (let p: Node | null = lock.parent; p && !isFuncNode(p); p = p.parent) {
    if (!contains(p, op)) continue;
    const stmts = p.type === 'communication_case' || p.type === 'expression_case' || p.type === 'default_case' ? caseStatements(p) : p.type === 'block' ? blockStatements(p) : undefined;
    if (!stmts) return false;
    return stmts[stmts.length - 1]?.type === 'return_statement';
  }
  return false;
}

/**
 * Can `lock` (somewhere under `block`, possibly in a called function) come before `op` in one run of `block`:
 * the call that leads to it starts before the op, or both sit in a loop of `block`?
 */
function precedesOrLoops(lock: Node, op: Node, block: Node): boolean {
  if (lock.startIndex < op.startIndex) return true;
  // `ch <- t.Len()`: the value is worked out before the send can block.
  const value = op.type === 'send_statement' ? op.childForFieldName('value') : null;
  if (value && contains(value, lock)) return true;
  for (let p: Node | null = op; p && p.id !== block.id; p = p.parent) if (p.type === 'for_statement' && contains(p, lock)) return true;
  return false;
}

export const heldLocks: Fact<HeldLockLeak[]> = {
  key: 'held-locks',
  compute: computeHeldLocks,
};
