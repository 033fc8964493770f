import type { Fact, Package } from './package';
import type { SourceFile } from '../source/source';
import { Body, type ChanInfo, ChanOp, ChanWorld, channels, copiesOf, sentOrClosedChannel } from './channels';
import { constantsIn, constantValue, countedExit, type ConstantOf, countedLoop as countedHeader, type CountSummary, guardsAround, type Guard, maxCount, maxCountBefore, minCount, minReceives, minSends, onceBranch, onceFlagIf, onceFlagTest, Unsupported, Witness } from './paths';
import { fieldChannels, FieldWorld } from './fields';
import { FuncInfo, isCommandFile, packageIndex, PackageIndex } from './funcs';
import { blockStatements, BRANCHING, exclusiveBranches, isTestHandle, callArguments, loopAround, holderStatements, loopHeader, callEnd, isTerminatingCall, isTestFailureExit, calleeText, caseStatements, checkArguments, communicationReceiveOperand, conjuncts, contains, disjuncts, declaresName, deferredIn, enclosingFuncNode, enclosingLoop, escapeRe, findBelow, ifTaken, importsPackage, isFuncNode, isTimerReceive, literalRunBy, isWayOut, listItems, loopFlags, NET_LISTEN, nilTestOperand, nonNilOperand, operatorOf, parentSkippingParens, receiveOperand, statementAfter, statementBefore, statementHolder, statementOf, neverRuns, unconditionalLoop, unparen, waitedGroup } from './syntax';
import { calledFunction, madeByDeclaration, operandType } from './typing';
import { argumentValue, conditionAtCall, ruledOutAtCall } from './arguments';
import type { Node } from 'web-tree-sitter';
import { neverReassigned, writeOf, type Decl, type Resolution } from './scope';
import { contextModel, ROOTS, WITH_CANCEL } from './contexts';
import { goVersionFor } from './gomod';
import { codeMatches } from '../source/lex';
import { callOncePerProcess, oncePerProcess } from './lifetime';

/**
 * The two ways a goroutine blocks forever on a channel golint-chan can follow:
 * - a send leak: goroutines can make more sends than the receiver takes plus the buffer;
 * - a receive leak: a receiver waits for more values than the sending side sends on some path (and it does not
 *   close the channel).
 */
export interface SendLeak {
  world: ChanWorld;
  /**
   * A call the goroutine makes before its send, handed a channel that the receiver sends on or closes only past every
   * place it gives up (heldInCall): if the call waits for it, the goroutine stays there instead of at its send.
   */
  heldIn?: { call: Node; arg: string; release: string };
  /** The goroutine that blocks, and its first send that can block. */
  sender: Body;
  send: ChanOp;
  /** How many goroutine bodies send (a `go` in a loop counts as many). */
  senderCount: number;
  /** Sends all sending goroutines can make; Infinity for a loop. */
  sends: number;
  /** The goroutine that receives, if any. */
  receiver?: Body;
  /** Fewest receives on some path of the receiver. */
  recvs: number;
  /** Most receives on one path of the receiver (Infinity in a loop). */
  maxRecvs: number;
  /** Where that path leaves (competing select case, early return, end of the function). */
  witness?: Witness;
  /** The receiver's first receive, when it has one. */
  firstRecv?: ChanOp;
  /** The sender's sends that can block (not the first sends into an empty buffer), in order. */
  blocking: ChanOp[];
  /** The leak happens only on paths where a test fails (`t.Fatal`, `require.NoError`, `t.Error` + `return` …). */
  testFailure: boolean;
  /** `sends` is a bound, not a count: a send made only in some iterations of a loop that runs a known number of times. */
  sendsUpTo?: boolean;
  /** `sends` is the most on any path, not what every path sends: some send sits in a branch (an if, switch or select). */
  sendsVary?: boolean;
  /** The receiver is a long-lived loop that can stop receiving; the send blocks when it comes after that. */
  afterStop?: boolean;
  /** The function that makes the channel sends on it before anything else can have it (no receiver can exist). */
  early?: boolean;
  /**
   * The send blocks only when its callers send after the loop that receives has stopped (see sentAfterOwnShutdown):
   * tagged, and reported only when the configuration asks.
   */
  afterShutdown?: boolean;
  /**
   * The same goroutine's sends on other channels that nothing receives from either (a dispatch loop that hands each
   * kind of message to its own channel): one finding for the goroutine, the others named as places it can also
   * block (see oneFindingPerGoroutine).
   */
  alsoOn?: SendLeak[];
  /**
   * The sender never runs dry (endlessProducer) and the receiver stops after a number of values only its loop knows:
   * whatever that number, a send is left waiting.
   */
  endless?: boolean;
}

export interface RecvLeak {
  world: ChanWorld;
  /** The body that blocks receiving, and its first receive that can block. */
  receiver: Body;
  recv: ChanOp;
  /** Most receives the receiver makes on one path. */
  recvs: number;
  /** The body that sends or closes, if any. */
  sender?: Body;
  /** Fewest sends on some path of the sender (a close counts as unlimited). */
  sends: number;
  /** Where the sender's short path is decided (an early return, an if without the send …). */
  witness?: Witness;
  /** The leak happens only on paths where a test fails. */
  testFailure: boolean;
}

/** How many ways out before late-started senders (judgeSends) are left out before the next is taken as it is. */
const MAX_LATE_STARTS = 8;

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function byPosition(a: ChanOp, b: ChanOp): number {
  return a.node.startIndex - b.node.startIndex;
}

/**
 * A loop that waits on another channel in every iteration (`for req := range requests`, or a plain `<-x` among
 * its statements) sends when its partner asks: a request/response protocol we cannot count, so one iteration's
 * sends are what can be left outstanding.
 */
function pacedLoop(loop: Node, body: Body, world?: ChanWorld): boolean {
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  const over = range?.childForFieldName('right');
  if (over?.type === 'identifier') {
    const d = body.fn.resolution().declOf(over);
    // A parameter bound to another stage's channel (`double(read(n))`) is fed by that stage, not by our receiver:
    // not paced. Bound to a variable, it may be the receiver's own request channel (`go w.serve(requests)`).
    if (d?.kind === 'param') {
      const call = [body.goStmt?.namedChild(0), world?.site?.call].find(
        (c) => c?.type === 'call_expression' && c.childForFieldName('function')?.type !== 'func_literal' && (c === world?.site?.call ? world?.chan.returnedBy?.node.id === d.fn.id : body.fn.node.id === d.fn.id),
      );
      const arg = call?.childForFieldName('arguments')?.namedChild(d.index);
      if (arg && unparen(arg).type === 'call_expression') return false;
    }
    const declType = d?.node.parent?.childForFieldName('type')?.type;
    const init = d?.init?.type === 'call_expression' ? d.init.childForFieldName('arguments')?.namedChild(0)?.type : undefined;
    if (declType === 'channel_type' || init === 'channel_type') return true;
  }
  for (const s of blockStatements(loop.childForFieldName('body'))) {
    if (s.type === 'expression_statement' || s.type === 'short_var_declaration' || s.type === 'assignment_statement') {
      if (/(^|[^<])<-/.test(s.text) && s.descendantsOfType('unary_expression').some((u) => u !== null && receiveOperand(u) !== undefined)) return !goesOnWhenClosed(s);
    }
  }
  return world !== undefined && lockPaced(loop, body, world);
}

/**
 * `v, ok := <-ch` followed by `if !ok { … }` whose block can go on without leaving the loop (no `break`, `return` or
 * `panic` as its last statement): once ch is closed the receive no longer waits, and the loop goes round as fast as
 * it can (`if !ok { errc <- err }`). Such a receive paces nothing.
 */
function goesOnWhenClosed(recv: Node): boolean {
  const left = recv.childForFieldName('left');
  const items = left?.type === 'expression_list' ? left.namedChildren : [];
  const ok = items.length === 2 && items[1]?.type === 'identifier' ? items[1].text : undefined;
  if (!ok || ok === '_') return false;
  const next = statementAfter(recv);
  const cond = next?.type === 'if_statement' ? unparen(next.childForFieldName('condition')!) : undefined;
  if (cond?.type !== 'unary_expression' || cond.childForFieldName('operator')?.type !== '!' || unparen(cond.childForFieldName('operand')!).text !== ok) return false;
  const last = blockStatements(next!.childForFieldName('consequence')).at(-1);
  return !last || !(last.type === 'break_statement' || last.type === 'return_statement' || isTerminatingCall(last));
}

/**
 * A loop that takes a lock in every iteration (`mu.Lock()`, `mu.RLock()` as a statement of its body) which its
 * goroutine never releases and the receiver does (`mu.Unlock()`): the next iteration waits until the receiver,
 * having taken this one's values, unlocks. One iteration's sends are what can be left outstanding.
 */
function lockPaced(loop: Node, body: Body, world: ChanWorld): boolean {
  const receivers = unique(world.ops.filter((o) => o.kind === 'recv' || o.kind === 'range').map((o) => o.body));
  if (receivers.length !== 1 || receivers[0] === body) return false;
  const calls = (block: Node, re: RegExp) => new Set(findBelow(block, (n) => n.type === 'call_expression' && re.test(n.childForFieldName('function')?.text ?? '')).map((c) => c.childForFieldName('function')!.text.replace(/\.R?(?:Un)?[Ll]ock$/, '')));
  const unlockedHere = calls(body.block, /\.R?Unlock$/);
  const unlockedThere = calls(receivers[0].block, /\.R?Unlock$/);
  for (const st of blockStatements(loop.childForFieldName('body'))) {
    const call = st.type === 'expression_statement' ? st.namedChild(0) : null;
    const m = call?.type === 'call_expression' && call.childForFieldName('arguments')?.namedChildCount === 0 ? /^(.+)\.R?Lock$/.exec(call.childForFieldName('function')?.text ?? '') : null;
    if (m && !unlockedHere.has(m[1]) && unlockedThere.has(m[1])) return true;
  }
  return false;
}

/**
 * Where the receiver hands the channel to a function whose goroutines send (`go runAll(checks, out)`, whose loop
 * starts the senders): the statements holding its calls of that function with the channel's own variable among the
 * arguments, first first. No sender exists before the first of them.
 */
function handovers(receiver: Body | undefined, senders: Body[], chan: ChanInfo): Node[] {
  const refs = chan.decl?.refs;
  if (!receiver || !refs) return [];
  const out: Node[] = [];
  for (const b of senders) {
    if (b.kind !== 'go' || !b.goStmt || contains(receiver.block, b.goStmt) || b.fn === receiver.fn) continue;
    for (const r of refs) {
      const call = r.parent?.type === 'argument_list' ? r.parent.parent : undefined;
      const callee = call?.type === 'call_expression' ? calleeText(call) : undefined;
      if (!callee || !contains(receiver.block, call!) || (callee !== b.fn.name && !callee.endsWith(`.${b.fn.name}`))) continue;
      // Checked for an error that the function returns only before it starts anything (`if err := Monitor(ch); err
      // != nil { t.Fatal(err) }`, or `err := Monitor(ch)` and that check next): the check leaves only when nothing
      // started, so the senders start after it.
      const st = statementOf(call!);
      let at: Node = call!;
      if (st && failsOnlyBeforeStarting(b.fn)) {
        const next = statementAfter(st) ?? undefined;
        const check = failedCallCheck(st, st) ? st : failedCallCheck(st, next) ? next : undefined;
        at = (check && statementAfter(check)) ?? at;
      }
      out.push(at);
    }
  }
  return out.sort((x, y) => x.startIndex - y.startIndex);
}

/**
 * Does `check` run its branch only when the call of `stmt` failed: `if err := f(…); err != nil { … }` (stmt and check
 * the same if), or `err := f(…)` (or `x, err = f(…)`) with `if err != nil { … }` as `check`, no else?
 */
function failedCallCheck(stmt: Node, check: Node | undefined): boolean {
  if (check?.type !== 'if_statement' || check.childForFieldName('alternative')) return false;
  const set = check.id === stmt.id ? check.childForFieldName('initializer') : stmt;
  if (set?.type !== 'short_var_declaration' && set?.type !== 'assignment_statement') return false;
  if (check.id !== stmt.id && check.childForFieldName('initializer')) return false;
  const right = listItems(set.childForFieldName('right'));
  if (right.length !== 1 || unparen(right[0]!).type !== 'call_expression') return false;
  const err = listItems(set.childForFieldName('left')).at(-1);
  return err?.type === 'identifier' && unparen(check.childForFieldName('condition')!).text.replace(/\s+/g, '') === `${err.text}!=nil`;
}

/**
 * Does `fn` return a non-nil error only before it starts any goroutine: every return whose last value is not the
 * literal nil is in a top-level statement of its body before the first one that holds a go statement?
 */
function failsOnlyBeforeStarting(fn: FuncInfo): boolean {
  const body = fn.node.childForFieldName('body');
  const result = fn.node.childForFieldName('result');
  if (!body || !result || !/\berror\)?$/.test(result.text)) return false;
  const top = blockStatements(body);
  const firstGo = top.findIndex((st) => st.type === 'go_statement' || findBelow(st, (n) => n.type === 'go_statement').length > 0);
  if (firstGo < 0) return false;
  return top.slice(firstGo).every((st) =>
    findBelow(st, (n) => n.type === 'return_statement').every((r) => {
      const last = listItems(r.namedChild(0)).at(-1);
      return last !== undefined && last !== null && unparen(last).type === 'nil';
    }),
  );
}

/** The first of the candidate start points (go statements, call sites) that lies inside `body`. */
function partnerStart(body: Body | undefined, candidates: (import('web-tree-sitter').Node | undefined)[]) {
  if (!body) return undefined;
  return candidates.find((n) => contains(body.block, n));
}

/**
 * The receiver's signal that the sender waits for before it can send: every send of the sender comes after a
 * receive from another local channel (`<-release`, or in the body of `case <-done:`), and the receiver is the only
 * one to send on or close that channel, once, as a statement of its own body (`close(done)`). Before that
 * statement the sender cannot be at its send, so the receiver's ways out before it do not strand the send (they
 * strand the sender at its wait instead, which is that channel's own finding). The statement, or undefined.
 */
function signalStart(world: ChanWorld, sender: Body, receiver: Body | undefined, sends: ChanOp[], byDecl?: WorldsByDecl): Node | undefined {
  if (!receiver || !byDecl || receiver.kind !== 'func') return undefined;
  const top = blockStatements(receiver.block);
  for (const other of byDecl.values()) {
    if (other === world || other.escape) continue;
    // `for v := range in { … }; out <- n`: the sender's range ends only when the receiver's one close of `in` runs.
    const ranges = other.ops.filter((o) => o.kind === 'range' && o.body.block.id === sender.block.id);
    const closes = other.ops.filter((o) => o.kind === 'close');
    if (ranges.length > 0 && closes.length === 1 && closes[0].body.block.id === receiver.block.id && !closes[0].deferred) {
      const stmt = top.find((st) => contains(st, closes[0].node));
      const loops = ranges.map((r) => (r.node.type === 'for_statement' ? r.node : enclosingLoop(r.node, sender.block))).filter((l): l is Node => l !== undefined);
      const after = (send: Node) => loops.some((l) => { for (let p: Node | null = send; p && p.id !== sender.block.id; p = p.parent) if (p.parent?.id === l.parent?.id && l.endIndex <= p.startIndex) return true; return false; });
      if (stmt && stmt.type === 'expression_statement' && sends.every((x) => after(x.node))) return stmt;
    }
    const signals = other.ops.filter((o) => o.kind === 'send' || o.kind === 'close');
    if (signals.length !== 1 || signals[0].body.block.id !== receiver.block.id || signals[0].deferred) continue;
    const stmt = top.find((st) => contains(st, signals[0].node));
    if (!stmt || (stmt.type !== 'expression_statement' && stmt.type !== 'send_statement')) continue;
    const waits = other.ops.filter((o) => o.kind === 'recv' && o.body.block.id === sender.block.id);
    if (waits.length === 0 || !sends.every((s) => waits.some((w) => waitsBefore(w.node, s.node, sender.block)))) continue;
    return stmt;
  }
  return undefined;
}

/** Reads that return only at the end of the stream (or on an error): `io.ReadAll(r)`, `io.Copy(w, r)`. */
const READS_TO_END = /^(io|ioutil)\.(ReadAll|Copy)$/;

/**
 * `buf, err := io.ReadAll(r); …; recv <- buf` where `r` is an end of an in-process pipe (`r, w := net.Pipe()`, or
 * a helper that returns net.Pipe's ends) that only the receiver closes, once, as a statement of its own body
 * (`w.Close()`, not deferred): the read ends only then, so before that statement the sender is still reading, not
 * at its send, and the receiver's ways out before it strand the sender in the read (not a channel operation).
 * The statement, or undefined.
 */
function endOfStreamStart(sender: Body, receiver: Body | undefined, sends: ChanOp[], index?: PackageIndex): Node | undefined {
  if (!receiver || receiver.kind !== 'func' || sender.kind !== 'go') return undefined;
  const res = receiver.fn.resolution();
  for (const read of findBelow(sender.block, (n) => n.type === 'call_expression' && READS_TO_END.test(calleeText(n) ?? ''))) {
    const args = read.childForFieldName('arguments')?.namedChildren ?? [];
    const r = args[args.length - 1];
    const d = r?.type === 'identifier' ? res.declOf(r) : undefined;
    if (!d || contains(sender.block, d.node) || !neverFails(d, r!, receiver, index, true)) continue;
    const stmt = statementOf(read);
    if (!stmt || !sends.every((o) => afterStatement(stmt, o.node, sender.block))) continue;
    // The pipe's ends: the variables its declaration sets that are endpoints too.
    const decl = d.node.parent?.parent;
    const ends = listItems(decl?.childForFieldName('left') ?? null)
      .map((x) => (x?.type === 'identifier' ? res.declOf(x) ?? res.decls.find((c) => c.node.id === x.id) : undefined))
      .filter((e): e is Decl => e !== undefined && (e === d || neverFails(e, e.node, receiver, index, true)));
    const closes = ends.flatMap((e) => e.refs).filter(closeCallOn);
    if (closes.length !== 1 || contains(sender.block, closes[0])) continue;
    const top = blockStatements(receiver.block).find((st) => contains(st, closes[0]));
    const call = closes[0].parent!.parent!;
    const plain = top?.type === 'expression_statement' && top.namedChild(0)?.id === call.id;
    const blank = top?.type === 'assignment_statement' && top.childForFieldName('left')?.text === '_' && top.childForFieldName('right')?.namedChild(0)?.id === call.id;
    if (plain || blank) return top;
  }
  return undefined;
}

/**
 * `conn, err := l.Accept(); …; done <- v` where `l` is a listener (`net.Listen`, or a package helper that returns
 * one) that the function uses only in method calls, none deferred: the goroutine gets past Accept only once someone
 * connects, and nothing can connect before the function's first statement that uses `l` (`l.Addr()` to dial it),
 * so the function's ways out before that statement leave the goroutine in Accept, not at its operation. That
 * statement, or undefined.
 */
function acceptFirstStart(sender: Body, receiver: Body | undefined, ops: ChanOp[], index?: PackageIndex): Node | undefined {
  if (!receiver || receiver.kind !== 'func' || sender.kind !== 'go' || !sender.goStmt) return undefined;
  const res = receiver.fn.resolution();
  for (const accept of findBelow(sender.block, (n) => n.type === 'call_expression' && /\.Accept$/.test(n.childForFieldName('function')?.text ?? '') && n.childForFieldName('arguments')?.namedChildCount === 0)) {
    const l = unparen(accept.childForFieldName('function')!.childForFieldName('operand')!);
    const d = l.type === 'identifier' ? res.declOf(l) : undefined;
    if (!d || contains(sender.block, d.node) || !neverFails(d, l, receiver, index, true)) continue;
    const stmt = statementOf(accept);
    if (!stmt || !ops.every((o) => afterStatement(stmt, o.node, sender.block))) continue;
    // Its uses outside the goroutine; a write that gives it its value (`l, err = newListener()`) is not one.
    const others = d.refs.filter((r) => !contains(sender.block, r) && !writeOf(r));
    if (others.some((r) => { for (let p: Node | null = r; p && p.id !== receiver.block.id; p = p.parent) if (p.type === 'defer_statement' || p.type === 'go_statement') return true; return false; })) continue;
    const top = blockStatements(receiver.block);
    const first = top.find((st) => others.some((r) => contains(st, r)));
    if (!first || first.startIndex <= sender.goStmt.endIndex) continue;
    // `c, err := net.Dial("tcp", l.Addr().String()); if err != nil { t.Fatal(err) }`: that check leaves only when
    // the dial failed, so nothing connected and the goroutine is still in Accept; the statement after it starts.
    const at = top.indexOf(first);
    if (top[at + 2] && failedDialCheck(first, top[at + 1], l.text)) return top[at + 2];
    if (top[at + 1] && failedDialCheck(first, first, l.text)) return top[at + 1];
    return first;
  }
  return undefined;
}

/**
 * `x, err := net.Dial(…, l.Addr().String())` (a dial of the listener's address, by a `Dial…` function or method)
 * followed by `if err != nil { … }` on the error it declared or set (or that if's own initializer: `check` is then
 * `dial` itself): the if runs its branch only when the dial failed.
 */
function failedDialCheck(dial: Node, check: Node, listener: string): boolean {
  if (!failedCallCheck(dial, check)) return false;
  // `if c, err = net.Dial(…); err != nil { … }`: the dial is the if's own initializer.
  const set = check.id === dial.id ? dial.childForFieldName('initializer')! : dial;
  const call = unparen(listItems(set.childForFieldName('right'))[0]!);
  if (!/(^|\.)Dial\w*$/.test(calleeText(call) ?? '')) return false;
  const addr = `${listener}.Addr()`;
  return listItems(call.childForFieldName('arguments')).some((a) => a != null && a.text.replace(/\s+/g, '').includes(addr));
}

/** The variable a `for … range x` loop ranges over (`x` a name, maybe in parentheses), as `res` resolves it. */
function rangedVariable(loop: Node, res: Resolution): Decl | undefined {
  const over = loop.namedChildren.find((c) => c?.type === 'range_clause')?.childForFieldName('right');
  const u = over ? unparen(over) : undefined;
  return u?.type === 'identifier' ? res.declOf(u) : undefined;
}

/**
 * `for v := range ch { … }; done <- true` where ch is a local of the function whose one close is a plain statement of
 * the function's own body (`close(ch)`, not deferred): the range
 * ends only then, so before that statement the goroutine is still in its range, not at its send, and the function's
 * ways out before it leave the goroutine waiting for values (from code the function handed ch to, which may close it
 * or not), not at the send this finding would name. That statement, or undefined.
 */
function rangeFirstStart(sender: Body, receiver: Body | undefined, sends: ChanOp[]): Node | undefined {
  if (!receiver || receiver.kind !== 'func' || sender.kind !== 'go' || !sender.goStmt || !contains(receiver.block, sender.goStmt)) return undefined;
  const res = receiver.fn.resolution();
  for (const loop of blockStatements(sender.block)) {
    if (loop.type !== 'for_statement') continue;
    const d = rangedVariable(loop, res);
    if (!d || d.kind !== 'var' || !neverReassigned(d) || contains(sender.block, d.node) || !contains(receiver.block, d.node)) continue;
    if (!sends.every((o) => o.body !== sender || afterStatement(loop, o.node, sender.block))) continue;
    const closes = d.refs.map((r) => closeCallOf(r)).filter((c): c is Node => c !== undefined);
    if (closes.length !== 1) continue;
    const top = blockStatements(receiver.block).find((st) => contains(st, closes[0]));
    if (top?.type === 'expression_statement' && top.namedChild(0)?.id === closes[0].id) return top;
  }
  return undefined;
}

/**
 * `errc <- sr.Run()` (or `err := run(ctx); errc <- err`): the goroutine's one send sends what a call returns, and
 * the function stops that call itself, once, with a plain statement of its own body: a close of the call's receiver
 * (`sr.Shutdown()`, `srv.Close()`, `x.Stop()`: CLOSER) or the cancel of the `context.WithCancel` context the call is
 * given (`cancel()`), with no deferred stop of either; a callee the package declares must wait for something itself.
 * A call that the function stops so is one meant to run until stopped: the function's ways out before the stop leave the goroutine in the call, not at its send (a leak of its
 * own, which this finding would misname). That statement, or undefined.
 */
function stopFirstStart(sender: Body, receiver: Body | undefined, ops: ChanOp[], index?: PackageIndex): Node | undefined {
  if (!receiver || receiver.kind !== 'func' || sender.kind !== 'go' || !sender.goStmt || ops.length !== 1 || ops[0].kind !== 'send') return undefined;
  const res = receiver.fn.resolution();
  const send = ops[0].node;
  let value = send.childForFieldName('value');
  value = value ? unparen(value) : null;
  // `err := run(ctx)` right before the send.
  if (value?.type === 'identifier') {
    const d = res.declOf(value);
    const prev = statementBefore(send);
    value = d?.init && prev && contains(prev, d.node) && contains(sender.block, d.node) ? unparen(d.init) : null;
  }
  // `serve(func() (net.Conn, error) { return ln.Accept() }, handle); done <- struct{}{}`: a call as the statement
  // right before the send, given a listener's accept (a method value `ln.AcceptTCP`, or a call in a literal): it
  // serves until that listener is closed.
  let listeners: Decl[] = [];
  if (value?.type !== 'call_expression') {
    const prev = statementBefore(send);
    const call = prev?.type === 'expression_statement' ? prev.namedChild(0) : null;
    if (call?.type !== 'call_expression') return undefined;
    listeners = acceptedListeners(call, sender, res);
    if (listeners.length === 0) return undefined;
    value = call;
  }
  // A callee the package declares must wait for something itself (a receive, a select, a Wait), or it returns on
  // its own whatever the function does.
  // (One that accepts on a listener waits in Accept: `listeners`.)
  const callee = listeners.length === 0 ? index?.callee(value, res) : undefined;
  const body = callee?.usable ? callee.node.childForFieldName('body') : undefined;
  if (body && findBelow(body, (n) => (n.type === 'unary_expression' && operatorOf(n) === '<-') || n.type === 'select_statement' || (n.type === 'call_expression' && /\.Wait$/.test(n.childForFieldName('function')?.text ?? ''))).length === 0) return undefined;
  const f = value.childForFieldName('function');
  const holder = f?.type === 'selector_expression' ? unparen(f.childForFieldName('operand')!) : undefined;
  // The holder, or a field of it (`tc.target.run()`, stopped by `tc.target.Stop()`): named from a local.
  let root = holder;
  while (root?.type === 'selector_expression') root = unparen(root.childForFieldName('operand')!);
  const holderDecl = root?.type === 'identifier' ? res.declOf(root) : undefined;
  const holderText = holder?.text.replace(/\s+/g, '');
  /** The use of the holder that a local's reference `r` starts (`tc` → `tc.target`), if it names the holder. */
  const holderAt = (h: Decl, r: Node): Node | undefined => {
    if (h !== holderDecl) return r;
    let n = r;
    while (n.text.replace(/\s+/g, '') !== holderText && n.parent?.type === 'selector_expression' && n.parent.childForFieldName('operand')?.id === n.id) n = n.parent;
    return n.text.replace(/\s+/g, '') === holderText ? n : undefined;
  };
  const ctxDecls = new Set((value.childForFieldName('arguments')?.namedChildren ?? []).map((a) => (a?.type === 'identifier' ? res.declOf(a) : undefined)).filter((d): d is Decl => d !== undefined));
  // The stops: calls of the holder's closers (or of the listener's it accepts on), or of the cancel of a context
  // given to the call.
  const stops: Node[] = [];
  let others = false;
  for (const h of holderDecl && !contains(sender.block, holderDecl.node) ? [holderDecl, ...listeners] : listeners) {
    for (const r of h.refs) {
      const x = holderAt(h, r);
      const sel = x?.parent;
      if (sel?.type === 'selector_expression' && sel.childForFieldName('operand')?.id === x!.id && CLOSER.test(sel.text) && sel.parent?.type === 'call_expression') stops.push(sel.parent);
    }
  }
  for (const c of ctxDecls) {
    const spec = c.node.parent?.parent;
    const left = spec?.type === 'short_var_declaration' ? spec.childForFieldName('left') : undefined;
    const right = spec?.childForFieldName('right')?.namedChild(0);
    if (!left || left.namedChild(0)?.id !== c.node.id || right?.type !== 'call_expression' || !WITH_CANCEL.has(calleeText(right) ?? '')) continue;
    const cancel = left.namedChild(1);
    const cd = cancel?.type === 'identifier' ? res.declOf(cancel) ?? res.decls.find((x) => x.node.id === cancel.id) : undefined;
    if (!cd) continue;
    for (const r of cd.refs) {
      if (r.parent?.type === 'call_expression' && r.parent.childForFieldName('function')?.id === r.id) stops.push(r.parent);
      else others = true; // handed on (`defer cancel()` is a call; `t.Cleanup(cancel)` is not)
    }
  }
  if (stops.length !== 1 || others) return undefined;
  const stop = stops[0];
  if (contains(sender.block, stop)) return undefined;
  const top = blockStatements(receiver.block).find((st) => contains(st, stop));
  const plain = top?.type === 'expression_statement' && top.namedChild(0)?.id === stop.id;
  // `require.Nil(t, ln.Close())`, `require.NoError(t, tc.target.Stop())`: the stop checked, as a statement of its own.
  const checked = top?.type === 'expression_statement' && (top.namedChild(0)?.childForFieldName('arguments')?.namedChildren ?? []).some((a) => a?.id === stop.id);
  return (plain || checked) && top!.startIndex > sender.goStmt.endIndex ? top : undefined;
}

/**
 * The listeners a call accepts on, among the function's locals (declared outside the goroutine): `ln` of a method
 * value `ln.Accept…` given as an argument (maybe wrapped, `wrap(ln.AcceptTCP)`), of a call `ln.Accept…()` inside a
 * function literal given as one, or a listener of the standard library given as one itself.
 */
function acceptedListeners(call: Node, sender: Body, res: Resolution): Decl[] {
  const out = new Set<Decl>();
  // A listener given itself (`serve(pc, handle)` for `pc, err := net.ListenUDP(…)`).
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    const x = a && unparen(a);
    const d = x?.type === 'identifier' ? res.declOf(x) : undefined;
    // `pc, err := net.ListenUDP(…)`: the one call on the right of its declaration.
    const spec = d?.node.parent?.parent;
    const right = spec?.type === 'short_var_declaration' ? listItems(spec.childForFieldName('right')) : [];
    const init = right.length === 1 && right[0] ? unparen(right[0]) : undefined;
    if (d && init?.type === 'call_expression' && NET_LISTEN.test(calleeText(init) ?? '') && !contains(sender.block, d.node)) out.add(d);
  }
  // Into function literals too (findBelow stops at them).
  for (const sel of (call.childForFieldName('arguments') ?? call).descendantsOfType('selector_expression')) {
    if (!sel || !/^Accept/.test(sel.childForFieldName('field')?.text ?? '')) continue;
    const x = unparen(sel.childForFieldName('operand')!);
    const d = x.type === 'identifier' ? res.declOf(x) : undefined;
    if (d && !contains(sender.block, d.node)) out.add(d);
  }
  return [...out];
}

/** Does every run of `block` that reaches `send` first complete the statement `stmt` (in the same list or one around it)? */
function afterStatement(stmt: Node, send: Node, block: Node): boolean {
  for (let p: Node | null = send; p && p.id !== block.id; p = p.parent) if (p.parent && p.parent.id === stmt.parent?.id && stmt.endIndex <= p.startIndex) return true;
  return false;
}

/** Does every run of `block` that reaches `send` first complete the receive `recv` (a statement before it, or the case it opens)? */
function waitsBefore(recv: Node, send: Node, block: Node): boolean {
  // `case <-done: … send …`
  for (let p: Node | null = send; p && p.id !== block.id; p = p.parent) {
    if (p.type === 'communication_case' && contains(p.childForFieldName('communication') ?? p, recv) && !contains(p.childForFieldName('communication') ?? p, send)) return true;
  }
  // `<-release` (or `v := <-release`) as a statement before the send, in the same list or one around it.
  let recvStmt = recv.parent;
  if (recvStmt?.type === 'expression_list') recvStmt = recvStmt.parent;
  if (!recvStmt || !['expression_statement', 'short_var_declaration', 'assignment_statement'].includes(recvStmt.type)) return false;
  if (recvStmt.type !== 'expression_statement' && !contains(recvStmt.childForFieldName('right') ?? recvStmt, recv)) return false;
  if (recvStmt.type === 'expression_statement' && recvStmt.namedChild(0)?.id !== recv.id) return false;
  return afterStatement(recvStmt, send, block);
}

/** Local channels by declaration, to find the world of another channel a select case receives from. */
export type WorldsByDecl = ReadonlyMap<Decl, ChanWorld>;

/** Does statement `first` always run to completion before `then`: an earlier statement of the same list that holds it? */
function precedes(first: Node, then: Node): boolean {
  const list = first.parent;
  if (!list) return false;
  for (let c: Node | null = then; c && c.parent; c = c.parent) {
    if (c.parent.id === list.id) return c.startIndex > first.endIndex;
  }
  return false;
}

/**
 * A select case of the receiver that receives from another local channel which only this world's sending
 * goroutine sends on, and only on paths where it does not send on this channel (the value-or-error pair) or
 * after it already sent here: when that case wins, the sender has chosen not to send here, or is done.
 */
function alternativeCase(
  world: ChanWorld,
  sender: Body,
  receiver: Body,
  byDecl: WorldsByDecl | undefined,
  index?: PackageIndex,
  alone = false,
): ((comm: Node) => boolean) | undefined {
  if (!byDecl || sender.copies !== 1 || world.site) return undefined;
  // The goroutine's own code and the functions it calls synchronously (one goroutine, several bodies).
  const same = (b: Body) => b === sender || (sender.goStmt !== undefined && b.kind === 'go' && b.goStmt?.id === sender.goStmt.id);
  // `alone`: the only sender that runs (the others are started on paths exclusive with it): only its operations count.
  const mine = world.ops.filter((o) => o.kind === 'send' && (!alone || same(o.body)));
  if (mine.some((o) => !same(o.body))) return undefined;
  const split = mine.some((o) => o.body.block.id !== sender.block.id);
  return (comm) => {
    const operand = communicationReceiveOperand(comm);
    if (operand?.type !== 'identifier') return false;
    const other = byDecl.get(receiver.fn.resolution().declOf(operand)!) ?? argumentWorld(operand, receiver, byDecl, index);
    if (!other || other === world || other.escape || other.site || other.chan.field) return false;
    const all = other.ops.filter((o) => o.kind !== 'recv' && o.kind !== 'range' && (!alone || same(o.body)));
    // `defer close(done)` in the goroutine runs after everything it does, sends included: when the case wins by
    // that close, the goroutine is done; what is left to judge are its sends there.
    const finalClose = (o: ChanOp) => o.kind === 'close' && o.deferred && same(o.body) && !o.body.sync;
    if (all.length > 0 && all.every(finalClose)) return true;
    const theirs = all.filter((o) => !finalClose(o));
    // `go func() { err := run(out); done <- err }()` with the send on out in run: done is sent once run has returned,
    // so when that case wins, run has made its sends.
    const call = sender.sync ? sender.callSite : undefined;
    const callStmt = call && statementOf(call);
    if (callStmt && theirs.length > 0 && theirs.every((t) => same(t.body) && !t.guarded && !t.deferred && contains(t.body.block, call!) && precedes(callStmt, t.node))) return true;
    if (split) return false;
    // Written by this goroutine, in the code it runs here: not the same code run by another goroutine (`report(c, r)`
    // called by the worker with one channel and by a watcher with the other).
    if (theirs.length === 0 || theirs.some((o) => (o.kind !== 'send' && o.kind !== 'close') || o.guarded || o.deferred || !same(o.body) || o.body.block.id !== sender.block.id)) {
      return false;
    }
    // Every signal there is the last thing the goroutine does: when that case wins, the goroutine is done.
    if (theirs.every((o) => endsRun(o, sender))) return true;
    if (theirs.every((t) => mine.every((m) => exclusiveBranches(t.node, m.node, sender.block)) || mine.some((m) => precedes(m.node, t.node)))) return true;
    // `status <- false; return` … `ids <- id` … `status <- true`: no signal on any path before any send (one on a path
    // that returns first never comes before it; in a loop, one later in the body comes before the next round's).
    const signals = theirs.map((t) => t.node);
    return mine.every((m) => (maxCountBefore(sender.block, signals, m.node) ?? 0) === 0);
  };
}

/**
 * A select case of the receiver that takes a value from another local channel that only this world's goroutines send
 * on, each of them sending one value at most on the two channels together (`connErr <- err; return` in one branch,
 * `endErr <- err; return` in another): when that case wins, the goroutine that sent the value is done with this
 * channel too, so at most all but one are left to send here. When the buffer holds that many, the case strands none
 * (the other way out, `case <-quit`, does).
 */
function relievingCase(world: ChanWorld, senders: Body[], receiver: Body, byDecl: WorldsByDecl | undefined): ((comm: Node) => boolean) | undefined {
  if (!byDecl || world.site || senders.length < 2 || senders.length - 1 > world.chan.capacity!) return undefined;
  if (senders.some((b) => b.kind !== 'go' || b.copies !== 1 || b.sync || b.starts)) return undefined;
  const mine = world.ops.filter((o) => o.kind === 'send');
  // Bodies are per channel world: compare the code they run.
  const ofSender = (o: ChanOp) => senders.some((b) => b.block.id === o.body.block.id);
  if (!mine.every(ofSender)) return undefined;
  return (comm) => {
    const operand = communicationReceiveOperand(comm);
    if (operand?.type !== 'identifier') return false;
    const d = receiver.fn.resolution().declOf(operand);
    const other = d && byDecl.get(d);
    if (!other || other === world || other.escape || other.site || other.chan.field) return false;
    const theirs = other.ops.filter((o) => o.kind !== 'recv' && o.kind !== 'range');
    if (theirs.length === 0 || theirs.some((o) => o.kind !== 'send' || o.deferred || !ofSender(o))) return false;
    return senders.every((b) => {
      const own = [...mine, ...theirs].filter((o) => o.body.block.id === b.block.id).map((o) => o.node);
      return maxCount(b.block, own, world.chan.make) <= 1;
    });
  };
}

/** The testing types whose `Context()` is cancelled only once the test function that holds them has returned. */
const TEST_HANDLES = /^(\*testing\.(T|B|F)|testing\.TB)$/;

/**
 * `case <-ctx.Done():` on a context that cannot be done while the function waits in its select: the running
 * test's own `t.Context()` (of a `t` the function itself is given: Go cancels it just before the test's Cleanup
 * functions run, after the test function returned), `context.Background()` or `context.TODO()`, or such a context
 * wrapped by `context.WithValue` or `context.WithoutCancel`; written in the case, or held by a local set once; or,
 * from the package's context model, a parameter of an unexported function every call gives such a context, or a
 * local or field only ever given one. Such a case never wins, so it strands nothing.
 */
function neverDoneCase(receiver: Body, index?: PackageIndex): ((comm: Node) => boolean) | undefined {
  const never = neverDoneCtx(receiver, index);
  return never && ((comm: Node) => {
    const ctx = doneOperand(comm);
    return !!ctx && never(ctx);
  });
}

/**
 * `if err := ctx.Err(); err != nil { … }` or `if ctx.Err() != nil { … }` on a context that is never done where
 * `body` runs (neverDoneCtx): the branch never runs.
 */
function neverDoneErrCheck(body: Body, index?: PackageIndex): ((ifs: Node) => boolean) | undefined {
  const never = neverDoneCtx(body, index);
  return never && ((ifs: Node) => {
    const ctx = errCheckedContext(ifs);
    return ctx !== undefined && never(ctx);
  });
}

/** `ctx` of `if ctx.Err() != nil`, or of `if err := ctx.Err(); err != nil`; undefined for any other if. */
function errCheckedContext(ifs: Node): Node | undefined {
  const err = nonNilOperand(unparen(ifs.childForFieldName('condition')!));
  const init = ifs.childForFieldName('initializer');
  let call: Node | undefined = err && unparen(err).type === 'call_expression' ? unparen(err) : undefined;
  if (!call && err?.type === 'identifier' && init?.type === 'short_var_declaration') {
    const left = listItems(init.childForFieldName('left'));
    const right = listItems(init.childForFieldName('right'));
    if (left.length === 1 && left[0]?.text === err.text && right.length === 1) call = unparen(right[0]!);
  }
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : undefined;
  if (f?.type !== 'selector_expression' || f.childForFieldName('field')?.text !== 'Err' || call!.childForFieldName('arguments')?.namedChildCount !== 0) return undefined;
  return f.childForFieldName('operand') ?? undefined;
}

/** A context expression that is never done where `receiver` runs (see neverDoneCase); undefined when none is known. */
function neverDoneCtx(receiver: Body, index?: PackageIndex): ((ctx: Node) => boolean) | undefined {
  // A goroutine's context is its starter's (a local it closes over, or a parameter of the function): only the
  // context model follows those to every value they are given (`s.reorgWorker(context.TODO())`).
  // A function a goroutine runs, called for this channel by one call, is given its context by that call.
  // So is a goroutine that a function started by one call for this channel (`AsyncTransform(context.Background(), in)`).
  const neverDone =
    receiver.kind === 'func' || (receiver.sync && receiver.callSite)
      ? neverDoneContext(receiver, index)
      : receiver.kind === 'go' && receiver.startedBy
        ? neverDoneIn(receiver.fn, receiver.fn.node, receiver.startedBy, index)
        : undefined;
  const model = index?.package.fact(contextModel);
  if (!neverDone && !model) return undefined;
  return (ctx: Node) => (neverDone?.(ctx, 0) ?? false) || (model?.neverDone(ctx) ?? false);
}

/** `ctx` of a select communication `<-ctx.Done()`. */
function doneOperand(comm: Node): Node | undefined {
  const ch = communicationReceiveOperand(comm);
  const u = ch ? unparen(ch) : undefined;
  const f = u?.type === 'call_expression' ? u.childForFieldName('function') : undefined;
  if (f?.type !== 'selector_expression' || f.childForFieldName('field')?.text !== 'Done' || u!.childForFieldName('arguments')?.namedChildCount !== 0) return undefined;
  return f.childForFieldName('operand') ?? undefined;
}

/**
 * Is a context expression in the receiver's function never done: `context.Background()`, `context.TODO()`, a local
 * set once to one, `context.WithValue`/`WithoutCancel` of one, or `t.Context()` of the test handle the function is given?
 * For a function called for this channel by one call (its callSite), a parameter is what that call gives it
 * (`go func() { h.serve(context.TODO(), reqs) }()` in a test).
 */
function neverDoneContext(receiver: Body, index?: PackageIndex): (e: Node, depth: number) => boolean {
  return neverDoneIn(receiver.fn, enclosingFuncNode(receiver.block) ?? receiver.fn.node, receiver.callSite ?? undefined, index);
}

function neverDoneIn(fn: FuncInfo, fnNode: Node, callSite: Node | undefined, index: PackageIndex | undefined): (e: Node, depth: number) => boolean {
  const res = fn.resolution();
  const neverDone = (e: Node, depth: number): boolean => {
    const u = unparen(e);
    if (depth > 4) return false;
    if (u.type === 'identifier') {
      const d = res.declOf(u);
      if (d?.kind === 'param' && callSite && index && neverReassigned(d)) {
        const i = fn.paramsOf(fnNode).indexOf(d);
        const arg = i >= 0 ? callArguments(callSite)[i] : undefined;
        const caller = index.enclosing(callSite);
        return !!arg && !!caller && neverDoneIn(caller, enclosingFuncNode(callSite) ?? caller.node, undefined, index)(arg, depth + 1);
      }
      if (!d || d.kind !== 'var' || !d.init || !neverReassigned(d)) return false;
      return neverDone(d.init, depth + 1);
    }
    if (u.type !== 'call_expression') return false;
    const callee = calleeText(u) ?? '';
    if (ROOTS.has(callee)) return true;
    const args = callArguments(u);
    if ((callee === 'context.WithValue' || callee === 'context.WithoutCancel') && args.length > 0) return neverDone(args[0], depth + 1);
    // `t.Context()` of a test handle this function is given.
    const f = u.childForFieldName('function');
    const t = f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Context' && args.length === 0 ? f.childForFieldName('operand') : undefined;
    const d = t?.type === 'identifier' ? res.declOf(t) : undefined;
    const param = d?.node.parent;
    return param?.type === 'parameter_declaration' && TEST_HANDLES.test(param.childForFieldName('type')?.text ?? '') && enclosingFuncNode(param)?.id === fnNode.id;
  };
  return neverDone;
}

/**
 * `go func() { if err := srv.Get(req, stream); err != nil { errs <- err } }()` beside `case u := <-stream.updates:`:
 * the case takes what the goroutine's own call produces (it was given `stream`), and the goroutine sends only when
 * that call fails. Whether a call that has produced values can still fail is its own protocol, which golint-chan
 * cannot see: such a case is not taken to strand the send. (An unconditional `errs <- srv.Serve(…)` sends on every
 * return and is still reported.)
 */
function producedByCall(world: ChanWorld, sender: Body, receiver: Body): ((comm: Node) => boolean) | undefined {
  if (sender.kind !== 'go' || sender.copies !== 1) return undefined;
  const sends = world.ops.filter((o) => o.kind === 'send');
  if (sends.length === 0 || sends.some((o) => o.body !== sender)) return undefined;
  const res = sender.fn.resolution();
  // Every send is `if err != nil { ch <- err }` for an err that a call sets: those calls' arguments.
  const given = new Set<Decl>();
  for (const o of sends) {
    const v = o.node.childForFieldName('value');
    const ifs = enclosingIf(o.node, sender.block);
    const cond = ifs?.childForFieldName('condition');
    if (v?.type !== 'identifier' || !ifs || !cond || !contains(ifs.childForFieldName('consequence') ?? ifs, o.node)) return undefined;
    if (!conjuncts(cond).some((c) => c.type === 'binary_expression' && c.childForFieldName('operator')?.type === '!=' && c.childForFieldName('left')?.text === v.text && c.childForFieldName('right')?.type === 'nil')) return undefined;
    const call = sourceCall(v, sender, ifs);
    if (!call) return undefined;
    for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
      const d = a?.type === 'identifier' ? res.declOf(a) : undefined;
      if (d && !contains(sender.block, d.node)) given.add(d);
    }
  }
  if (given.size === 0) return undefined;
  return (comm) => {
    let x = communicationReceiveOperand(comm);
    while (x?.type === 'selector_expression') x = unparen(x.childForFieldName('operand')!);
    const d = x?.type === 'identifier' ? receiver.fn.resolution().declOf(x) : undefined;
    return d !== undefined && given.has(d);
  };
}

/** Calls that never wait: conversions and builtins (`byte(x)`, `[]byte(s)`, `len(xs)`), formatting and errors. */
const NEVER_WAITS = /^(len|cap|append|make|new|copy|delete|min|max|string|byte|rune|bool|error|u?int(8|16|32|64)?|uintptr|float(32|64)|complex(64|128)|fmt\.(Sprintf|Sprint|Sprintln|Errorf)|errors\.(New|Is|As|Unwrap|Join)|strconv\.\w+)$/;

/**
 * `ctx, cancel := context.WithTimeout(parent, d)` … `go func() { ch <- call(ctx, …) }()` … `case <-time.After(d):`:
 * every call the goroutine makes before its last send is given ctx, or cannot wait (NEVER_WAITS, a test's check, a
 * release, another package's constructor), and it has no
 * loop, select or receive, so it is done once ctx's deadline has passed; the timer, started after ctx with the same
 * duration, fires no sooner: the send is made before that case can win. (A call that ignores the context it is
 * given is beyond what golint-chan can see.)
 */
function deadlineFirst(sender: Body, receiver: Body, sends: ChanOp[]): ((comm: Node) => boolean) | undefined {
  if (sender.kind !== 'go' || sender.copies !== 1 || sends.length === 0 || sends.some((o) => o.body !== sender)) return undefined;
  const block = sender.block;
  const last = Math.max(...sends.map((o) => o.node.endIndex));
  if (findBelow(block, (n) => n.type === 'for_statement' || n.type === 'select_statement' || n.type === 'go_statement' || (n.type === 'unary_expression' && n.childForFieldName('operator')?.type === '<-')).length > 0) return undefined;
  const res = sender.fn.resolution();
  let ctx: Decl | undefined;
  const calls = findBelow(block, (n) => n.type === 'call_expression' && n.startIndex < last);
  // The goroutine's own `ctx, cancel := context.WithTimeout(context.Background(), d)` (its calls make the context).
  const ownContext = (call: Node) => {
    const st = statementOf(call);
    return st?.type === 'short_var_declaration' && st.parent?.parent?.id === block.id && deadlineOfStatement(st) !== undefined;
  };
  for (const call of calls) {
    if (ownContext(call) || cannotWait(call, res)) continue;
    const given = (call.childForFieldName('arguments')?.namedChildren ?? []).map((a) => (a?.type === 'identifier' ? res.declOf(a) : undefined)).find((d) => d !== undefined && (ctx === undefined || d === ctx) && deadlineOf(d) !== undefined);
    if (!given) return undefined;
    ctx = given;
  }
  const deadline = ctx && deadlineOf(ctx);
  if (!ctx || !deadline || !neverReassigned(ctx)) return undefined;
  // The duration: constants and locals never given another value.
  for (const id of findBelow(deadline, (n) => n.type === 'identifier')) {
    const d = res.declOf(id);
    if (d && !neverReassigned(d)) return undefined;
  }
  if (findBelow(deadline, (n) => n.type === 'call_expression').length > 0) return undefined;
  const constOf = constantsIn(res);
  const ownDeadline = contains(block, ctx.node);
  const before = argumentValue(deadline, constOf);
  const receiverConstants = constantsIn(receiver.fn.resolution());
  return (comm) => {
    const d = timeAfterDuration(comm);
    if (!d || ctx!.node.startIndex >= comm.startIndex || !contains(receiver.block, comm)) return false;
    if (d.text === deadline.text && !ownDeadline) return true;
    // Known durations: the timer lasts longer than the deadline (strictly, for a context the goroutine makes
    // itself once it runs: `ctx, cancel := context.WithTimeout(…, 5*time.Second)` against `time.After(10*time.Second)`).
    const after = argumentValue(d, receiverConstants);
    return before !== undefined && after !== undefined && (ownDeadline ? after > before : after >= before);
  };
}

/**
 * A call a goroutine makes that cannot keep it waiting: a conversion, a builtin or NEVER_WAITS; an argument-less call
 * given as an argument (`lift.AckPolicyAll()`, `time.Now()`), which builds a value; a deferred call (it runs once the
 * goroutine returns); a test's check (`require.NoError(t, err)`, `assert.False(t, ok)`, `t.Errorf(…)`), which ends the
 * goroutine or goes on; a release (`lock.Unlock()`, `mu.RUnlock()`); another package's constructor (`flock.New(path)`).
 */
function cannotWait(call: Node, res: Resolution): boolean {
  const f = unparen(call.childForFieldName('function')!);
  if (['slice_type', 'array_type', 'map_type', 'pointer_type', 'channel_type', 'func_literal'].includes(f.type) || NEVER_WAITS.test(f.text)) return true;
  if (call.parent?.type === 'argument_list' && call.childForFieldName('arguments')?.namedChildCount === 0) return true;
  const st = statementOf(call);
  if (st?.type === 'defer_statement') return true;
  if (st?.type === 'expression_statement' && st.namedChild(0)?.id === call.id && callEnd(st) !== undefined) return true;
  if (f.type !== 'selector_expression') return false;
  const x = unparen(f.childForFieldName('operand')!);
  const method = f.childForFieldName('field')?.text ?? '';
  if (/^R?Unlock$/.test(method)) return true;
  if (x.type !== 'identifier') return false;
  if (res.declOf(x)) return isTestHandle(x) && /^(Log|Error|Skip)f?$/.test(method);
  return importsPackage(call.tree.rootNode, x.text) && (x.text === 'assert' || /^New\w*$/.test(method));
}

/** `d` of a select communication `<-time.After(d)`. */
function timeAfterDuration(comm: Node): Node | undefined {
  const op = communicationReceiveOperand(comm);
  const u = op && unparen(op);
  if (u?.type !== 'call_expression' || u.childForFieldName('function')?.text !== 'time.After') return undefined;
  return u.childForFieldName('arguments')?.namedChild(0) ?? undefined;
}

/** The duration of `ctx, cancel := context.WithTimeout(parent, d)` that declares `ctx`: `d`. */
function deadlineOf(ctx: Decl): Node | undefined {
  const decl = declaringStatement(ctx);
  return decl && deadlineOfStatement(decl);
}

/** The `:=` statement that declares `d` as its first name (`ctx, cancel := context.WithCancel(parent)`), if it is one. */
function declaringStatement(d: Decl): Node | undefined {
  const list = d.node.parent;
  const st = list?.type === 'expression_list' ? list.parent : undefined;
  return st?.type === 'short_var_declaration' && list!.namedChild(0)?.id === d.node.id ? st : undefined;
}

/** The duration `d` of a statement `ctx, cancel := context.WithTimeout(parent, d)`. */
function deadlineOfStatement(decl: Node): Node | undefined {
  const call = decl.childForFieldName('right')?.namedChild(0);
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.text !== 'context.WithTimeout') return undefined;
  return call.childForFieldName('arguments')?.namedChild(1) ?? undefined;
}

/** The nearest `if` around `n` inside `block`. */
function enclosingIf(n: Node, block: Node): Node | undefined {
  for (let p = n.parent; p && p.id !== block.id; p = p.parent) if (p.type === 'if_statement') return p;
  return undefined;
}

/**
 * The world of the local channel a package function received as a parameter (`go render(done)` or `render(done)`
 * … `case <-done:` in render): the caller's variable passed for that parameter.
 */
function argumentWorld(param: Node, receiver: Body, byDecl: WorldsByDecl, index?: PackageIndex): ChanWorld | undefined {
  const d = receiver.fn.resolution().declOf(param);
  // `go render(done)`, or `render(done)` run synchronously by the function that made the channel.
  const call = receiver.sync ? receiver.callSite : receiver.goStmt?.namedChild(0);
  if (!index || d?.kind !== 'param' || d.fn.id !== receiver.fn.node.id || call?.type !== 'call_expression') return undefined;
  const arg = call.childForFieldName('arguments')?.namedChildren.filter((a) => a?.type !== 'comment')[d.index];
  const caller = index.enclosing(call);
  const ad = arg?.type === 'identifier' ? caller?.resolution().declOf(arg) : undefined;
  return ad ? byDecl.get(ad) : undefined;
}

/**
 * A select case of a synchronous callee that receives from a local channel variable which stays nil at this call:
 * declared without a value (`var timerC <-chan time.Time`), set only inside branches that the one call running the
 * callee for this channel rules out (conditionAtCall: `if timeout > 0 { … }` called with the literal 0). A receive
 * from a nil channel never proceeds, so the case cannot win.
 */
function nilAtCall(receiver: Body, index: PackageIndex | undefined): ((comm: Node) => boolean) | undefined {
  const call = receiver.sync ? receiver.callSite : undefined;
  if (!call) return undefined;
  const decide = conditionAtCall(receiver.fn, call, index);
  const res = receiver.fn.resolution();
  const assigned = (r: Node) => {
    const p = r.parent?.type === 'expression_list' ? r.parent.parent : r.parent;
    return (p?.type === 'assignment_statement' && contains(p.childForFieldName('left')!, r)) || p?.type === 'inc_statement' || p?.type === 'dec_statement' || (p?.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&');
  };
  return (comm) => {
    const operand = communicationReceiveOperand(comm);
    if (operand?.type !== 'identifier') return false;
    const d = res.declOf(operand);
    if (!d || d.kind !== 'var' || d.init || !contains(receiver.block, d.node)) return false;
    const spec = d.node.parent;
    if (spec?.type !== 'var_spec' || spec.childForFieldName('value')) return false;
    return d.refs.every((r) => {
      if (r.id === d.node.id || !assigned(r)) return contains(comm, r) || !assigned(r);
      for (let p = r.parent; p && p.id !== receiver.block.id; p = p.parent) {
        if (p.type === 'if_statement' && contains(p.childForFieldName('consequence')!, r) && decide(p.childForFieldName('condition')!) === false) return true;
      }
      return false;
    });
  };
}

/**
 * Is the operation `o`, in a synchronous callee that one call runs for this channel, where that call's constant
 * arguments rule it out (arguments.ts ruledOutAtCall: under `if timeout <= 0 { <-done }` called with
 * `100*time.Millisecond`)? For another call, the callee's own body judges.
 */
function deadAtCall(o: ChanOp, index: PackageIndex | undefined): boolean {
  const call = o.body.sync ? o.body.callSite : undefined;
  return call !== undefined && call !== null && ruledOutAtCall(o.node, o.body.block, conditionAtCall(o.body.fn, call, index));
}

/**
 * `errCh <- err; respCh <- resp`: a goroutine whose only send here comes right after its send on another
 * unbuffered channel, with nothing that can block between (the value is a plain expression). Once the receiver has
 * taken the first value, the second send is ready at once, so a timer case of a later select that also receives
 * here (`case <-time.After(d):`) cannot win against it; and when the first value was never taken, the goroutine
 * waits at that first send, not at this one. Such timer cases cannot strand this send, provided every receive of
 * the first channel comes before the select.
 */
function imminentCase(world: ChanWorld, sender: Body, receiver: Body, byDecl: WorldsByDecl | undefined): { timer: (comm: Node) => boolean; untaken: (n: Node) => boolean } | undefined {
  if (!byDecl || sender.copies !== 1 || world.site) return undefined;
  const mine = world.ops.filter((o) => o.kind === 'send');
  if (mine.length !== 1 || mine[0].guarded || mine[0].body.block.id !== sender.block.id) return undefined;
  const send = mine[0].node;
  const value = send.childForFieldName('value');
  if (!value || findBelow(value, (n) => n.type === 'call_expression' || n.type === 'unary_expression').length > 0) return undefined;
  const prev = statementBefore(send);
  if (!prev || prev.type !== 'send_statement') return undefined;
  const chanId = prev.childForFieldName('channel');
  if (chanId?.type !== 'identifier') return undefined;
  const decl = sender.fn.resolution().declOf(chanId);
  const first = decl && byDecl.get(decl);
  if (!first || first === world || first.escape || first.site || first.chan.field || first.chan.capacity !== 0) return undefined;
  if (!first.ops.some((o) => o.kind === 'send' && o.node.id === prev!.id && !o.guarded)) return undefined;
  const takes = first.ops.filter((o) => o.kind === 'recv' || o.kind === 'range');
  if (takes.length === 0 || takes.some((o) => o.kind !== 'recv' || o.body.block.id !== receiver.block.id)) return undefined;
  const here = world.ops.filter((o) => o.kind === 'recv' && o.body.block.id === receiver.block.id);
  const timer = (comm: Node) => {
    if (!isTimerReceive(comm)) return false;
    let select: Node | null = comm;
    while (select && select.type !== 'select_statement') select = select.parent;
    if (!select || !here.some((o) => contains(select!, o.node))) return false;
    return takes.every((o) => o.node.endIndex <= select!.startIndex);
  };
  // Before the receiver's first receive of the first channel, the goroutine cannot be past its first send: a way
  // out before the statement that first takes it, or in another case of that statement when it is a select.
  const firstTake = blockStatements(receiver.block).find((st) => takes.some((o) => contains(st, o.node)));
  const untaken = (n: Node) => {
    if (!firstTake || !['return_statement', 'expression_statement', 'break_statement'].includes(n.type)) return false;
    if (n.endIndex <= firstTake.startIndex) return true;
    if (firstTake.type !== 'select_statement' || !contains(firstTake, n)) return false;
    const clause = firstTake.namedChildren.find((c) => c !== null && contains(c, n));
    return !!clause && (clause.type === 'communication_case' || clause.type === 'default_case') && !takes.some((o) => contains(clause, o.node));
  };
  return { timer, untaken };
}

/** Is `st` one of `stmts`, with no statement before it that can leave or skip the rest (a return, break, continue, goto, or a call that does not return)? */
function countsEveryRound(stmts: Node[], st: Node): boolean {
  const at = stmts.findIndex((x) => x.id === st.id);
  return at >= 0 && stmts.slice(0, at).every((x) => findBelow(x, isWayOut, true).length === 0 && findBelow(x, (n) => n.type === 'continue_statement', true).length === 0);
}

/**
 * The channels a counter counts: `n` starts at zero (`n := 0`, `var n int`) and grows only by `n++` in select cases
 * that each receive from a local channel (their first statement, or one after statements that can only leave), or as
 * a statement of a `for range ch` body that nothing before it can leave or skip. Their worlds, or undefined when
 * another write or such a case on something else breaks that.
 */
function countedChannels(counter: Node, resolution: Resolution, byDecl: WorldsByDecl, down = false): Set<ChanWorld> | undefined {
  const decl = resolution.declOf(counter);
  if (!decl || decl.kind !== 'var' || (!down && (decl.init ? decl.init.text !== '0' : decl.node.parent?.type !== 'var_spec'))) return undefined;
  const worlds = new Set<ChanWorld>();
  for (const r of decl.refs) {
    // Counting down (`total--` from a bound the caller checked), or up from zero (`n++`).
    const step = r.parent?.type === (down ? 'dec_statement' : 'inc_statement');
    const write = writeOf(r);
    if (write !== undefined && !step) return undefined;
    if (!step) continue;
    const p = r.parent!;
    const clause = statementHolder(p);
    // `for range ch { n++; … }`: a statement of a loop over the channel counts its values too, when nothing before
    // it in the body can leave or skip it (`for v := range ch { sum += v; n++; … }`).
    const range = clause?.type === 'block' && clause.parent?.type === 'for_statement' ? clause.parent.namedChildren.find((c) => c?.type === 'range_clause') : undefined;
    if (range && countsEveryRound(blockStatements(clause), p)) {
      const over = range.childForFieldName('right');
      const d = over?.type === 'identifier' ? resolution.declOf(over) : undefined;
      const w = d && byDecl.get(d);
      if (!w) return undefined;
      worlds.add(w);
      continue;
    }
    // `for { r := <-ch; …; n++; … }`: a statement of a loop's body after the body's one receive, as a statement of it,
    // that nothing before it can leave or skip, counts that channel's values too.
    const loopBody = clause?.type === 'block' && clause.parent?.type === 'for_statement' ? blockStatements(clause) : undefined;
    if (loopBody && countsEveryRound(loopBody, p)) {
      const before = loopBody.slice(0, loopBody.findIndex((x) => x.id === p.id));
      const taken = before.map(receiveStatementOperand).filter((x): x is Node => x !== undefined);
      const d = taken.length === 1 && taken[0].type === 'identifier' ? resolution.declOf(taken[0]) : undefined;
      const w = d && byDecl.get(d);
      if (!w) return undefined;
      worlds.add(w);
      continue;
    }
    // The case's first statement, or one after statements that can only leave (`if err != nil { t.Fatal(err) }`):
    // none of them goes on without it (a break or continue would, round the loop).
    const stmts = clause?.type === 'communication_case' ? caseStatements(clause) : [];
    const at = stmts.findIndex((x) => x.id === p.id);
    if (at < 0 || stmts.slice(0, at).some((x) => findBelow(x, (n) => n.type === 'break_statement' || n.type === 'continue_statement' || n.type === 'goto_statement', true).length > 0)) return undefined;
    const operand = communicationReceiveOperand(clause!.childForFieldName('communication'));
    const d = operand?.type === 'identifier' ? resolution.declOf(operand) : undefined;
    const w = d && byDecl.get(d);
    if (!w) return undefined;
    worlds.add(w);
  }
  return worlds;
}

/** The channel a statement receives from as a whole: `<-ch`, `v := <-ch`, `v, ok = <-ch`. */
function receiveStatementOperand(st: Node): Node | undefined {
  const e =
    st.type === 'expression_statement' ? st.namedChild(0)
    : st.type === 'short_var_declaration' || st.type === 'assignment_statement' ? (listItems(st.childForFieldName('right')).length === 1 ? listItems(st.childForFieldName('right'))[0] : null)
    : null;
  const operand = e ? receiveOperand(unparen(e)) : undefined;
  return operand ? unparen(operand) : undefined;
}

/** A `return`, or a plain `break` that leaves a loop (not a select or switch around it). */
function returnsOrLeavesLoop(n: Node): boolean {
  if (n.type === 'return_statement') return true;
  if (n.type !== 'break_statement' || n.namedChildCount > 0) return false;
  let p = n.parent;
  while (p && !['for_statement', 'select_statement', 'expression_switch_statement', 'type_switch_statement', 'func_literal'].includes(p.type)) p = p.parent;
  return p?.type === 'for_statement';
}

/** The condition of the `if` whose block holds the way out `n` as one of its own statements (`if n == 3 { return }`). */
function guardOfWayOut(n: Node): Node | null | undefined {
  const block = statementHolder(n);
  const ifs = block?.type === 'block' ? block.parent : undefined;
  return ifs?.type === 'if_statement' && ifs.childForFieldName('consequence')?.id === block!.id ? ifs.childForFieldName('condition') : undefined;
}

/**
 * A way out taken only once a counter shows that every value came: `if n == 3 { return }` (or `n >= 3`, a `break` out
 * of the loop, or one conjunct of the guard: `if na == 2 && nb == 2`) where `n` counts the values of local channels
 * (countedChannels) and the channels other than this one carry at most the count less this channel's values between
 * them (each of their sends made at most once, by goroutines started once, outside loops; never closed). Reaching the
 * count then needs every value of this channel (`total`, the most its senders send on a path), so that way out strands
 * nothing here. The predicate over ways out, or undefined.
 */
function countedCompletion(world: ChanWorld, receiver: Body, byDecl: WorldsByDecl | undefined, total: number): ((n: Node) => boolean) | undefined {
  if (!byDecl || !world.chan.decl || world.site) return undefined;
  /** Most values a local channel can deliver: its sends, when each is made at most once. */
  const most = (w: ChanWorld): number => {
    if (w.escape || w.chan.field || w.site) return Infinity;
    const sends = w.ops.filter((o) => o.kind === 'send');
    if (w.ops.some((o) => o.kind === 'close') || sends.some((o) => o.body.copies !== 1 || enclosingLoop(o.node, o.body.block) !== undefined)) return Infinity;
    return sends.length;
  };
  // This channel's values: the most its senders send on any path (`total`), when each sender runs once.
  const mine = most(world) === Infinity ? Infinity : total;
  if (!Number.isFinite(mine) || mine < 1) return undefined;
  const resolution = receiver.fn.resolution();
  // One conjunct of the guard that only a count of every value of this channel makes true.
  const completes = (cond: Node): boolean => {
    if (cond.type !== 'binary_expression') return false;
    const op = cond.childForFieldName('operator')?.type;
    const left = cond.childForFieldName('left');
    const right = cond.childForFieldName('right');
    if (!left || !right) return false;
    const [counter, bound] = op === '==' ? (left.type === 'identifier' ? [left, right] : [right, left]) : op === '>=' ? [left, right] : op === '<=' ? [right, left] : [];
    if (counter?.type !== 'identifier' || !bound) return false;
    const k = constantValue(unparen(bound));
    const worlds = k === undefined ? undefined : countedChannels(counter, resolution, byDecl);
    if (k === undefined || !worlds || !worlds.has(world)) return false;
    let others = 0;
    for (const w of worlds) if (w !== world) others += most(w);
    // At k values between them, this channel has given at least k - others: all of its own when that is `mine`.
    return k - others >= mine;
  };
  return (n: Node) => {
    if (!returnsOrLeavesLoop(n)) return false;
    const cond = guardOfWayOut(n);
    return cond !== undefined && cond !== null && conjuncts(unparen(cond)).some((c) => completes(unparen(c)));
  };
}

/**
 * `for _, ip := range ips { go func(…) { if err != nil { errCh <- e; return }; okCh <- v }(ip) }` against a loop whose
 * way out is `if n == len(ips) { return }`, where `n` starts at zero and grows only by `n++` at the start of the case
 * that receives from errCh: every goroutine sends one value, on errCh or on this channel, so once errCh has had as
 * many as there are goroutines, none is left to send here. So too when `n` counts this very channel's values
 * (`for range done { n++; if n == len(ips) { return } }`): each goroutine sends at most once, and all of them have.
 * So too counting down from that bound (`total := len(ips)` … `total--; if total == 0 { break }`). That way out strands
 * nothing (the predicate over ways out, or undefined).
 */
function everyoneReported(world: ChanWorld, senders: Body[], receiver: Body, byDecl: WorldsByDecl | undefined): ((n: Node) => boolean) | undefined {
  const b = senders.length === 1 ? senders[0] : undefined;
  const go = b?.goStmt;
  if (!byDecl || !b || b.kind !== 'go' || b.sync || !go || world.site) return undefined;
  // Started once per element of a range over X: the goroutines' number is len(X). Or once per round of `for i := 0;
  // i < m; i++` with i written only by that `i++`: m of them, m a constant or a variable nothing reassigns.
  const loop = go.parent?.type === 'block' || go.parent?.type === 'statement_list' ? enclosingLoop(go, receiver.block) : undefined;
  const range = loop?.namedChildren.find((c) => c?.type === 'range_clause');
  const over = range?.childForFieldName('right');
  const resolution = receiver.fn.resolution();
  const rounds = loop && !range ? countedRounds(loop, resolution) : undefined;
  if (!loop || (!over && !rounds) || blockStatements(loop.childForFieldName('body')).some((st) => st.type !== 'go_statement' && contains(st, go) === false && findBelow(st, (n) => n.type === 'go_statement').length > 0)) return undefined;
  if (enclosingLoop(loop, receiver.block) !== undefined) return undefined;
  const mine = world.ops.filter((o) => o.kind === 'send');
  if (mine.length !== 1 || mine[0].body !== b || enclosingLoop(mine[0].node, b.block) !== undefined || !blockStatements(b.block).some((st) => st.id === mine[0].node.id)) return undefined;
  const sameBound = (bound: Node) => {
    if (over) return bound.text === `len(${over.text})`;
    if (bound.type === 'identifier' && rounds!.type === 'identifier') return resolution.declOf(bound) !== undefined && resolution.declOf(bound) === resolution.declOf(rounds!);
    return bound.type === 'int_literal' && bound.text === rounds!.text;
  };
  return (n: Node) => {
    // `if n == m { break }` out of the loop that counts leaves it as a return would.
    let cond = returnsOrLeavesLoop(n) ? guardOfWayOut(n) : undefined;
    // `if n >= m { end = true }` … `if end { break }`: the flag holds only once its condition has.
    if (cond?.type === 'identifier') cond = flagCondition(cond, resolution);
    const op = cond?.type === 'binary_expression' ? cond.childForFieldName('operator')?.type : undefined;
    if (!cond || (op !== '==' && op !== '>=' && op !== '<=')) return false;
    const [l, r] = [unparen(cond.childForFieldName('left')!), unparen(cond.childForFieldName('right')!)];
    // Or counting down to zero from that bound (`total := len(X)` … `total--; if total == 0 { break }`).
    const zero = (x: Node) => x.type === 'int_literal' && x.text === '0';
    const down = zero(r) ? l : zero(l) ? r : undefined;
    const from = down?.type === 'identifier' ? resolution.declOf(down)?.init : undefined;
    const countsDown = from !== undefined && sameBound(unparen(from));
    // A count that grows by one a value reaches the bound before it can pass it: `n >= m` first holds at `n == m`.
    const counter = countsDown ? (op === '==' ? down : undefined) : sameBound(r) && op !== '<=' ? l : sameBound(l) && op !== '>=' ? r : undefined;
    if (counter?.type !== 'identifier') return false;
    const counted = countedChannels(counter, resolution, byDecl, countsDown);
    const other = counted?.size === 1 ? [...counted][0] : undefined;
    // The counter counts this very channel's values: once it reaches len(X), every goroutine has made its one send.
    if (other === world) return true;
    // The other channel: sent on by the same goroutines only, once, on a branch that returns right after.
    const theirs = other?.ops.filter((o) => o.kind === 'send') ?? [];
    if (!other || other.escape || other.ops.some((o) => o.kind === 'close') || theirs.length === 0) return false;
    return theirs.every((o) => o.body.block.id === b.block.id && enclosingLoop(o.node, b.block) === undefined && statementAfter(o.node)?.type === 'return_statement');
  };
}

/**
 * The condition a flag stands for: `end`, a local bool that starts false and is only set to true, each time as the
 * one statement of `if C { end = true }` for the same C (no else), holds only once C has held. C, or undefined.
 */
function flagCondition(flag: Node, res: Resolution): Node | undefined {
  const d = res.declOf(flag);
  const writes = d && setToTrueOnly(d);
  if (!writes || writes.length === 0) return undefined;
  const conds = writes.map((st) => {
    const holder = statementHolder(st);
    const ifs = holder?.type === 'block' && blockStatements(holder).length === 1 ? holder.parent : undefined;
    return ifs?.type === 'if_statement' && !ifs.childForFieldName('alternative') && !ifs.childForFieldName('initializer') ? ifs.childForFieldName('condition') : null;
  });
  const c = conds[0] && unparen(conds[0]);
  return c && conds.every((x) => x !== null && unparen(x).text === c.text) ? c : undefined;
}

/**
 * `for i := 0; i < m; i++` whose index only its `i++` writes, with m an integer literal or a variable nothing
 * reassigns: m, the node that says how many rounds it runs. Undefined for any other loop.
 */
function countedRounds(loop: Node, res: Resolution): Node | undefined {
  const h = countedHeader(loop);
  if (!h || h.op !== '<' || h.from.text !== '0') return undefined;
  const index = res.declOf(h.index);
  if (!index || index.refs.some((r) => writeOf(r) !== undefined && !contains(h.init, r) && r.parent?.type !== 'inc_statement')) return undefined;
  if (index.refs.filter((r) => r.parent?.type === 'inc_statement').length !== 1) return undefined;
  const to = unparen(h.to);
  if (to.type === 'int_literal') return to;
  const d = to.type === 'identifier' ? res.declOf(to) : undefined;
  return d && neverReassigned(d) ? to : undefined;
}

/**
 * A failing check of the receiver on a call that talks to the sender through a connected pair (`rwc, srv :=
 * newSession(t)`, `a, b := net.Pipe()`): the sender drives one end (`srv.recv(…)` before its send), the receiver's
 * call the other (`Open(rwc)`, and `c.Channel()` on what it returned). When that call fails, the exchange stopped
 * short, and the sender waits on its end before it ever reaches the send. Such ways out strand no send here: the
 * predicate over ways out, or undefined.
 */
function coupledFailure(sender: Body, receiver: Body, sends: ChanOp[], index: PackageIndex): ((n: Node) => boolean) | undefined {
  if (sender.kind !== 'go' || receiver.kind !== 'func' || !sender.goStmt || !contains(receiver.block, sender.goStmt)) return undefined;
  const first = sends.filter((o) => o.body === sender).sort(byPosition)[0];
  if (!first) return undefined;
  const res = receiver.fn.resolution();
  // The sender's ends: locals of the receiver it calls methods on before its send, made by one call with others.
  // The methods must be the package's own and return no error: they deal with a broken exchange themselves (a
  // mock's `t.Fatalf`), where a sender that drops an error (`n, _ := conn.Read(b)`) would go on to its send.
  const coupled = new Set<Decl>();
  for (const c of findBelow(sender.block, (n) => n.type === 'call_expression' && n.endIndex <= first.node.startIndex)) {
    const f = unparen(c.childForFieldName('function')!);
    const x = f.type === 'selector_expression' ? unparen(f.childForFieldName('operand')!) : undefined;
    const d = x?.type === 'identifier' ? res.declOf(x) : undefined;
    const decl = d && !contains(sender.block, d.node) ? d.node.parent?.parent : undefined;
    if (decl?.type !== 'short_var_declaration' || listItems(decl.childForFieldName('right')).length !== 1) continue;
    // Asked second: reading the methods parses the files that declare them.
    const methods = f.type === 'selector_expression' ? index.methodsNamed(f.childForFieldName('field')!.text) : [];
    if (methods.length === 0 || methods.some((m) => !m.usable || /\berror\b/.test(m.node.childForFieldName('result')?.text ?? ''))) continue;
    for (const other of listItems(decl.childForFieldName('left'))) {
      const od = other?.type === 'identifier' && other.id !== d!.node.id ? res.declOf(other) ?? undefined : undefined;
      if (od) coupled.add(od);
    }
  }
  if (coupled.size === 0) return undefined;
  const uses = (call: Node) => {
    const f = unparen(call.childForFieldName('function')!);
    const operands = [f.type === 'selector_expression' ? f.childForFieldName('operand') : null, ...listItems(call.childForFieldName('arguments'))];
    return operands.some((o) => o && findBelow(o, (n) => n.type === 'identifier' && coupled.has(res.declOf(n)!), true).length > 0);
  };
  // What the receiver gets from calls on its end is its end too (`c, err := Open(rwc)`; `ch, err := c.Channel()`).
  for (const st of findBelow(receiver.block, (n) => n.type === 'short_var_declaration' || n.type === 'assignment_statement')) {
    const right = listItems(st.childForFieldName('right'));
    const call = right.length === 1 && right[0] ? unparen(right[0]) : undefined;
    if (call?.type !== 'call_expression' || !uses(call)) continue;
    for (const l of listItems(st.childForFieldName('left'))) {
      const d = l?.type === 'identifier' ? res.declOf(l) : undefined;
      if (d && !/^err/.test(d.name)) coupled.add(d);
    }
  }
  return (n: Node) => {
    if (!WAY_OUT_STATEMENTS.has(n.type)) return false;
    let ifs: Node | null = n.parent;
    while (ifs && ifs.type !== 'if_statement' && ifs.id !== receiver.block.id) ifs = ifs.parent;
    if (ifs?.type !== 'if_statement' || !contains(ifs.childForFieldName('consequence')!, n)) return false;
    const tested = errorTests(ifs.childForFieldName('condition')!).tested;
    return tested.length > 0 && tested.every((x) => {
      const call = sourceCall(x, receiver, ifs!);
      return call !== undefined && uses(call);
    });
  };
}

/**
 * `errc <- err; if err != nil { return }; data <- v` in the sender, its one send on errc, with the receiver leaving on
 * `if e := <-errc; e != nil { … }` (or `e := <-errc` before that `if`): the receiver leaves so only when the error it
 * was told is not nil, and the sender has then returned before it sends here (the value-or-error protocol, seen from
 * the receiver; toldFirst is the sender's side). The same when every send on errc before the first one here is nil
 * or a non-nil error right before a `return` (`if err != nil { errc <- err; return }; errc <- nil`), and when the
 * receiver leaves by a check that stops on a non-nil error (`require.NoError(t, <-errc)`). Such ways out strand no
 * send here: the predicate over ways out, or undefined.
 */
function toldTheReceiver(sender: Body, receiver: Body, sends: ChanOp[], byDecl: WorldsByDecl | undefined): ((n: Node) => boolean) | undefined {
  if (!byDecl || sender.kind !== 'go' || sender.copies !== 1 || (sender.calls ?? 1) !== 1 || sender.fn !== receiver.fn) return undefined;
  const first = sends.filter((o) => o.body === sender).sort(byPosition)[0];
  if (!first) return undefined;
  const res = receiver.fn.resolution();
  const notNil = (cond: Node | null | undefined) => (cond ? nonNilTest(unparen(cond)) : undefined);
  /** The world of a local channel variable, unless the channel escapes. */
  const worldOf = (ch: Node | null) => {
    const d = ch?.type === 'identifier' ? res.declOf(ch) : undefined;
    const world = d && byDecl.get(d);
    return world && !world.escape ? { d: d!, world } : undefined;
  };
  const told = new Set<Decl>();
  for (const st of blockStatements(sender.block)) {
    if (st.type !== 'send_statement' || st.endIndex > first.node.startIndex) continue;
    const value = st.childForFieldName('value');
    const guard = statementAfter(st);
    const tested = guard?.type === 'if_statement' && !guard.childForFieldName('initializer') && !guard.childForFieldName('alternative') ? notNil(guard.childForFieldName('condition')) : undefined;
    if (value?.type !== 'identifier' || tested?.text !== value.text) continue;
    const then = blockStatements(guard!.childForFieldName('consequence')!);
    if (then.length !== 1 || then[0].type !== 'return_statement') continue;
    const w = worldOf(st.childForFieldName('channel'));
    const others = w?.world.ops.filter((o) => o.kind === 'send' || o.kind === 'close') ?? [];
    if (!w || others.length !== 1 || others[0].node.id !== st.id) continue;
    told.add(w.d);
  }
  // `if err != nil { errc <- err; return }` … `errc <- nil`: each send on errc nil or an error the sender then leaves on.
  for (const st of findBelow(sender.block, (n) => n.type === 'send_statement' && n.endIndex <= first.node.startIndex)) {
    const w = worldOf(st.childForFieldName('channel'));
    if (!w || told.has(w.d) || w.world.ops.includes(first)) continue;
    const others = w.world.ops.filter((o) => o.kind === 'send' || o.kind === 'close');
    // Bodies are per channel world: compare the code they run.
    if (others.some((o) => o.kind !== 'send' || o.body.block.id !== sender.block.id || o.node.endIndex > first.node.startIndex)) continue;
    const sendsNil = (o: ChanOp) => unparen(o.node.childForFieldName('value')!).type === 'nil';
    if (!others.every(sendsNil) && others.every((o) => sendsNil(o) || errorThenReturn(o.node, sender))) told.add(w.d);
  }
  if (told.size === 0) return undefined;
  const toldBy = (x: Node, at: Node) => {
    const v = x.type === 'identifier' ? sourceValue(x, receiver, at) : x;
    const ch = v && receiveOperand(unparen(v));
    const d = ch?.type === 'identifier' ? res.declOf(ch) : undefined;
    return d !== undefined && told.has(d);
  };
  return (n: Node) => {
    if (!WAY_OUT_STATEMENTS.has(n.type)) return false;
    // `require.NoError(t, <-errc)` (or of `e := <-errc`): a check that stops only on a non-nil error.
    const call = n.type === 'expression_statement' ? n.namedChild(0) : null;
    if (call?.type === 'call_expression' && callEnd(n) === 'maybe-goroutine') {
      return checkArguments(call).some((a) => toldBy(unparen(a), n) && nilCheckStops(n, unparen(a).text));
    }
    let ifs: Node | null = n.parent;
    while (ifs && ifs.type !== 'if_statement' && ifs.id !== receiver.block.id) ifs = ifs.parent;
    if (ifs?.type !== 'if_statement' || !contains(ifs.childForFieldName('consequence')!, n)) return false;
    const x = notNil(ifs.childForFieldName('condition'));
    return !!x && toldBy(x, ifs);
  };
}

/**
 * `case v, ok := <-rows: if !ok { return … }` where the sender closes rows only by a `defer close(rows)` of its own
 * body: rows is closed as the sender returns, so a way out on its close comes when the sender has nothing left to send.
 * The predicate over ways out, or undefined.
 */
function closedAsSenderReturns(sender: Body, receiver: Body, byDecl: WorldsByDecl | undefined): ((n: Node) => boolean) | undefined {
  if (!byDecl || sender.kind !== 'go' || sender.copies !== 1 || sender.fn !== receiver.fn) return undefined;
  const res = receiver.fn.resolution();
  const stop = (p: Node) => p.id === receiver.block.id;
  return (n: Node) => {
    if (!WAY_OUT_STATEMENTS.has(n.type)) return false;
    for (let at: Node = n, ifs = ifTaken(n, stop); ifs; at = ifs, ifs = ifTaken(at, stop)) {
      const c = unparen(ifs.childForFieldName('condition')!);
      const ok = c.type === 'unary_expression' && operatorOf(c) === '!' ? unparen(c.childForFieldName('operand')!) : undefined;
      const okDecl = ok?.type === 'identifier' ? res.declOf(ok) : undefined;
      if (!okDecl) continue;
      // The channel whose receive declares ok: `v, ok := <-rows` (a statement or a select case).
      const world = [...byDecl.values()].find((w) => w.ops.some((o) => o.kind === 'recv' && o.okDecl === okDecl));
      const closes = world?.ops.filter((o) => o.kind === 'close') ?? [];
      return closes.length > 0 && closes.every((o) => o.deferred && o.body.block.id === sender.block.id && o.node.parent?.type === 'defer_statement' && statementHolder(o.node.parent)?.id === sender.block.id);
    }
    return false;
  };
}

/** `errc <- err` right before a `return`, err known not nil there (an `if err != nil` around it) or a new error. */
function errorThenReturn(send: Node, sender: Body): boolean {
  const value = send.childForFieldName('value');
  if (!value || statementAfter(send)?.type !== 'return_statement') return false;
  const v = unparen(value);
  if (v.type === 'call_expression' && MADE_ERROR.test(calleeText(v) ?? '')) return true;
  const guard = v.type === 'identifier' ? ifTaken(send, (p) => p.id === sender.block.id) : undefined;
  return !!guard && conjuncts(guard.childForFieldName('condition')!).some((c) => nilTestOperand(unparen(c), '!=')?.text === v.text);
}

/**
 * One channel carries values and errors alike (`ch <- Event{Resp: r}`, `ch <- Event{Err: err}; return`): every send of
 * the only sender leaves the error field nil (`Err: nil` or not written) or sets it and returns at once. A receiver that
 * leaves on `if ev.Err != nil` for a value it took from the channel (`for ev := range ch`, `ev := <-ch`) leaves only
 * after the sender's last send: such ways out strand nothing. The predicate over ways out, or undefined.
 */
function errorEventLast(world: ChanWorld, sender: Body, receiver: Body, sends: ChanOp[]): ((n: Node) => boolean) | undefined {
  if (sender.kind !== 'go' || sender.copies !== 1 || (sender.calls ?? 1) !== 1) return undefined;
  const own = sends.filter((o) => o.kind === 'send');
  if (own.length === 0 || own.some((o) => o.body !== sender)) return undefined;
  const res = receiver.fn.resolution();
  // The channel as the receiver names it: its variable, or the call that returns it (`range stream(lines)`).
  const site = world.site?.call;
  const isChan = (x: Node) =>
    (site !== undefined && (x.id === site.id || (x.type === 'identifier' && res.declOf(x)?.init?.id === site.id))) ||
    (x.type === 'identifier' && world.chan.decl !== undefined && res.declOf(x) === world.chan.decl);
  // The field each send sets, by name: its value, or undefined for nil or not written; null when a send is no literal.
  const fieldsOf = (o: ChanOp): Map<string, Node> | null => {
    let v = o.node.childForFieldName('value');
    while (v && (v.type === 'parenthesized_expression' || (v.type === 'unary_expression' && v.childForFieldName('operator')?.type === '&'))) {
      v = v.type === 'parenthesized_expression' ? v.namedChild(0) : v.childForFieldName('operand');
    }
    const body = v?.type === 'composite_literal' ? v.childForFieldName('body') : null;
    if (!body) return null;
    const out = new Map<string, Node>();
    for (const el of body.namedChildren) {
      if (el?.type !== 'keyed_element') continue;
      const key = el.childForFieldName('key')?.text;
      const value = el.childForFieldName('value')?.namedChild(0);
      if (key && value && value.type !== 'nil') out.set(key, value);
    }
    return out;
  };
  const fields = own.map(fieldsOf);
  if (fields.some((f) => f === null)) return undefined;
  /** Is every send either nil in `field` or followed at once by a return? */
  const lastWhenSet = (field: string) =>
    own.some((_, i) => fields[i]!.has(field)) && own.every((o, i) => !fields[i]!.has(field) || statementAfter(o.node)?.type === 'return_statement');
  /** Does `v` hold a value received from the channel (`for v := range ch`, `v := <-ch`, `v, ok := <-ch`)? */
  const received = (v: Node) => {
    const d = res.declOf(v);
    const decl = d?.node.parent?.parent;
    if (!d || d.kind !== 'var' || !decl) return false;
    const right = decl.childForFieldName('right');
    const src = decl.type === 'range_clause' ? right : decl.type === 'short_var_declaration' && right ? receiveOperand(unparen(listItems(right)[0] ?? right)) : null;
    return !!src && isChan(unparen(src));
  };
  return (n: Node) => {
    if (!WAY_OUT_STATEMENTS.has(n.type)) return false;
    let ifs: Node | null = n.parent;
    while (ifs && ifs.type !== 'if_statement' && ifs.id !== receiver.block.id) ifs = ifs.parent;
    if (ifs?.type !== 'if_statement' || !contains(ifs.childForFieldName('consequence')!, n)) return false;
    const c = unparen(ifs.childForFieldName('condition')!);
    const x = nonNilOperand(c);
    const v = x?.type === 'selector_expression' ? x.childForFieldName('operand') : null;
    const field = x?.childForFieldName('field')?.text;
    return v?.type === 'identifier' && field !== undefined && received(v) && lastWhenSet(field);
  };
}

/** The WaitGroups a goroutine's body defers `Done` on (`defer wg.Done()`), or whose `Go` started it (`wg.Go(func() {…})`), by their text. */
function deferredDone(b: Body): string[] {
  const done = (text: string) => /^(.+)\.Done\(\)$/.exec(text)?.[1];
  const out: string[] = [];
  // `wg.Go(func() { … })` (sync.WaitGroup since Go 1.25, errgroup.Group): the group's Wait waits for the literal.
  const call = b.kind === 'go' && b.goStmt?.type === 'expression_statement' ? b.goStmt.namedChild(0) : null;
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  const lit = call?.childForFieldName('arguments')?.namedChild(0);
  if (f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Go' && lit?.type === 'func_literal' && lit.childForFieldName('body')?.id === b.block.id) {
    out.push(f.childForFieldName('operand')!.text);
  }
  for (const st of blockStatements(b.block)) {
    if (st.type !== 'defer_statement') continue;
    const call = st.namedChild(0);
    const direct = done(call?.text ?? '');
    if (direct !== undefined) out.push(direct);
    // `defer func() { wg.Done() }()`: a statement of the deferred literal's own body.
    const lit = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
    const body = lit?.type === 'func_literal' ? lit.childForFieldName('body') : null;
    for (const inner of body ? blockStatements(body) : []) {
      const x = inner.type === 'expression_statement' ? done(inner.text) : undefined;
      if (x !== undefined) out.push(x);
    }
  }
  return out;
}

/**
 * A goroutine of a test that the test waits for (`defer wg.Done()` in it, `wg.Wait()` a statement of the body that
 * starts it, after the go statement) while every cancel of the test's contexts is deferred (`defer cancel()`): it is
 * done before the test's contexts end, so a loop that stops when they do is still there for its sends.
 */
function awaitedByTest(b: Body): boolean {
  const go = b.goStmt;
  if (b.kind !== 'go' || !go || !b.file.path.endsWith('_test.go')) return false;
  const starter = enclosingFuncNode(go);
  const groups = deferredDone(b);
  const st = statementOf(go);
  if (!starter || !st || groups.length === 0) return false;
  // The Wait after the go statement, or after a statement around it (the loop that starts the goroutines).
  const body = starter.childForFieldName('body');
  let waited = false;
  for (let at: Node | undefined = st; at && body && contains(body, at) && at.id !== body.id && !waited; at = at.parent ? statementOf(at.parent) : undefined) {
    for (let s = statementAfter(at); s && !waited; s = statementAfter(s)) {
      const g = waitedGroup(s);
      waited = g !== undefined && groups.includes(g);
    }
  }
  if (!waited) return false;
  // Every call of a cancel function the test makes is deferred (`ctx, cancel := context.WithCancel(…); defer cancel()`).
  const res = b.fn.resolution();
  for (const c of contextCalls(starter)) {
    const d = cancelOf(c, res);
    if (d && d.refs.some((r) => r.id !== d.node.id && statementOf(r)?.type !== 'defer_statement')) return false;
  }
  return true;
}

/** The `context.With…(…)` calls in `fn` (nested function literals left out). */
function contextCalls(fn: Node): Node[] {
  return findBelow(fn, (n) => n.type === 'call_expression' && /^context\.With\w+$/.test(n.childForFieldName('function')?.text ?? ''));
}

/** The cancel function that `ctx, cancel := context.With…(…)` declares from the call `c`, as `res` resolves it. */
function cancelOf(c: Node, res: Resolution): Decl | undefined {
  const decl = c.parent?.type === 'expression_list' ? c.parent.parent : undefined;
  const cancel = decl?.type === 'short_var_declaration' ? listItems(decl.childForFieldName('left'))[1] : undefined;
  return cancel?.type === 'identifier' ? res.declOf(cancel) : undefined;
}

/**
 * `wg.Wait()` as a statement of the receiver's own body, where every sending goroutine runs `defer wg.Done()`:
 * once it returns, every sender has finished, so no way out after it can strand one. The statement, or undefined.
 */
function waitAfterSenders(receiver: Body, senders: Body[]): Node | undefined {
  if (senders.some((b) => b.kind !== 'go' || b.sync)) return undefined;
  const groups = senders.map(deferredDone);
  return blockStatements(receiver.block).find((st) => {
    const wg = waitedGroup(st);
    return wg !== undefined && groups.every((g) => g.includes(wg));
  });
}

/**
 * `for d := range decoded { … }` as a statement of the receiver's own body, where `decoded` is a local channel whose
 * one close is the lone sender's `defer close(decoded)` (a statement of its own body) and the loop has no way out
 * of its own: the range ends only once the sender has returned, a wait for it like `wg.Wait()`. The loop must not
 * touch this channel (its receives there could take any number of values). The statement, or undefined.
 */
function rangeAfterSender(world: ChanWorld, senders: Body[], receiver: Body, byDecl: WorldsByDecl | undefined): Node | undefined {
  const b = senders.length === 1 ? senders[0] : undefined;
  if (!byDecl || !b || b.kind !== 'go' || b.sync || !b.goStmt || receiver.kind !== 'func' || !contains(receiver.block, b.goStmt)) return undefined;
  const res = receiver.fn.resolution();
  for (const loop of blockStatements(receiver.block)) {
    if (loop.type !== 'for_statement' || loop.startIndex < b.goStmt.endIndex) continue;
    const d = rangedVariable(loop, res);
    const other = d && byDecl.get(d);
    if (!other || other === world || other.escape || !neverReassigned(d!)) continue;
    const closes = other.ops.filter((o) => o.kind === 'close');
    if (closes.length !== 1 || !closes[0].deferred || closes[0].body.block.id !== b.block.id || !blockStatements(b.block).some((st) => st.id === statementOf(closes[0].node)?.id)) continue;
    const body = loop.childForFieldName('body');
    // A panic or `log.Fatal` there ends the process, and strands nobody; a return, break or failing test leaves.
    const leaves = (n: Node) => isWayOut(n) ? callEnd(n) !== 'process' : callEnd(n) === 'maybe-goroutine';
    if (!body || findBelow(body, leaves, true).length > 0 || world.ops.some((o) => contains(loop, o.node))) continue;
    return loop;
  }
  return undefined;
}

/** The local channel made by `make(chan …)` that a select communication receives from (`case <-done:`). */
function caseChannel(comm: Node, res: Resolution): Decl | undefined {
  const x = communicationReceiveOperand(comm);
  const d = x?.type === 'identifier' ? res.declOf(x) : undefined;
  return d && d.kind === 'var' && d.init && /^make\(chan\b/.test(unparen(d.init).text) ? d : undefined;
}

/** Is the send `o` followed, as the very next statement of its list, by a close of the same channel (an op of `world`)? */
function closedRightAfter(o: ChanOp, world: ChanWorld): boolean {
  const next = statementAfter(o.node);
  const call = next?.type === 'expression_statement' ? next.namedChild(0) : null;
  return !!call && world.ops.some((c) => c.kind === 'close' && !c.deferred && c.body === o.body && c.node.id === call.id);
}

/** The call `close(r)` that the reference `r` is the argument of, if it is one. */
function closeCallOf(r: Node): Node | undefined {
  const call = r.parent?.type === 'argument_list' ? r.parent.parent : undefined;
  return call?.type === 'call_expression' && call.childForFieldName('function')?.text === 'close' ? call : undefined;
}

/**
 * `go func() { wg.Wait(); close(allDone) }()` (or `allDone <- true`) with every sender a goroutine that defers
 * `wg.Done()`: a case `<-allDone` of the receiver can win only once every sender has returned, so never while one is
 * blocked at its send. The receiver's cases on such channels (locals whose every use is that close and receives).
 */
function closedAfterSenders(receiver: Body, senders: Body[]): ((comm: Node) => boolean) | undefined {
  if (senders.some((b) => b.kind !== 'go' || b.sync)) return undefined;
  const groups = senders.map(deferredDone);
  const res = receiver.fn.resolution();
  // After `wg.Wait()` for every sender's group, in the same statement list, with no goroutine started in between
  // (`wg.Wait(); time.Sleep(d); close(shutdown)`).
  const afterWait = (st: Node) => {
    for (let prev = statementBefore(st); prev; prev = statementBefore(prev)) {
      const wg = waitedGroup(prev);
      if (wg !== undefined) return groups.every((g) => g.includes(wg));
      if (prev.type === 'go_statement' || findBelow(prev, (n) => n.type === 'go_statement').length > 0) return false;
    }
    return false;
  };
  const neverDone = neverDoneContext(receiver);
  return (comm: Node) => {
    const d = caseChannel(comm, res);
    if (!d) return cancelledAfterWait(comm);
    let closes = 0;
    const values: Node[] = [];
    for (const r of d.refs) {
      const p = r.parent;
      if (p && receiveOperand(p)?.id === r.id) continue;
      if (p?.type === 'send_statement' && p.childForFieldName('channel')?.id === r.id) {
        // `wg.Wait(); done <- true`: a value sent only once every sender has returned, like the close.
        if (afterWait(p)) {
          closes++;
          continue;
        }
        // Values sent on it too: the case may win by one of them, so it must leave only once the channel is closed.
        values.push(p.childForFieldName('value')!);
        continue;
      }
      const call = closeCallOf(r);
      const st = call?.parent;
      if (!call || st?.type !== 'expression_statement' || !afterWait(st)) return false;
      closes++;
    }
    return closes > 0 && (values.length === 0 || leavesOnlyWhenClosed(comm, values));
  };

  /**
   * `case <-ctx.Done()` for `ctx, cancel := context.WithCancel(parent)`, a parent that is never done, ctx never
   * reassigned, and every use of `cancel` a call statement after that `wg.Wait()` (afterWait): done only once every sender
   * has returned, as a channel closed there.
   */
  function cancelledAfterWait(comm: Node): boolean {
    const ctx = doneOperand(comm);
    const d = ctx?.type === 'identifier' ? res.declOf(ctx) : undefined;
    const list = d?.kind === 'var' && neverReassigned(d) ? d.node.parent : undefined;
    const decl = list?.type === 'expression_list' ? list.parent : undefined;
    if (decl?.type !== 'short_var_declaration' || decl.childForFieldName('left')?.id !== list!.id) return false;
    const left = listItems(list!);
    const right = listItems(decl.childForFieldName('right'));
    const call = right.length === 1 && right[0] ? unparen(right[0]) : undefined;
    if (left.length !== 2 || left[0]?.id !== d!.node.id || call?.type !== 'call_expression' || calleeText(call) !== 'context.WithCancel') return false;
    const parent = call.childForFieldName('arguments')?.namedChild(0);
    const cancel = left[1]?.type === 'identifier' ? res.declOf(left[1]) : undefined;
    if (!parent || !neverDone(parent, 0) || !cancel || cancel.refs.length === 0) return false;
    return cancel.refs.every((r) => {
      const use = r.parent;
      const st = use?.type === 'call_expression' && use.childForFieldName('function')?.id === r.id ? use.parent : undefined;
      return st?.type === 'expression_statement' && afterWait(st);
    });
  }
}

/**
 * `go start(…, done)` where `start` defers `close(done)`, starts every other sender with `go`, each deferring
 * `X.Done()`, and ends with `X.Wait…()` (a WaitGroup, or a concurrency manager of the same protocol: `c.WaitAllDone()`),
 * every `return` of it coming before its first go statement: `<-done` can win only once `start` has returned, so
 * after every sender has; `start`'s own sends come before its deferred close too. The receiver's cases on such
 * channels (locals whose every other use is that deferred close).
 */
function closedAfterStarterWaits(receiver: Body, senders: Body[], byDecl: WorldsByDecl | undefined): ((comm: Node) => boolean) | undefined {
  if (!byDecl || senders.some((b) => b.kind !== 'go' || b.sync || !b.goStmt)) return undefined;
  const res = receiver.fn.resolution();
  return (comm: Node) => {
    const d = caseChannel(comm, res);
    const done = d && byDecl.get(d);
    if (!done || done.escape) return false;
    const closes = done.ops.filter((o) => o.kind !== 'recv' && o.kind !== 'range');
    const starter = closes[0]?.body;
    if (!starter || starter.kind !== 'go' || starter.copies !== 1 || closes.some((o) => o.kind !== 'close' || !o.deferred || o.body.block.id !== starter.block.id)) return false;
    const workers = senders.filter((b) => b.block.id !== starter.block.id);
    if (workers.length === 0 || !workers.every((b) => contains(starter.block, b.goStmt!))) return false;
    const last = blockStatements(starter.block).at(-1);
    const m = last?.type === 'expression_statement' ? /^(.+)\.Wait\w*\(\)$/.exec(last.text) : null;
    if (!m || !workers.every((b) => deferredDone(b).includes(m[1]))) return false;
    const firstGo = Math.min(...workers.map((b) => b.goStmt!.startIndex));
    const fn = starter.block.parent;
    return findBelow(starter.block, (n) => n.type === 'return_statement' && enclosingFuncNode(n)?.id === fn?.id).every((r) => r.endIndex <= firstGo);
  };
}

/**
 * The receiver's cases on a channel that only `sender` closes or sends on, after its last send: `defer close(end)` in
 * the sending goroutine, or `close(end)` or a send on it (`b <- 1`, also as a select case) in a statement of its body
 * after every one of its sends. Such a case can win only once that goroutine is done sending, never while it waits at
 * a send (`go func() { defer close(end); for s.Scan() { lines <- s.Text() } }()` against `select { case <-end:
 * return; case l := <-lines: … }`). Locals made by `make(chan …)` whose every other use is a receive.
 */
function closedBySender(sender: Body, receiver: Body, sends: ChanOp[]): ((comm: Node) => boolean) | undefined {
  if (sender.sync || sender.copies !== 1 || (sender.calls ?? 1) !== 1) return undefined;
  const own = sends.filter((o) => o.body === sender);
  const fn = sender.block.parent;
  if (!fn || (sender.kind !== 'go' && own.some((o) => enclosingFuncNode(o.node)?.id !== fn.id))) return undefined;
  const top = new Set(blockStatements(sender.block).map((st) => st.id));
  const res = receiver.fn.resolution();
  return (comm: Node) => {
    const d = caseChannel(comm, res);
    if (!d) return false;
    // A function run by its caller (`run := func() error { defer close(end); … }; return run()`) closes the channel
    // as it returns only once per channel when it runs once per run of the function that makes it.
    if (sender.kind !== 'go' && !runsOncePerRunOf(fn, d.fn, sender.fn.resolution())) return false;
    // A statement of the sender's body that starts after every one of its sends.
    const afterSends = (n: Node) => {
      let st: Node | null = n;
      while (st && !top.has(st.id)) st = st.parent;
      return st !== null && own.every((o) => o.node.endIndex <= st!.startIndex);
    };
    // The writes of the channel (its refs, or a parameter's that it is handed to): how many make the case ready, or
    // undefined when one can come before a send.
    const readies = (refs: readonly Node[], handed: boolean): number | undefined => {
      let n = 0;
      for (const r of refs) {
        const p = r.parent;
        if (p && receiveOperand(p)?.id === r.id) continue;
        // Handed to the sender's function as an argument of its go statement: its uses there.
        if (!handed && p?.type === 'argument_list' && p.parent?.id === sender.goStmt?.namedChild(0)?.id) {
          const param = handedParam(sender, (a) => a.id === r.id);
          const k = param && readies(param.refs, true);
          if (k === undefined) return undefined;
          n += k;
          continue;
        }
        const send = p?.type === 'send_statement' && p.childForFieldName('channel')?.id === r.id ? p : undefined;
        const call = send ? undefined : closeCallOf(r);
        const st = send ?? call?.parent;
        if (!st) return undefined;
        // A close or a send in a function literal that fn defers (`defer func() { close(end); … }()`) runs as fn
        // returns, too.
        if ((send || (call && st.type === 'expression_statement')) && deferredIn(enclosingFuncNode(st), fn)) {
          n++;
          continue;
        }
        if (enclosingFuncNode(st)?.id !== fn.id) return undefined;
        if (call && st.type === 'defer_statement') n++;
        else if ((send || st.type === 'expression_statement') && afterSends(st)) n++;
        else return undefined;
      }
      return n;
    };
    return (readies(d.refs, false) ?? 0) > 0;
  };
}

/**
 * Does the function literal `fn` run at most once each time `outer` (the function that declares the channel) runs:
 * `outer` itself, a literal called where it is written, or one kept in a local whose one use is a call, neither in a
 * loop of `outer`?
 */
function runsOncePerRunOf(fn: Node, outer: Node, res: Resolution): boolean {
  if (fn.id === outer.id) return true;
  if (fn.type !== 'func_literal' || !contains(outer, fn)) return false;
  // A call of it that outer itself makes (not one a go or defer statement makes), outside its loops.
  const runHere = (call: Node | null, callee: Node) =>
    call?.type === 'call_expression' && call.childForFieldName('function')?.id === callee.id && call.parent?.type !== 'go_statement' && call.parent?.type !== 'defer_statement' && enclosingFuncNode(call)?.id === outer.id && loopAround(call) === undefined;
  const call = parentSkippingParens(fn);
  if (call?.type === 'call_expression') return runHere(call, fn);
  // `run := func() error { … }`: its name's only other use is a call.
  const list = call?.type === 'expression_list' ? call : undefined;
  const decl = list?.parent;
  if (decl?.type !== 'short_var_declaration' || list!.namedChildCount !== 1 || decl.childForFieldName('right')?.id !== list!.id) return false;
  const id = decl.childForFieldName('left')?.namedChild(0);
  const d = id?.type === 'identifier' ? res.declOf(id) : undefined;
  if (!d || !neverReassigned(d)) return false;
  // Its uses (the declaring name is not one of them): a single call.
  return d.refs.length === 1 && runHere(d.refs[0].parent, d.refs[0]);
}

/** The functions (ids of their nodes) that close a local channel one of the select communications `cases` receives from. */
function closingFunctions(receiver: Body, cases: Node[]): Set<number> {
  const res = receiver.fn.resolution();
  const out = new Set<number>();
  for (const comm of cases) {
    for (const r of caseChannel(comm, res)?.refs ?? []) {
      const call = closeCallOf(r);
      const f = call && enclosingFuncNode(call);
      if (f) out.add(f.id);
    }
  }
  return out;
}

/**
 * `case v := <-ch: if v == nil { return }` where every send puts a value that cannot be nil on ch (`ch <- &item{…}`,
 * `new(T)`), or `if r := <-ready; !r { break }` (also `r == false`, `r != true`) where every send puts `true`: v is
 * the zero value only once ch is closed, so the test is the receiver's `!ok` (paths.ts closedCheck). The ids of those
 * uses of v.
 */
function zeroWhenClosed(receiver: Body, receives: ChanOp[], sends: ChanOp[]): number[] {
  const values = sends.map((o) => o.node.childForFieldName('value'));
  const nonNil = values.length > 0 && values.every(neverNil);
  const allTrue = values.length > 0 && values.every((v) => v !== null && unparen(v).type === 'true');
  if (!nonNil && !allTrue) return [];
  const res = receiver.fn.resolution();
  const out: number[] = [];
  for (const o of receives) {
    if (o.kind !== 'recv' || o.body !== receiver) continue;
    const stmt = o.node.parent?.type === 'expression_list' ? o.node.parent.parent : o.node.parent;
    if (stmt?.type !== 'receive_statement' && stmt?.type !== 'short_var_declaration') continue;
    const left = listItems(stmt.childForFieldName('left'));
    const d = left.length === 1 && left[0]?.type === 'identifier' ? res.declOf(left[0]) : undefined;
    for (const r of d?.refs ?? []) {
      const p = parentSkippingParens(r);
      const other = p?.type === 'binary_expression' ? (contains(p.childForFieldName('left')!, r) ? p.childForFieldName('right') : p.childForFieldName('left')) : undefined;
      const op = p?.type === 'binary_expression' ? p.childForFieldName('operator')?.text : undefined;
      const zero =
        (nonNil && (op === '==' || op === '!=') && other?.type === 'nil') ||
        (allTrue && p?.type === 'unary_expression' && p.childForFieldName('operator')?.text === '!') ||
        (allTrue && ((op === '==' && other?.type === 'false') || (op === '!=' && other?.type === 'true')));
      // The whole condition of an if: `if v == nil || v.n < 0` may leave on a value too.
      let cond: Node | null | undefined = p;
      while (cond?.parent?.type === 'parenthesized_expression') cond = cond.parent;
      if (zero && cond?.parent?.type === 'if_statement' && cond.parent.childForFieldName('condition')?.id === cond.id) out.push(r.id);
    }
  }
  return out;
}

/**
 * Is the way out `w` taken only once a receive of `receives` gave the loop a nil: a return under `if v == nil`, maybe
 * `|| !ok` (`case v, ok := <-c.ch: if v == nil || !ok { return }`), with v (and ok) declared by that receive?
 */
function leavesOnNil(w: Witness, receives: ChanOp[], loop: Body): boolean {
  const out = w.at ?? w.node;
  if (out.type !== 'return_statement') return false;
  let ifs: Node | null = out.parent;
  while (ifs && ifs.type !== 'if_statement' && ifs.id !== loop.block.id) ifs = ifs.parent;
  const cond = ifs?.type === 'if_statement' ? ifs.childForFieldName('condition') : null;
  if (!cond || !contains(ifs!.childForFieldName('consequence')!, out)) return false;
  const res = loop.fn.resolution();
  // The variables a receive of this channel declares (`v, ok := <-ch`, `case v, ok := <-ch:`).
  const declaredByReceive = (id: Node) => {
    const d = res.declOf(id);
    const list = d?.node.parent;
    const st = list?.type === 'expression_list' ? list.parent : undefined;
    const right = st && (st.type === 'short_var_declaration' || st.type === 'receive_statement') ? st.childForFieldName('right') : null;
    return d !== undefined && neverReassigned(d) && right !== null && receives.some((o) => o.body === loop && contains(right, o.node));
  };
  // `v == nil` (or `nil == v`): v.
  const nilTested = (u: Node) => {
    if (u.type !== 'binary_expression' || u.childForFieldName('operator')?.type !== '==') return undefined;
    const [l, r] = [unparen(u.childForFieldName('left')!), unparen(u.childForFieldName('right')!)];
    return l.type === 'nil' ? r : r.type === 'nil' ? l : undefined;
  };
  const closedTest = (u: Node) => {
    const v = nilTested(u) ?? (u.type === 'unary_expression' && u.childForFieldName('operator')?.type === '!' ? unparen(u.childForFieldName('operand')!) : undefined);
    return v?.type === 'identifier' && declaredByReceive(v);
  };
  const parts = disjuncts(cond);
  return parts.every(closedTest) && parts.some((u) => nilTested(u) !== undefined);
}

/**
 * `case v := <-ch: if v == nil { return } …` (every value sent on ch one that cannot be nil), or `case v, ok := <-ch:
 * if !ok { return } …`: the case leaves (returns, breaks out of a loop, goes to) only once ch is closed; a value
 * taken sends the receiver round again.
 */
function leavesOnlyWhenClosed(comm: Node, values: Node[]): boolean {
  const clause = comm.parent;
  if (clause?.type !== 'communication_case' || comm.type !== 'receive_statement') return false;
  const left = listItems(comm.childForFieldName('left'));
  const v = left[0]?.type === 'identifier' ? left[0].text : undefined;
  const ok = left[1]?.type === 'identifier' ? left[1].text : undefined;
  const closedTest = (cond: string) => (ok !== undefined && cond === `!${ok}`) || (v !== undefined && cond === `${v} == nil` && values.every(neverNil));
  const outs = caseStatements(clause).flatMap((st) => findBelow(st, (n) => n.type === 'return_statement' || n.type === 'goto_statement' || (n.type === 'break_statement' && n.namedChildCount > 0), true));
  for (const st of caseStatements(clause)) if (st.type === 'return_statement' || st.type === 'goto_statement') return false;
  return outs.every((out) => {
    for (let p = out.parent; p && p.id !== clause.id; p = p.parent) {
      if (isFuncNode(p)) return true;
      if (p.type === 'if_statement' && contains(p.childForFieldName('consequence')!, out) && closedTest(unparen(p.childForFieldName('condition')!).text.replace(/\s+/g, ' '))) return true;
    }
    return false;
  });
}

/** `&T{…}` or `new(T)`: a value that cannot be nil. */
function neverNil(v: Node | null): boolean {
  const e = v && unparen(v);
  if (e?.type === 'unary_expression' && e.childForFieldName('operator')?.type === '&') return unparen(e.childForFieldName('operand')!).type === 'composite_literal';
  return e?.type === 'call_expression' && e.childForFieldName('function')?.text === 'new';
}

const WAY_OUT_STATEMENTS = new Set(['return_statement', 'expression_statement', 'break_statement']);

/**
 * `stop <- struct{}{}` by the receiver, on an unbuffered channel that only the sending goroutine receives from, each
 * time followed by `return` (`case <-stop: return`): once that send completes, the goroutine has stopped, so no send
 * of it is left to strand. The receiver's sends on such channels (counted like a close of this one).
 */
function stopSignals(world: ChanWorld, senders: Body[], receiver: Body, byDecl: WorldsByDecl | undefined): Node[] {
  if (!byDecl || senders.length !== 1 || senders[0].copies !== 1 || world.site) return [];
  const sender = senders[0];
  const out: Node[] = [];
  for (const snd of findBelow(receiver.block, (n) => n.type === 'send_statement')) {
    const ch = snd.childForFieldName('channel');
    const decl = ch?.type === 'identifier' ? receiver.fn.resolution().declOf(ch) : undefined;
    const other = decl && byDecl.get(decl);
    if (!other || other === world || other.escape || other.site || other.chan.field || other.chan.capacity !== 0) continue;
    const recvs = other.ops.filter((o) => o.kind === 'recv' || o.kind === 'range');
    // Bodies are per channel world: compare the code they run.
    const isSender = (b: Body) => b.block.id === sender.block.id && b.kind === 'go';
    if (recvs.length === 0 || other.ops.some((o) => o.kind !== 'recv' && o.kind !== 'range' && o.body.block.id !== receiver.block.id)) continue;
    if (recvs.every((o) => isSender(o.body) && o.kind === 'recv' && returnsAfter(o.node))) out.push(snd);
  }
  return out;
}

/** Methods that serve until their server is stopped: grpc's `Serve`, net/http's `Serve`, `ListenAndServe` and TLS kin. */
const SERVE_METHOD = /^(Serve|ServeTLS|ListenAndServe|ListenAndServeTLS)$/;

/** `err != http.ErrServerClosed`, `!errors.Is(err, http.ErrServerClosed)`: a test that the error is not the stop's. */
function excludesServerClosed(test: Node, err: string): boolean {
  const t = unparen(test);
  if (t.type === 'binary_expression' && t.childForFieldName('operator')?.type === '!=') {
    const l = unparen(t.childForFieldName('left')!).text;
    const r = unparen(t.childForFieldName('right')!).text;
    return (l === err && r === 'http.ErrServerClosed') || (r === err && l === 'http.ErrServerClosed');
  }
  if (t.type === 'unary_expression' && t.childForFieldName('operator')?.type === '!') {
    const call = unparen(t.childForFieldName('operand')!);
    const args = call.type === 'call_expression' ? call.childForFieldName('arguments')?.namedChildren ?? [] : [];
    return call.type === 'call_expression' && call.childForFieldName('function')?.text === 'errors.Is' && args.length === 2 && args[0]?.text === err && args[1]?.text === 'http.ErrServerClosed';
  }
  return false;
}

/** `err != nil`. */
function excludesNil(test: Node, err: string): boolean {
  const t = unparen(test);
  if (t.type !== 'binary_expression' || t.childForFieldName('operator')?.type !== '!=') return false;
  const [l, r] = [unparen(t.childForFieldName('left')!).text, unparen(t.childForFieldName('right')!).text];
  return (l === err && r === 'nil') || (r === err && l === 'nil');
}

/**
 * `if err := http.ListenAndServe(addr, h); err != nil && !errors.Is(err, http.ErrServerClosed) { … }` (or with the
 * assignment the statement before): net/http's package functions (`ListenAndServe`, `Serve` and their TLS kin) serve
 * on a server no one else holds, so they return only a non-nil error ("always returns a non-nil error"), and never
 * http.ErrServerClosed, since nothing can shut that server down: the if's branch runs whenever the call returns, and
 * skipping it never happens.
 */
function alwaysTakenServeCheck(ifs: Node): boolean {
  if (ifs.type !== 'if_statement') return false;
  const found = serveAssignment(ifs.childForFieldName('initializer') ?? statementBefore(ifs));
  if (found?.server.type !== 'identifier' || found.server.text !== 'http' || !importsPackage(ifs.tree.rootNode, 'http')) return false;
  const tests = conjuncts(ifs.childForFieldName('condition')!);
  return tests.length > 0 && tests.every((t) => excludesNil(t, found.err) || excludesServerClosed(t, found.err));
}

/** `err := X.Serve(lis)` or `err = X.Serve(lis)` (one name, one call of a SERVE_METHOD): X's text and err's name. */
function serveAssignment(st: Node | null | undefined): { server: Node; err: string } | undefined {
  if (st?.type !== 'short_var_declaration' && st?.type !== 'assignment_statement') return undefined;
  const left = st.childForFieldName('left');
  const right = st.childForFieldName('right');
  if (left?.namedChildCount !== 1 || right?.namedChildCount !== 1 || left.namedChild(0)!.type !== 'identifier') return undefined;
  const call = unparen(right.namedChild(0)!);
  const f = call.type === 'call_expression' ? unparen(call.childForFieldName('function')!) : undefined;
  if (f?.type !== 'selector_expression' || !SERVE_METHOD.test(f.childForFieldName('field')?.text ?? '')) return undefined;
  return { server: unparen(f.childForFieldName('operand')!), err: left.namedChild(0)!.text };
}

/** Is `x` known to be a `*grpc.Server`: a local made by `grpc.NewServer(…)` or declared so, or a field declared so? */
function grpcServer(x: Node, fn: FuncInfo, index: PackageIndex): boolean {
  const res = fn.resolution();
  const GRPC = /^\*grpc\.Server$/;
  if (x.type === 'identifier') {
    const d = res.declOf(x);
    const t = d?.node.parent?.childForFieldName('type');
    if (t && GRPC.test(t.text)) return true;
    return d?.init !== undefined && d.init !== null && /^grpc\.NewServer\(/.test(unparen(d.init).text);
  }
  if (x.type !== 'selector_expression') return false;
  const owner = operandType(x.childForFieldName('operand')!, fn, res, index);
  const field = x.childForFieldName('field')?.text;
  return owner !== undefined && field !== undefined && GRPC.test(index.fieldType(owner, field) ?? '');
}

/**
 * A server's stop, by the receiver, when the sender sends only the error of that server's Serve: grpc's `Serve`
 * returns nil once `Stop` or `GracefulStop` is called (sends under `err != nil`), net/http's return
 * `http.ErrServerClosed` once `Shutdown` or `Close` is (sends under `err != http.ErrServerClosed` or
 * `!errors.Is(err, http.ErrServerClosed)`). After the stop returns the sender has nothing left to send: the calls
 * count like a close of the channel.
 */
function serverStops(senders: Body[], receiver: Body, sends: ChanOp[], index: PackageIndex | undefined): Node[] {
  if (!index || senders.length !== 1 || senders[0].copies !== 1) return [];
  const sender = senders[0];
  let server: string | undefined;
  let stops: RegExp | undefined;
  for (const o of sends) {
    if (o.body !== sender) return [];
    let found: { server: Node; err: string } | undefined;
    const tests: Node[] = [];
    for (let p = o.node.parent; p && p.id !== sender.block.id && !found; p = p.parent) {
      if (p.type !== 'if_statement' || !contains(p.childForFieldName('consequence')!, o.node)) continue;
      tests.push(...conjuncts(p.childForFieldName('condition')!));
      found = serveAssignment(p.childForFieldName('initializer')) ?? serveAssignment(statementBefore(p));
    }
    if (!found) return [];
    const err = found.err;
    const methods = [
      ...(tests.some((t) => excludesServerClosed(t, err)) ? ['Shutdown', 'Close'] : []),
      ...(tests.some((t) => excludesNil(t, err)) && grpcServer(found.server, sender.fn, index) ? ['GracefulStop', 'Stop'] : []),
    ];
    if (methods.length === 0 || (server !== undefined && server !== found.server.text)) return [];
    server = found.server.text;
    stops = new RegExp(`^(${methods.join('|')})$`);
  }
  if (!server || !stops) return [];
  return findBelow(receiver.block, (n) => {
    if (n.type !== 'call_expression') return false;
    const f = unparen(n.childForFieldName('function')!);
    return f.type === 'selector_expression' && unparen(f.childForFieldName('operand')!).text === server && stops!.test(f.childForFieldName('field')?.text ?? '');
  });
}

/** Is the receive `recv` a statement (or a select case) followed at once by `return`? */
function returnsAfter(recv: Node): boolean {
  let stmt: Node | null = recv;
  while (stmt && stmt.type !== 'communication_case' && stmt.parent?.type !== 'statement_list' && stmt.parent?.type !== 'block') stmt = stmt.parent;
  if (!stmt) return false;
  if (stmt.type === 'communication_case') return caseStatements(stmt)[0]?.type === 'return_statement';
  return statementAfter(stmt)?.type === 'return_statement';
}

/**
 * A goroutine started by a loop of the receiver (the only loop around its go statement) whose iteration, after the
 * go statement, takes at least as many values as the goroutine sends, by receives that every pass makes (a
 * statement of the loop body, or the condition of an if there: `if !<-done { t.Fatal(…) }`): the next goroutine
 * starts only after the previous one delivered, so one is outstanding at a time.
 */
function pacedGo(b: Body, receiver: Body, receives: ChanOp[], sends: Node[], fresh: Node): boolean {
  const go = b.goStmt;
  if (!go || b.copies === 1 || !contains(receiver.block, go)) return false;
  let loop: Node | undefined;
  for (let p = go.parent; p && p.id !== receiver.block.id; p = p.parent) {
    if (p.type !== 'for_statement' || contains(p, fresh)) continue;
    if (loop) return false; // more than one loop around it
    loop = p;
  }
  const body = loop?.childForFieldName('body');
  if (!loop || !body) return false;
  const stmts = blockStatements(body);
  const at = stmts.findIndex((st) => contains(st, go));
  if (at < 0) return false;
  const UNSURE = new Set(['block', 'for_statement', 'select_statement', 'expression_switch_statement', 'type_switch_statement', 'func_literal']);
  let taken = 0;
  for (const r of receives) {
    if (r.kind !== 'recv' || r.body !== receiver) continue;
    const st = stmts.findIndex((x, i) => i > at && contains(x, r.node));
    if (st < 0) continue;
    let every = true;
    for (let c: Node = r.node, p = r.node.parent; p && p.id !== stmts[st].id; c = p, p = p.parent) {
      if (UNSURE.has(p.type)) every = false;
      // `ok && <-done`: the right operand of && or || is evaluated only sometimes.
      const op = p.type === 'binary_expression' ? p.childForFieldName('operator')?.type : undefined;
      if ((op === '&&' || op === '||') && p.childForFieldName('right')?.id === c.id) every = false;
    }
    const ifStmt = stmts[st].type === 'if_statement' ? stmts[st] : undefined;
    if (ifStmt && [ifStmt.childForFieldName('consequence'), ifStmt.childForFieldName('alternative')].some((x) => x && contains(x, r.node))) every = false;
    if (every) taken++;
  }
  return taken > 0 && maxCount(b.block, sends, fresh) <= taken;
}

/**
 * `go receive()` once before the loop, then again only inside the select case that has just taken its value
 * (`case m := <-avail: …; go receive()`), each run sending once: the next sender starts only after the last one's
 * value was taken, so at most one is ever outstanding, however many run in all.
 */
function relaunchedAfterTake(b: Body, receiver: Body, receives: ChanOp[], sends: Node[], fresh: Node): boolean {
  const gos = b.starts ?? (b.goStmt ? [b.goStmt] : []);
  if (b.kind !== 'go' || gos.length < 2 || !gos.every((g) => contains(receiver.block, g))) return false;
  if (maxCount(b.block, sends, fresh) > 1) return false;
  const loopOf = (n: Node) => enclosingLoop(n, receiver.block);
  const first = gos.filter((g) => loopOf(g) === undefined);
  if (first.length !== 1) return false;
  const cases = new Set<number>();
  return gos.every((g) => {
    if (g === first[0]) return true;
    const clause = relaunchCase(g, first[0], receiver, cases);
    const comm = clause?.childForFieldName('communication');
    return receives.some((o) => o.kind === 'recv' && o.body === receiver && comm && contains(comm, o.node));
  });
}

/**
 * The select case that holds the go statement `go` of a relaunch, with no loop or function literal between them: a
 * case of a loop of the receiver that comes after the `first` go statement, and not one already in `cases` (where
 * it is added).
 */
function relaunchCase(go: Node, first: Node, receiver: Body, cases: Set<number>): Node | undefined {
  let clause: Node | null = go.parent;
  while (clause && clause.type !== 'communication_case' && clause.id !== receiver.block.id) {
    if (clause.type === 'for_statement' || isFuncNode(clause)) return undefined;
    clause = clause.parent;
  }
  if (clause?.type !== 'communication_case' || cases.has(clause.id)) return undefined;
  cases.add(clause.id);
  const loop = enclosingLoop(clause, receiver.block);
  return loop && first.endIndex <= loop.startIndex ? clause : undefined;
}

/**
 * The same function started as goroutines by several `go f(…)` statements of the receiver: one before its loop, the
 * others only inside select cases of that loop, each case receiving from a channel that this function alone sends on
 * as its last act (a send followed by `return`, or ending its body) and nobody closes (`go w.watch(resub, events)` …
 * `case err := <-resub: …; go w.watch(resub, events)`). A new run starts only after the previous one has made its last
 * send: one goroutine at a time, on every channel it sends on. When the channel taken is this one, a run that sends
 * on it at most once is enough (relaunchedAfterTake). The goroutines to count as the first one, or undefined.
 */
function relaunchedRuns(world: ChanWorld, senders: Body[], receiver: Body, byDecl?: WorldsByDecl): Set<Body> | undefined {
  const byBlock = new Map<number, Body[]>();
  for (const b of senders) {
    if (b.kind !== 'go' || !b.goStmt || b.sync || b.starts || !contains(receiver.block, b.goStmt)) continue;
    byBlock.set(b.block.id, [...(byBlock.get(b.block.id) ?? []), b]);
  }
  const res = receiver.fn.resolution();
  for (const group of byBlock.values()) {
    if (group.length < 2) continue;
    const first = group.filter((b) => enclosingLoop(b.goStmt!, receiver.block) === undefined);
    if (first.length !== 1 || first[0].copies !== 1) continue;
    const cases = new Set<number>();
    const fits = group.every((b) => {
      if (b === first[0]) return true;
      const clause = relaunchCase(b.goStmt!, first[0].goStmt!, receiver, cases);
      if (!clause) return false;
      const operand = communicationReceiveOperand(clause.childForFieldName('communication'));
      const u = operand && unparen(operand);
      const decl = u?.type === 'identifier' ? res.declOf(u) : undefined;
      if (!decl) return false;
      if (decl === world.chan.decl) return maxCount(b.block, world.ops.filter((o) => o.kind === 'send' && o.body === b).map((o) => o.node), world.chan.make) <= 1;
      const taken = byDecl?.get(decl);
      if (!taken || taken.escape || taken.ops.some((o) => o.kind === 'close')) return false;
      const told = taken.ops.filter((o) => o.kind === 'send');
      // Its last act: followed by `return`, or the last statement of the body (endsRun also lets closes follow).
      const last = (o: ChanOp) => {
        const next = statementAfter(o.node);
        return next ? next.type === 'return_statement' : statementHolder(o.node)?.id === b.block.id;
      };
      return told.length > 0 && told.every((o) => o.body.block.id === b.block.id && !o.deferred && last(o));
    });
    if (fits) return new Set(group.filter((b) => b !== first[0]));
  }
  return undefined;
}

/**
 * A goroutine started by a loop whose every send is under `if i == K` (K an integer literal), where `i` is that
 * loop's index: the key of a two-variable `range`, or the counter of a three-clause `for` that only its post
 * statement changes. With a variable per iteration (Go 1.22 on), the index differs in every iteration, so only the
 * goroutine of one iteration sends, whatever the number of goroutines.
 */
function oneIteration(b: Body, own: Node[]): boolean {
  const go = b.goStmt;
  if (!go || b.copies === 1 || own.length === 0) return false;
  let loop: Node | null = go.parent;
  while (loop && loop.type !== 'for_statement' && !isFuncNode(loop)) loop = loop.parent;
  if (!loop || loop.type !== 'for_statement') return false;
  let index: Node | undefined;
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  const clause = loop.namedChildren.find((c) => c?.type === 'for_clause');
  if (range) {
    const left = range.childForFieldName('left');
    const vars = left ? listItems(left) : [];
    if (vars.length === 2 && vars[0]?.type === 'identifier' && vars[0].text !== '_') index = vars[0];
  } else if (clause) {
    const init = clause.childForFieldName('initializer');
    const vars = init?.type === 'short_var_declaration' ? listItems(init.childForFieldName('left')!) : [];
    if (vars.length === 1 && vars[0]?.type === 'identifier') index = vars[0];
  }
  if (!index) return false;
  const res = b.fn.resolution();
  const decl = res.declOf(index);
  if (!decl) return false;
  // Changed nowhere but the post statement (`i++`).
  const post = clause?.childForFieldName('update');
  const written = (r: Node) => {
    const p = r.parent?.type === 'expression_list' ? r.parent.parent : r.parent;
    if (!p || (post && contains(post, r))) return false;
    if (p.type === 'inc_statement' || p.type === 'dec_statement') return true;
    if (p.type === 'assignment_statement' && contains(p.childForFieldName('left')!, r)) return true;
    return p.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&';
  };
  if (decl.refs.some(written)) return false;
  const isIndex = (n: Node) => n.type === 'identifier' && res.declOf(n) === decl;
  return own.every((send) => {
    for (let p = send.parent; p && p.id !== b.block.id; p = p.parent) {
      if (p.type !== 'if_statement' || !contains(p.childForFieldName('consequence')!, send)) continue;
      const c = unparen(p.childForFieldName('condition')!);
      if (c.type !== 'binary_expression' || c.childForFieldName('operator')?.type !== '==') continue;
      const l = unparen(c.childForFieldName('left')!);
      const r = unparen(c.childForFieldName('right')!);
      if ((isIndex(l) && r.type === 'int_literal') || (isIndex(r) && l.type === 'int_literal')) return true;
    }
    return false;
  });
}

/**
 * For each sending goroutine started once (copies 1) inside the body of another sender that is not itself nested
 * so: that parent. By ranges read once, so that thousands of senders stay cheap.
 */
function nestedSenders(senders: Body[]): (b: Body) => Body | undefined {
  const span = new Map(senders.map((b) => [b, { start: b.block.startIndex, end: b.block.endIndex, go: startedAt(b)?.startIndex }]));
  // Only senders whose body holds some go statement (or call of a sending function) can be parents.
  const gos = senders.map((b) => span.get(b)!.go).filter((g): g is number => g !== undefined).sort((x, y) => x - y);
  const holdsGo = (a: Body) => {
    const { start, end } = span.get(a)!;
    let lo = 0;
    let hi = gos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gos[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < gos.length && gos[lo] < end;
  };
  const candidates = senders.filter(holdsGo);
  const within = (b: Body) => {
    const go = span.get(b)!.go;
    if (go === undefined) return undefined;
    const at = startedAt(b)!;
    // A call runs the function in its caller's goroutine only when it is the caller's own code, not a literal in it
    // that another goroutine runs (`wg.Go(func() { f.pull(out) })`); but a literal that the caller's own code starts
    // once as a goroutine of its own (`go func() { f(ch) }()`, `time.AfterFunc(d, func() { f(ch) })`) runs the call
    // once, where the caller starts it: a retry that reschedules itself instead of sending is the same chain.
    const own = (a: Body) => {
      if (!b.sync) return true;
      const f = enclosingFuncNode(at);
      if (f?.id === a.block.parent?.id) return true;
      return f?.type === 'func_literal' && startedOnce(f) && enclosingFuncNode(f)?.id === a.block.parent?.id;
    };
    return candidates.find((a) => a !== b && span.get(a)!.start <= go && go < span.get(a)!.end && a.block.tree === at.tree && own(a));
  };
  const parents = new Map<Body, Body>();
  const anyNesting = senders.length > 1 && senders.some((b) => startedAt(b) !== undefined);
  if (anyNesting) {
    for (const b of senders) {
      const a = within(b);
      if (a && !within(a)) parents.set(b, a);
    }
  }
  return (b) => parents.get(b);
}

/** A function literal run once by a goroutine of its own: `go func() { … }()` or `time.AfterFunc(d, func() { … })`. */
function startedOnce(lit: Node): boolean {
  const p = parentSkippingParens(lit);
  if (p?.type === 'call_expression' && p.childForFieldName('function')?.id === lit.id) return p.parent?.type === 'go_statement';
  const call = p?.type === 'argument_list' ? p.parent : undefined;
  return call?.type === 'call_expression' && call.childForFieldName('function')?.text === 'time.AfterFunc' && p!.namedChild(1)?.id === lit.id;
}

/**
 * Where a sender runs once inside another body's paths: its go statement (a goroutine started once), or the one call
 * that runs a sending function synchronously (`if !ok { disconnect(state, errs); return }`), whose sends then count
 * on that call's paths only, not beside every send of its caller.
 */
function startedAt(b: Body): Node | undefined {
  if (b.sync) return b.callSite ?? undefined;
  return b.kind === 'go' && b.copies === 1 ? (b.goStmt ?? undefined) : undefined;
}

/**
 * Is `op` (a send, or a `close`) the last thing its goroutine does: followed by a `return`, or the last statement
 * of the goroutine's body, maybe after closes, which do not wait (`errc <- err; close(errc); return`)?
 */
function endsRun(op: ChanOp, sender: Body): boolean {
  const stmt = op.kind === 'close' ? op.node.parent : op.node;
  if (!stmt || (stmt.type !== 'expression_statement' && stmt.type !== 'send_statement')) return false;
  const next = statementAfter(stmt, (n) => n.type === 'expression_statement' && /^close\([\w.]+\)$/.test(n.text));
  if (next) return next.type === 'return_statement';
  const list = stmt.parent;
  return list?.type === 'statement_list' && list.parent?.id === sender.block.id;
}

/**
 * Before the buffer is full, a send cannot block: the sends of `own` (one goroutine's, in order) that may find it
 * full, given that the receiver takes `taken` values: the most sends on a path that reaches it, earlier iterations
 * of a loop included (a send followed by `return` or `break` in a loop that otherwise does not send comes first).
 */
function blockingSends(block: Node, own: ChanOp[], room: number, fresh: Node): ChanOp[] {
  if (room <= 0) return own;
  return own.filter((o) => {
    // In a loop, the sends of earlier iterations come before it too (maxCountBefore counts them).
    const before = own.filter((x) => x.node.endIndex <= o.node.startIndex).map((x) => x.node);
    return (maxCountBefore(block, own.map((x) => x.node), o.node, fresh) ?? maxCount(block, before, fresh)) >= room;
  });
}

/** A test of a stream's normal end: `err == io.EOF`, `errors.Is(err, net.ErrClosed)`, `strings.Contains(err.Error(), "closed")`. */
const CLOSE_ERROR = /\bEOF\b|ErrClosed|[Cc]losed/;

/**
 * `if err != nil { if err == io.EOF || isClosed(err) { return }; errc <- err }` (or the EOF test just before the
 * `if err != nil`): the send happens only for an error other than the stream's end, which the sender treats as a
 * normal return.
 */
function closeFilteredErrorSend(send: Node, block: Node): boolean {
  const leaves = (n: Node | null) => n !== null && findBelow(n, (x) => x.type === 'return_statement' || x.type === 'break_statement').length > 0;
  const filters = (n: Node | null | undefined) => n?.type === 'if_statement' && CLOSE_ERROR.test(n.childForFieldName('condition')?.text ?? '') && leaves(n.childForFieldName('consequence'));
  for (let p = send.parent; p && p.id !== block.id; p = p.parent) {
    if (p.type !== 'if_statement' || !contains(p.childForFieldName('consequence')!, send)) continue;
    if (!errorTests(p.childForFieldName('condition')!).any) continue;
    const before = findBelow(p.childForFieldName('consequence')!, (n) => n.type === 'if_statement' && n.endIndex <= send.startIndex);
    return before.some(filters) || filters(statementBefore(p));
  }
  return false;
}

/**
 * The witness, keeping as other ways out of its select (signals, paths.ts) only those from no channel the senders
 * also send on: `case <-res` beside the give-up of `errs` takes the value of a goroutine that sends on one or the
 * other, so it strands fewer of them than the message counts; `case <-s.done` strands them all as surely.
 */
function givingUpArms(w: Witness | undefined, senders: readonly Body[]): Witness | undefined {
  if (!w?.arms?.length) return w;
  const sentOn = new Set<string>();
  for (const b of senders) for (const st of findBelow(b.block, (n) => n.type === 'send_statement')) sentOn.add(unparen(st.childForFieldName('channel')!).text);
  const arms = w.arms.filter((a) => {
    const op = communicationReceiveOperand(a);
    return op !== undefined && !sentOn.has(unparen(op).text);
  });
  return { ...w, arms: arms.length ? arms : undefined };
}

/**
 * Does the receiver close the channel right after the way out `w`, before anything else can leave: a close statement
 * of its own (not deferred, not under a condition, loop or function literal) later in the statement list that holds
 * the way out (a select case's statements, a block), or in a list around it, with no return in between?
 */
function closedAfterGivingUp(w: Witness, receiver: Body, world: ChanWorld): boolean {
  if (w.kind === 'return' || w.kind === 'end') return false;
  const closes = new Set(world.ops.filter((o) => o.kind === 'close' && !o.deferred && o.body === receiver).map((o) => o.node.id));
  if (closes.size === 0) return false;
  // A way out that ends the goroutine there (`t.Fatal`, `runtime.Goexit`) closes nothing after it.
  const ends = (st: Node) => isTerminatingCall(st) || isTestFailureExit(st);
  if (w.at && ends(w.at)) return false;
  for (let n: Node = w.at ?? w.node; n.id !== receiver.block.id; ) {
    const list = n.parent;
    if (!list || isFuncNode(list) || list.type === 'func_literal') return false;
    // A case's statements all come after its communication (the way out of a select case).
    const clause = list.type === 'communication_case' || list.type === 'default_case' ? list : undefined;
    if (clause || list.type === 'block' || list.type === 'statement_list') {
      const stmts = clause ? caseStatements(clause) : list.type === 'block' ? blockStatements(list) : list.namedChildren.filter((c): c is Node => c !== null);
      // From the communication, every statement of the case is after it; from the case's own statements (already
      // read, one level down), none is.
      let past = clause !== undefined && n.type !== 'statement_list' && !stmts.some((st) => st.id === n.id);
      for (const st of stmts) {
        if (st.id === n.id) {
          past = true;
          continue;
        }
        if (!past) continue;
        if (st.type === 'return_statement' || st.type === 'goto_statement' || st.type === 'break_statement' || st.type === 'continue_statement' || ends(st)) return false;
        const call = st.type === 'expression_statement' ? st.namedChild(0) : null;
        if (call && closes.has(call.id)) return true;
      }
    }
    if (list.type === 'for_statement') return false;
    n = list;
  }
  return false;
}

/** Does the receiver close (deferred: `defer c.Close()`) a variable that the sender's code uses? */
function closesOnExit(receiver: Body, senderBlock: Node): boolean {
  const res = receiver.fn.resolution();
  return findBelow(receiver.block, (n) => n.type === 'defer_statement').some((d) =>
    findBelow(d, (n) => n.type === 'call_expression' && /\.Close$/.test(n.childForFieldName('function')?.text ?? '')).some((c) => {
      const x = c.childForFieldName('function')!.childForFieldName('operand');
      const decl = x?.type === 'identifier' ? res.declOf(x) : undefined;
      return decl !== undefined && decl.refs.some((r) => contains(senderBlock, r));
    }),
  );
}

/** `n.Add(-1) == 0`, `atomic.AddInt32(&n, -1) == 0`, `n.Dec() == 0`: true for the one goroutine that counts down last. */
function countdownToZero(cond: Node | null): boolean {
  const b = cond && unparen(cond);
  if (b?.type !== 'binary_expression' || b.childForFieldName('operator')?.type !== '==') return false;
  const l = unparen(b.childForFieldName('left')!);
  const r = unparen(b.childForFieldName('right')!);
  const call = r.text === '0' ? l : l.text === '0' ? r : undefined;
  if (call?.type !== 'call_expression') return false;
  const f = call.childForFieldName('function')?.text ?? '';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null) ?? [];
  if (/\.Dec$/.test(f)) return args.length === 0;
  return /(^atomic\.Add(Int32|Int64|Uint32|Uint64)|\.Add)$/.test(f) && args.length > 0 && args[args.length - 1].text === '-1';
}

/**
 * `failed.CompareAndSwap(false, true)` (or `(0, 1)`, or `atomic.CompareAndSwapInt32(&failed, 0, 1)` and kin) on a
 * local of the function around the goroutine `b` (not one `b` declares) that no code of that function sets back (no
 * Store, Swap, other CompareAndSwap or assignment): of all the goroutines that try, one wins, once.
 */
function firstSwap(cond: Node | null, b: Body): boolean {
  const call = cond && unparen(cond);
  if (call?.type !== 'call_expression') return false;
  const f = call.childForFieldName('function');
  const args = callArguments(call);
  const pair = (a: Node | undefined, c: Node | undefined) => (a?.text === 'false' && c?.text === 'true') || (a?.text === '0' && c?.text === '1');
  let name: string | undefined;
  if (f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'CompareAndSwap' && args.length === 2 && pair(args[0], args[1])) {
    name = unparen(f.childForFieldName('operand')!).text;
  } else if (/^atomic\.CompareAndSwap(Int32|Int64|Uint32|Uint64)$/.test(f?.text ?? '') && args.length === 3 && pair(args[1], args[2])) {
    const ptr = unparen(args[0]);
    if (ptr.type === 'unary_expression' && ptr.childForFieldName('operator')?.type === '&') name = unparen(ptr.childForFieldName('operand')!).text;
  }
  // A local of the function around the goroutine (a field could be set back by another method).
  if (!name || !/^\w+$/.test(name)) return false;
  const outer = b.fn.node.text;
  const x = escapeRe(name);
  const decls = b.fn.resolution().decls.filter((d) => d.name === name);
  if (decls.length !== 1 || decls[0].kind !== 'var' || contains(b.block, decls[0].node)) return false;
  const resets = new RegExp(`(^|[^\\w.])${x}\\.(Store|Swap)\\s*\\(|atomic\\.(Store|Swap)\\w*\\(\\s*&\\s*${x}\\b|(^|[^\\w.])${x}\\s*=[^=]`);
  const swaps = [...outer.matchAll(new RegExp(`CompareAndSwap\\w*\\(\\s*&?\\s*${x}\\b|(^|[^\\w.])${x}\\.CompareAndSwap\\(`, 'g'))].length;
  return !resets.test(outer) && swaps === 1;
}

/**
 * Every send of `b` is under a countdown reaching zero (`if pending.Add(-1) == 0 { done <- nil }`), or under the
 * compare-and-swap that only the first goroutine wins (firstSwap): however many copies of the goroutine run, only
 * one of them sends.
 */
function lastOfMany(b: Body, own: Node[]): boolean {
  return (
    own.length > 0 &&
    own.every((n) => {
      for (let p = n.parent; p && p.id !== b.block.id; p = p.parent) {
        if (p.type !== 'if_statement' || !contains(p.childForFieldName('consequence')!, n)) continue;
        const cond = p.childForFieldName('condition');
        if (countdownToZero(cond) || (cond !== null && conjuncts(cond).some((c) => firstSwap(c, b)))) return true;
      }
      return false;
    })
  );
}

/** The blocks of an `if`, its `else if`s and its `else`, in order (one more, empty, when there is no final `else`). */
function ifBranches(st: Node): Node[] {
  const out: Node[] = [];
  let cur: Node | null = st;
  while (cur?.type === 'if_statement') {
    const c = cur.childForFieldName('consequence');
    if (c) out.push(c);
    cur = cur.childForFieldName('alternative');
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Senders started one after another by the receiver's own straight-line code (`go a(); <-done; go b(); <-done`):
 * walk the receiver's top-level statements, adding a sender's sends at its go statement and taking away the
 * receives each statement surely makes, and check every way out (a return, `t.Fatal`, the other case of a select,
 * the end) against the buffer. True when no way out leaves more sends outstanding than the buffer holds: the
 * senders never pile up, whatever their total.
 */
function oneAtATime(
  senders: Body[],
  receiver: Body,
  receives: ChanOp[],
  cap: number,
  sendsOf: (b: Body) => number,
  waited?: Node,
): Map<number, { senders: number; sends: number }> | undefined {
  const stmts = blockStatements(receiver.block);
  const starts = new Map<number, Body>();
  // Go statements that are statements of one branch of a top-level `if`/`else if`/`else`: by if statement, the
  // branches, each with the senders it starts. Only one branch runs, so only its senders are started.
  const branchStarts = new Map<number, Body[][]>();
  for (const b of senders) {
    // A local closure started by several go statements is one sender per statement.
    const gos = b.starts ?? (b.goStmt ? [b.goStmt] : []);
    if (b.kind !== 'go' || b.copies !== gos.length || gos.length === 0) return undefined;
    for (const g of gos) {
      if (stmts.some((st) => st.id === g.id)) {
        starts.set(g.id, b);
        continue;
      }
      const top = stmts.find((st) => contains(st, g));
      const branches = top?.type === 'if_statement' ? ifBranches(top) : [];
      const at = branches.findIndex((br) => blockStatements(br).some((st) => st.id === g.id));
      if (!top || at < 0) return undefined;
      const list = branchStarts.get(top.id) ?? branches.map(() => []);
      list[at].push(b);
      branchStarts.set(top.id, list);
    }
  }
  const mine = receives.filter((o) => o.body === receiver);
  if (mine.some((o) => o.kind !== 'recv')) return undefined;
  const inside = (n: Node | null) => (n ? mine.filter((o) => contains(n, o.node)).length : 0);
  const exits = (n: Node | null) => (n ? findBelow(n, (x) => isWayOut(x) && x.type !== 'break_statement').length > 0 : false);
  let outstanding = 0;
  let started = 0;
  let sent = 0;
  // Top-level statements with a way out that leaves more sends pending than the buffer holds: how many senders
  // were started by then.
  const leaks = new Map<number, { senders: number; sends: number }>();
  const leave = (st: Node, pending: number) => {
    if (pending > cap) leaks.set(st.id, { senders: started, sends: sent });
  };
  for (const st of stmts) {
    // `wg.Wait()` for every sender: none is left to send.
    if (waited && st.id === waited.id) {
      // Senders blocked on a full buffer never finish: the Wait strands them (and waits forever).
      leave(st, Math.max(0, outstanding));
      outstanding = 0;
      continue;
    }
    const b = starts.get(st.id);
    if (b) {
      const n = sendsOf(b);
      if (!Number.isFinite(n)) return undefined;
      outstanding += n;
      started += 1;
      sent += n;
      continue;
    }
    const branches = branchStarts.get(st.id);
    if (branches) {
      // The branch that starts the most sends is the one that counts; a way out anywhere in the if is checked
      // with those sends already pending (a way out before the go statement only finds fewer).
      const weights = branches.map((bs) => bs.reduce((k, x) => k + sendsOf(x), 0));
      const n = Math.max(...weights);
      if (!Number.isFinite(n)) return undefined;
      outstanding += n;
      started += Math.max(...branches.map((bs) => bs.length));
      sent += n;
      outstanding -= inside(st.childForFieldName('initializer')) + inside(st.childForFieldName('condition'));
      // Checked as a way out whether or not one is seen (a failing `require.X` in a branch is one).
      leave(st, Math.max(0, outstanding));
      continue;
    }
    // Receives in a loop take an unknown number of values, maybe none: the statement is taken to take none, and
    // checked as a way out with every value still pending, whether or not one is seen (a failing `require.X` in
    // a case that took a value is one).
    if ((st.type === 'for_statement' && inside(st) > 0) || mine.some((o) => contains(st, o.node) && enclosingLoop(o.node, st) !== undefined)) {
      leave(st, Math.max(0, outstanding));
      continue;
    }
    // Receives that only some paths make (in a branch, a case body, a nested select) are not counted: every way
    // out is checked with the values still pending, which can only find more leaks, never hide one.
    if (st.type === 'if_statement') {
      outstanding -= inside(st.childForFieldName('initializer')) + inside(st.childForFieldName('condition'));
      if (exits(st)) leave(st, Math.max(0, outstanding));
    } else if (st.type === 'select_statement') {
      const cases = st.namedChildren.filter((c): c is Node => c !== null && (c.type === 'communication_case' || c.type === 'default_case'));
      const takes = cases.filter((c) => inside(c.childForFieldName('communication')) > 0);
      if (takes.length > 1) return undefined;
      if (cases.some((c) => !takes.includes(c) && exits(c))) leave(st, Math.max(0, outstanding));
      if (takes.length === 1 && exits(takes[0])) leave(st, outstanding - 1);
      // The select surely takes one value only when every other case leaves.
      // A select with a case that takes a value is taken to take one: its other cases are the sender's alternatives
      // (`errc <- err` instead of `out <- v`) or leave. A case that goes on without either (a timeout that only
      // logs) is not seen: the count is then too low, which can only hide a leak.
      if (takes.length === 1) outstanding -= 1;
    } else {
      const simple = st.type === 'expression_statement' || st.type === 'short_var_declaration' || st.type === 'assignment_statement' || st.type === 'return_statement';
      const k = simple ? inside(st) : 0;
      if (exits(st) || st.type === 'return_statement') leave(st, Math.max(0, outstanding - k));
      outstanding -= k;
    }
  }
  leave(receiver.block, Math.max(0, outstanding)); // the end of the body
  return leaks;
}

/**
 * Judge the sending side of one channel world. Undefined when no send can block forever, or when unsure.
 * Throws Unsupported when a body is beyond what the path counting handles (goto, extreme nesting).
 */
export function judgeSends(world: ChanWorld, byDecl?: WorldsByDecl, perIterationLoopVars = false, index?: PackageIndex): SendLeak | undefined {
  if (world.escape || world.chan.capacity === undefined) return undefined;
  const sends = world.ops.filter((o) => o.kind === 'send' && !o.guarded && !(index && underNeverFailing(o, index))).sort(byPosition);
  if (sends.length === 0) return undefined;
  // A guarded send means the code has its own cancellation protocol: stay quiet.
  if (world.ops.some((o) => o.guarded && o.kind === 'send')) return undefined;
  const receives = world.ops.filter((o) => o.kind === 'recv' || o.kind === 'range').sort(byPosition);
  // Nothing receives, but the code reads len(ch): it expects the sends not to happen (a test asserting that
  // nothing was queued) or checks room before sending. We cannot see that run-time knowledge: stay quiet.
  if (receives.length === 0 && world.inspected) return undefined;
  // Every send followed at once by a close of the channel (`ch <- e; close(ch)`), into a buffer: the first send fits,
  // and its close makes every other send panic, a waiting one too. Nobody is left blocked.
  if (world.chan.capacity > 0 && sends.every((o) => closedRightAfter(o, world))) return undefined;
  const senders = unique(sends.map((o) => o.body));
  // A deferred send (`defer func() { done <- struct{}{} }()`) comes as its goroutine returns, after everything else it
  // does: judged only for one goroutine with no other send on the channel, and without the rules below that read the
  // order of its sends from where they are written (`late` stands for them).
  const late = sends.some((o) => o.deferred);
  if (late && (senders.length !== 1 || sends.some((o) => !o.deferred) || rangesOverChannel(senders[0]))) return undefined;
  // The one sender, for the rules that read the order of its sends (none for a deferred send).
  const single = senders.length === 1 && !late ? senders[0] : undefined;
  const receivers = unique(receives.map((o) => o.body));
  // Only goroutines are judged as senders; the receiving side must be one body that does not send too.
  if (senders.some((b) => b.kind !== 'go')) return undefined;
  if (receivers.length > 1) return undefined;
  const receiver = receivers[0];
  if (receiver && (senders.includes(receiver) || receiver.copies !== 1)) return undefined;
  // Runs of one function restarted only after the previous run's last send (relaunchedRuns) are one goroutine.
  const relaunched = receiver ? relaunchedRuns(world, senders, receiver, byDecl) : undefined;
  if (relaunched) return judgeSends({ ...world, ops: world.ops.filter((o) => !relaunched.has(o.body)) }, byDecl, perIterationLoopVars, index);
  // A sender that closes the receiver's only way out after its last send (closedBySender) is never stranded: the
  // receiver takes values for as long as it sends. The others are judged without it.
  if (receiver && senders.length > 1 && !world.site && senders.every((b) => !b.sync)) {
    const cases = findBelow(receiver.block, (n) => n.type === 'communication_case').map((c) => c.childForFieldName('communication') ?? c);
    const closers = closingFunctions(receiver, cases);
    for (const s of senders) {
      if (!s.block.parent || !closers.has(s.block.parent.id)) continue;
      const closed = closedBySender(s, receiver, sends);
      if (!closed || !cases.some(closed)) continue;
      if (minReceives(receiver.block, receives, undefined, world.chan.make, closed, { failExits: true }).min !== Infinity) continue;
      return judgeSends({ ...world, ops: world.ops.filter((o) => o.body !== s) }, byDecl, perIterationLoopVars, index);
    }
  }
  {
    let total = 0;
    const ownSends = (b: Body) => sends.filter((o) => o.body === b).map((o) => o.node);
    // A sending goroutine started once by another sending goroutine is counted at its go statement, inside its
    // parent's paths: a parent that sends its error and returns instead of starting it makes one send, not two. The
    // same for a sending function its parent calls once (at that call).
    const parentOf = nestedSenders(senders);
    const childrenOf = new Map<Body, Body[]>();
    for (const c of senders) {
      const a = parentOf(c);
      if (a) childrenOf.set(a, [...(childrenOf.get(a) ?? []), c]);
    }
    // Goroutines started in a loop that takes their values in the same iteration run one at a time.
    // A goroutine of a loop that sends only in the iteration where the loop's index has one value is one sender.
    const copies = (b: Body) =>
      (receiver && (pacedGo(b, receiver, receives, ownSends(b), world.chan.make) || relaunchedAfterTake(b, receiver, receives, ownSends(b), world.chan.make))) || (perIterationLoopVars && oneIteration(b, ownSends(b))) ? 1 : b.copies;
    const constOf = (b: Body) => constantsIn(b.fn.resolution(), index?.constants);
    const weightOf = new Map<Body, number>();
    for (const b of senders) {
      if (parentOf(b)) continue;
      const children = childrenOf.get(b) ?? [];
      const weights = children.map((c) => maxCount(c.block, ownSends(c), world.chan.make, (loop) => pacedLoop(loop, c, world), constOf(c)));
      const ops = [...ownSends(b)];
      // Each child weighs its sends at its go statement (a large count is simply added on top).
      let extra = 0;
      children.forEach((c, i) => {
        if (weights[i] > MAX_WEIGHT) extra += weights[i];
        else for (let k = 0; k < weights[i]; k++) ops.push(startedAt(c)!);
      });
      const most = extra + maxCount(b.block, ops, world.chan.make, (loop) => pacedLoop(loop, b, world), constOf(b));
      const n = children.length === 0 && sentUnderOnceFlag(b, ownSends(b)) ? Math.min(most, 1) : most;
      const weight = n === 0 ? 0 : (lastOfMany(b, ownSends(b)) ? 1 : copies(b) * (b.calls ?? 1)) * n;
      total += weight;
      weightOf.set(b, weight);
    }
    let onOnePath = Infinity;
    // Senders the receiver starts on exclusive paths (`if graceful { go a(); go b(); <-end; return }; go c(); go d()`)
    // never run together: with each go statement weighed by its sender's sends, the most on one path of the
    // receiver is the count.
    if (receiver && senders.length > 1 && senders.every((b) => b.kind === 'go' && b.goStmt && !b.starts && b.copies === 1 && !parentOf(b) && !childrenOf.has(b) && contains(receiver.block, b.goStmt))) {
      const weighed: Node[] = [];
      for (const b of senders) for (let k = 0, w = weightOf.get(b) ?? Infinity; k < Math.min(w, MAX_WEIGHT + 1); k++) weighed.push(b.goStmt!);
      if (senders.every((b) => (weightOf.get(b) ?? Infinity) <= MAX_WEIGHT)) total = Math.min(total, maxCount(receiver.block, weighed, world.chan.make, undefined, constOf(receiver)));
      // And the goroutines: `switch { case tls: go serveTLS(); default: go serve() }` starts one of them, not two.
      onOnePath = maxCount(receiver.block, senders.map((b) => b.goStmt!), world.chan.make, undefined, constOf(receiver));
    }
    // `defer close(ch)` by the receiver: once it has given up and returned, a waiting send panics, it does not block.
    // The same for the function that makes the channel and starts the receiving goroutine: a send left waiting when
    // that goroutine gives up panics once the function returns, unless the function waits for the senders first.
    const closesOnReturn = (o: ChanOp) =>
      o.body === receiver ||
      (receiver?.kind === 'go' &&
        o.body.kind === 'func' &&
        o.body.fn === world.chan.fn &&
        contains(o.body.block, world.chan.make) &&
        contains(o.body.block, receiver.goStmt) &&
        !waitAfterSenders(o.body, senders) &&
        !rangeAfterSender(world, senders, o.body, byDecl));
    if (receiver && world.ops.some((o) => o.kind === 'close' && o.deferred && !o.body.sync && closesOnReturn(o))) return undefined;
    // Error sends made only for errors other than the stream being closed, on a stream the receiver closes when it
    // leaves: once it gives up, the sender sees the close and returns instead.
    if (receiver && sends.every((o) => closeFilteredErrorSend(o.node, o.body.block) && closesOnExit(receiver, o.body.block))) return undefined;
    // After `wg.Wait()` for every sender, none is left to block: like a close, it ends the count.
    const waited = receiver ? (waitAfterSenders(receiver, senders) ?? rangeAfterSender(world, senders, receiver, byDecl)) : undefined;
    const paced =
      receiver && (senders.length > 1 || senders.some((b) => b.starts))
        ? oneAtATime(senders, receiver, receives, world.chan.capacity!, (b) => maxCount(b.block, ownSends(b), world.chan.make), waited)
        : undefined;
    if (paced && paced.size === 0) return undefined;
    // With the partner started elsewhere (a goroutine of a callee, `go batch(items, errs)`), the channel's make is
    // where the receiver starts to wait for it: a return before the channel exists strands nothing.
    const goStart = partnerStart(receiver, [world.site?.call, ...senders.map((b) => b.goStmt), ...handovers(receiver, senders, world.chan), world.chan.make]);
    // The first statement of the receiver before which the sender cannot be at its send: its signal, the close that
    // ends the sender's read, or the first use of the listener it accepts on (with no receive before it).
    const stream = single ? (endOfStreamStart(single, receiver, sends, index) ?? acceptFirstStart(single, receiver, sends, index) ?? stopFirstStart(single, receiver, sends, index) ?? rangeFirstStart(single, receiver, sends)) : undefined;
    const signal = (single ? signalStart(world, single, receiver, sends, byDecl) : undefined) ?? (stream && !receives.some((o) => o.body === receiver && !o.guarded && o.node.startIndex < stream.startIndex) ? stream : undefined);
    const start = signal && goStart && signal.startIndex >= goStart.endIndex ? signal : goStart;
    const one = receiver && senders.length === 1 ? senders[0] : undefined;
    const ordered = receiver ? single : undefined;
    const imminent = ordered ? imminentCase(world, ordered, receiver!, byDecl) : undefined;
    // Select cases that cannot win while a sender waits at its send.
    // Senders started on exclusive paths (`if inbound { go read() } else { go write() }`, onOnePath): one of them runs,
    // and a case is its alternative when it is every one's.
    const alternatives = !one && receiver && senders.length > 1 && onOnePath <= 1 ? senders.map((b) => alternativeCase(world, b, receiver, byDecl, index, true)) : undefined;
    const impossible = anyOf(
      ordered && alternativeCase(world, ordered, receiver!, byDecl, index),
      alternatives?.every((f) => f !== undefined) && ((comm: Node) => alternatives.every((f) => f!(comm))),
      receiver && relievingCase(world, senders, receiver, byDecl),
      ordered && producedByCall(world, ordered, receiver!),
      ordered && deadlineFirst(ordered, receiver!, sends),
      imminent?.timer,
      receiver && nilAtCall(receiver, index),
      receiver && neverDoneCase(receiver, index),
      receiver && closedAfterSenders(receiver, senders),
      receiver && closedAfterStarterWaits(receiver, senders, byDecl),
      ordered && closedBySender(ordered, receiver!, sends),
    );
    // Ways out before the first value of the first channel is taken leave the goroutine at that first send.
    // Senders started one at a time: a way out of a top-level statement where those started so far fit the
    // buffer strands none of them. A `break` leaves only a loop or a select of that statement, and the body goes on.
    const topOf = (n: Node) => (receiver ? blockStatements(receiver.block).find((st) => contains(st, n)) : undefined);
    const fits = paced
      ? (n: Node) => WAY_OUT_STATEMENTS.has(n.type) && n.type !== 'break_statement' && (() => { const t = topOf(n); return t !== undefined && !paced.has(t.id); })()
      : undefined;
    const completed = receiver && !late ? anyOf(countedCompletion(world, receiver, byDecl, total), everyoneReported(world, senders, receiver, byDecl)) : undefined;
    const coupled = receiver && ordered && index ? coupledFailure(ordered, receiver, sends, index) : undefined;
    const told = receiver && ordered ? anyOf(toldTheReceiver(ordered, receiver, sends, byDecl), errorEventLast(world, ordered, receiver, sends)) : undefined;
    const unstarted = receiver && ordered ? notStartedReturn(ordered, receiver) : undefined;
    // Ways out found to strand none of the senders started by then (see below).
    const skipped = new Set<number>();
    // `require.NoError(t, s.Stop())` for a package function whose every return gives nil: that check cannot fail.
    const cannotFail = receiver && index ? (n: Node) => { const c = n.type === 'expression_statement' ? checkedCall({ node: n, kind: 'return' }) : undefined; return c !== undefined && onlyNilError(c, receiver, index); } : undefined;
    const closedLast = receiver && senders.length === 1 ? closedAsSenderReturns(senders[0], receiver, byDecl) : undefined;
    const ignore = anyOf(imminent?.untaken, fits, completed, coupled, told, unstarted, cannotFail, closedLast, (n: Node) => skipped.has(n.id));
    const stops = receiver ? [...stopSignals(world, senders, receiver, byDecl), ...serverStops(senders, receiver, sends, index)] : [];
    const waitsForAll = waited ? (st: Node) => st.id === waited.id : undefined;
    const closedTests = receiver ? zeroWhenClosed(receiver, receives, sends) : [];
    const receiverConstants = receiver && constOf(receiver);
    const rangeRounds = receiver ? (loop: Node) => countedExit(loop, receiver.fn.resolution(), receiverConstants) : undefined;
    const guards = receiver ? sendGuards(senders, receiver, sends) : [];
    // A sender that never runs dry: a receiver that takes any number of values and stops strands it.
    const endlessPartner = senders.length === 1 && endlessProducer(senders[0], sends);
    const count = (failExits: boolean, endless = endlessPartner) =>
      receiver ? minReceives(receiver.block, receives, start, world.chan.make, impossible, { failExits, infinite: stops, ignore, waitsForAll, closedTests, rangeRounds, guards, endlessPartner: endless }) : { min: 0, witness: undefined };
    // A buffer of several values was sized on purpose; against an unbounded number of sends we cannot tell.
    if (total === Infinity && world.chan.capacity! > 1) return undefined;
    const leaks = (min: number) => total > min + world.chan.capacity!;
    // Judge the paths where no test fails first: a leak there is told by its own give-up point.
    const judgeCount = (endless = endlessPartner): { s: ReturnType<typeof count>; testFailure: boolean } | undefined => {
      const s = count(false, endless);
      if (!leaks(s.min)) {
        const f = count(true, endless);
        return leaks(f.min) ? { s: f, testFailure: true } : undefined;
      }
      if (total === Infinity && s.min > 0) {
        // The senders loop an unknown number of times and the receiver leaves after taking some values: whether
        // another value follows the last one taken is the stream's data (a finite stream often ends right there).
        // A select case that leaves before any receive strands a pending send whatever the data; when only a failing
        // test takes it (`case <-timeout: t.Fatal(…)`), that is the give-up to name.
        const f = count(true, endless);
        if (f.min === 0 && f.witness && leaks(f.min)) return { s: f, testFailure: true };
      }
      return { s, testFailure: false };
    };
    let judged = judgeCount();
    // Found only because the sender never runs dry: the receiver's loop ends after however many values, told so.
    const endlessStream = endlessPartner && judged !== undefined && !judged.testFailure && (() => { const plain = judgeCount(false); return !plain || plain.testFailure; })();
    // Senders the receiver starts only after a way out (`go first(); if r := <-results; r.err != nil { return }; for …
    // { go rest() }`) are not running there: a way out that leaves no more of those started by then than it took and
    // the buffer holds strands none of them, and the next way out is judged.
    for (let tries = 0; judged?.s.witness && receiver && tries < MAX_LATE_STARTS; tries++) {
      const exit = judged.s.witness.at ?? judged.s.witness.node;
      const late = (b: Body) => b.goStmt !== undefined && contains(receiver.block, b.goStmt) && b.goStmt.startIndex >= exit.endIndex;
      if (![...weightOf.keys()].some(late)) break;
      const before = [...weightOf].reduce((k, [b, w]) => (late(b) ? k : k + w), 0);
      if (before > judged.s.min + world.chan.capacity!) break;
      skipped.add(exit.id);
      judged = judgeCount();
    }
    if (!judged) return undefined;
    let { s, testFailure } = judged;
    const maxRecvs = !receiver ? 0 : receives.some((o) => o.kind === 'range') ? Infinity : maxCount(receiver.block, receives.map((o) => o.node), world.chan.make);
    // One goroutine that sends more than the receiver takes even on its path that takes the most (`if err != nil {
    // ch <- err }` then `ch <- v`, a missing return): a send is stranded whichever case wins, so that is the story
    // (double-send), not a give-up case that strands the first send only sometimes.
    const looped = sends.some((o) => enclosingLoop(o.node, o.body.block) !== undefined);
    if (receiver && senders.length === 1 && senders[0].copies === 1 && !senders[0].sync && (senders[0].calls ?? 1) === 1 && !looped && maxRecvs > 0 && Number.isFinite(total) && total > maxRecvs + world.chan.capacity! && s.min < maxRecvs) {
      s = { min: maxRecvs, witness: undefined };
      testFailure = false;
    }
    // The receiver closes the channel on its way out, right after giving up (`case <-ctx.Done(): t.Error(…);
    // close(ch)`): a send still waiting then panics, it does not block.
    if (receiver && s.witness && closedAfterGivingUp(s.witness, receiver, world)) return undefined;
    // Goroutines, not bodies: a function a goroutine calls (a synchronous callee) is the same goroutine.
    const goroutines = new Map<number, Body>();
    for (const b of senders) goroutines.set(b.goStmt?.id ?? b.block.id, b);
    const senderCount = Math.min(onOnePath, [...goroutines.values()].reduce((k, b) => k + (lastOfMany(b, sends.filter((o) => o.body === b).map((o) => o.node)) ? 1 : copies(b)), 0));
    // One goroutine (with those it starts once) that sends into a buffer: its first sends fill the buffer; the one
    // that blocks comes later, maybe in a goroutine it starts after sending.
    const roots = senders.filter((b) => !parentOf(b));
    const room = world.chan.capacity! + s.min;
    // Several goroutines that send: the one started most often (`for … { go func() { … errs <- err }() }`) is where
    // one is stranded, rather than a single goroutine's send that comes before any of them.
    // Not one the receiver starts only after its way out (`go first(); if … { return }; for … { go rest() }`).
    const out = s.witness && (s.witness.at ?? s.witness.node);
    const startedBy = (b: Body) => !out || !b.goStmt || !receiver || !contains(receiver.block, b.goStmt) || b.goStmt.startIndex < out.startIndex;
    // A sender that closes the give-up case's channel itself after its last send (closedBySender) is not the one that
    // case strands: while it waits at a send, the case cannot win. Another sender is.
    const strandable = senders.filter((b) => !(s.witness?.kind === 'select' && receiver && closedBySender(b, receiver, sends)?.(s.witness.node)));
    const candidates = strandable.length > 0 ? strandable : senders;
    const many = candidates.reduce((a, b) => (copies(b) > copies(a) && startedBy(b) ? b : a), candidates[0]);
    let blocking: ChanOp[] = sends.filter((o) => o.body === many);
    if (roots.length === 1 && roots[0].copies === 1) {
      const root = roots[0];
      const rootSends = sends.filter((o) => o.body === root);
      blocking = blockingSends(root.block, rootSends, room, world.chan.make);
      for (const c of senders.filter((b) => parentOf(b) === root)) {
        const before = rootSends.filter((o) => o.node.endIndex <= c.goStmt!.startIndex).map((o) => o.node);
        const used = maxCount(root.block, before, world.chan.make);
        blocking.push(...blockingSends(c.block, sends.filter((o) => o.body === c), room - used, world.chan.make));
      }
      blocking.sort(byPosition);
    } else if (roots.length > 1 && roots.every((b) => b.copies === 1 && !childrenOf.has(b) && Number.isFinite(weightOf.get(b) ?? Infinity))) {
      // Several goroutines that each send a few values: one blocks only once the others' values and its own earlier
      // ones fill the buffer, so its sends that come after as many of its own as the room the others leave (all of
      // them when they leave none). The goroutine started most often first, then in order.
      const order = [many, ...roots.filter((b) => b !== many)];
      for (const b of order) {
        const mineHere = sends.filter((o) => o.body === b);
        const others = [...weightOf].reduce((k, [x, w]) => (x === b ? k : k + w), 0);
        const found = blockingSends(b.block, mineHere, room - others, world.chan.make);
        if (found.length > 0) {
          blocking = found;
          break;
        }
      }
    }
    const sender = blocking[0]?.body ?? senders[0];
    const own = sends.filter((o) => o.body === sender);
    blocking = blocking.filter((o) => o.body === sender);
    // The goroutine's main line: a send among its own statements (or those of its loops) is where it blocks when
    // nothing went wrong; sends on branches before it (`if err != nil { ch <- err; return }`) are where it can also block.
    // With none there, a send that ends an endless loop of the main line (`for { …; if err != nil { ch <- err;
    // return } }`) is how the goroutine ends when its setup went well: it comes before one on a branch before the loop.
    let mainLine = blocking.findIndex((o) => onMainLine(o.node, sender.block));
    if (mainLine < 0 && blocking.length > 0 && !enclosingLoop(blocking[0].node, sender.block)) mainLine = blocking.findIndex((o) => endsEndlessLoop(o.node, sender.block));
    if (mainLine > 0) blocking = [blocking[mainLine], ...blocking.filter((_, i) => i !== mainLine)];
    // A give-up case that takes from another channel strands only the sends made after the sender handed it a value
    // (named first; the others only when another way out can strand them).
    const reachable = receiver ? afterCaseChannel(blocking, s.witness, receiver, sender) : undefined;
    if (reachable) blocking = s.witness?.also?.length ? [...reachable, ...blocking.filter((o) => !reachable.includes(o))] : reachable;
    const send = blocking[0] ?? own[0];
    // Senders started one at a time: at the way out, only those already started count.
    const exit = s.witness && (s.witness.at ?? s.witness.node);
    const top = exit && receiver ? blockStatements(receiver.block).find((st) => contains(st, exit)) : undefined;
    const then = top && paced ? paced.get(top.id) : undefined;
    let early = then !== undefined && then.senders < senderCount ? then : undefined;
    // Senders the receiver starts only after the statement where it gives up (`go a(); select { …; case
    // <-timeout: t.Fatal(…) }; go b()`), outside any loop around both: on that path they were never started.
    if (!early && out && receiver) {
      const loopsOf = (n: Node) => {
        const loops: Node[] = [];
        for (let l = enclosingLoop(n, receiver.block); l; l = enclosingLoop(l, receiver.block)) loops.push(l);
        return loops;
      };
      const around = new Set(loopsOf(out).map((l) => l.id));
      const existing = [...goroutines.values()].filter((b) => {
        const gos = b.starts ?? (b.goStmt ? [b.goStmt] : []);
        if (gos.length === 0 || !gos.every((g) => contains(receiver.block, g))) return true;
        return gos.some((g) => g.startIndex < out.startIndex || loopsOf(g).some((l) => around.has(l.id)));
      });
      if (existing.length > 0 && existing.length < goroutines.size && existing.includes(sender)) {
        const n = existing.reduce((k, b) => k + (lastOfMany(b, ownSends(b)) ? 1 : copies(b)), 0);
        const m = existing.reduce((k, b) => k + copies(b) * maxCount(b.block, ownSends(b), world.chan.make), 0);
        // Only when they alone send more than the way out leaves room for; else that way out strands none of them.
        if (n < senderCount && m > s.min + world.chan.capacity!) early = { senders: n, sends: m };
      }
    }
    return {
      world,
      sender,
      send,
      senderCount: early ? early.senders : senderCount,
      sends: early ? early.sends : total,
      receiver,
      recvs: s.min,
      // A range receives until the channel is closed: any number.
      maxRecvs,
      witness: givingUpArms(s.witness && s.min === 0 && receiver ? (progressCase(s.witness, receiver, sender, send.node) ?? s.witness) : s.witness, senders),
      firstRecv: receives[0],
      blocking: blocking.length ? blocking : own,
      testFailure,
      sendsUpTo: !early && Number.isFinite(total) && sends.some((o) => someIterations(o.node, o.body.block)),
      sendsVary: sends.some((o) => inBranch(o.node, o.body.block)),
      endless: endlessStream || undefined,
    };
  }
}

/**
 * The sends that a give-up in a case taking from another channel can strand (`case r := <-msgs: if err := out.Send(r);
 * err != nil { return … }` beside the case of this one): those the sender can make after it handed that channel a
 * value (a send on it, or a call given it), later in its code or in a loop around both; before that, the case cannot
 * have won. Undefined when the give-up is no such case, or when the sends it can strand are none or all of them.
 */
function afterCaseChannel(blocking: ChanOp[], w: Witness | undefined, receiver: Body, sender: Body): ChanOp[] | undefined {
  if (!w || blocking.length < 2) return undefined;
  let c: Node | null = w.at ?? w.node;
  while (c && c.type !== 'communication_case' && c.id !== receiver.block.id) c = c.parent;
  const comm = c?.type === 'communication_case' ? c.childForFieldName('communication') : null;
  const op = comm && communicationReceiveOperand(comm);
  const u = op && unparen(op);
  if (u?.type !== 'identifier') return undefined;
  // The sender's name for it: the same in a literal of the receiver's function, else the parameter its go statement
  // hands it to.
  const name = sender.fn === receiver.fn ? u.text : sender.goStmt && contains(receiver.block, sender.goStmt) ? handedParam(sender, (a) => a.type === 'identifier' && a.text === u.text)?.name : undefined;
  if (!name || blocking.some((o) => o.node.childForFieldName('channel')?.text === name)) return undefined;
  const handed = findBelow(sender.block, (n) => n.type === 'identifier' && n.text === name && ((n.parent?.type === 'send_statement' && n.parent.childForFieldName('channel')?.id === n.id) || n.parent?.type === 'argument_list'));
  if (handed.length === 0) return undefined;
  // Those later in the code first, then those a loop brings round after it.
  const later = blocking.filter((o) => handed.some((h) => h.startIndex < o.node.startIndex));
  const looped = blocking.filter((o) => !later.includes(o) && handed.some((h) => sharesLoop(h, o.node, sender.block)));
  const after = [...later, ...looped];
  return after.length > 0 && after.length < blocking.length ? after : undefined;
}

/**
 * The parameter of the sender's function that its go statement hands the argument `pick` accepts to (`go s.doGet(req,
 * msgs, done)`, the goroutine running doGet): undefined when the go statement runs no function with arguments.
 */
function handedParam(sender: Body, pick: (arg: Node) => boolean): Decl | undefined {
  const call = sender.kind === 'go' ? sender.goStmt?.namedChild(0) : undefined;
  if (call?.type !== 'call_expression' || sender.block.parent?.id !== sender.fn.node.id) return undefined;
  const i = callArguments(call).findIndex(pick);
  return i >= 0 ? sender.fn.paramsOf(sender.fn.node)[i] : undefined;
}

/** Are `a` and `b` inside one loop of `block`? */
function sharesLoop(a: Node, b: Node, block: Node): boolean {
  for (let l = enclosingLoop(a, block); l; l = enclosingLoop(l, block)) if (contains(l, b)) return true;
  return false;
}

/**
 * A select case that gives up (its case leaves) by taking a value the same goroutine sends on another channel before
 * it reaches the blocking send (`case addr := <-addrChan: return addr, nil` when the goroutine reports its address
 * and then, when the server stops, its error): that case strands the send whenever things go well, where a timeout
 * or a context case beside it strands it only when they do not. Undefined unless the witness is such a select's
 * other case and exactly one case fits.
 */
function progressCase(w: Witness, receiver: Body, sender: Body, blockingSend: Node): Witness | undefined {
  if (w.kind !== 'select') return undefined;
  const select = w.node.parent?.type === 'communication_case' ? w.node.parent.parent : undefined;
  if (select?.type !== 'select_statement') return undefined;
  // The receiver's name for a channel, as the sender's code knows it: through the call that runs the receiver.
  const params = receiver.kind === 'func' && receiver.callSite ? receiver.fn.paramsOf(receiver.fn.node) : undefined;
  const args = receiver.callSite?.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment');
  const callerName = (name: string): string | undefined => {
    if (!params || !args) return contains(receiver.block, sender.block) || receiver.fn === sender.fn ? name : undefined;
    const i = params.findIndex((d) => d?.name === name);
    const a = i >= 0 ? args[i] : undefined;
    return a?.type === 'identifier' ? a.text : undefined;
  };
  const fits: Node[] = [];
  for (const c of select.namedChildren) {
    if (c?.type !== 'communication_case' || c.childForFieldName('communication')?.id === w.node.id) continue;
    const comm = c.childForFieldName('communication');
    const op = communicationReceiveOperand(comm);
    const u = op && unparen(op);
    if (u?.type !== 'identifier' || !caseStatements(c).some(leavesLoop)) continue;
    const name = callerName(u.text);
    if (!name || name === blockingSend.childForFieldName('channel')?.text) continue;
    // A send on it by the goroutine on its way to the blocking send: not on a branch of its own.
    // (Also in a callback literal the goroutine hands on, `ListenerAddrFunc: func(a net.Addr) { addrChan <- … }`.)
    const before = sender.block.descendantsOfType('send_statement').filter((n): n is Node => !!n && n.childForFieldName('channel')?.text === name && n.startIndex < blockingSend.endIndex);
    if (before.some((n) => onTheWay(n, blockingSend))) fits.push(comm!);
  }
  return fits.length === 1 ? { node: fits[0], kind: 'select', own: w.own } : undefined;
}

/** Is `n` on the way to `to`: no if, switch, select or loop branch between `n` and their lowest common ancestor? */
function onTheWay(n: Node, to: Node): boolean {
  const branch = (p: Node) => BRANCHING.has(p.type) || p.type === 'for_statement' || p.type === 'communication_case' || p.type === 'expression_case' || p.type === 'type_case' || p.type === 'default_case';
  for (let p = n.parent; p; p = p.parent) {
    // Their common ancestor: an if, switch or select holding both has them on different branches.
    if (contains(p, to)) return !branch(p);
    if (branch(p)) return false;
  }
  return false;
}

/** Is the send made only in some iterations of a loop around it, under a branch inside that loop (`if i%7 == 0 { ch <- v }`)? */
function someIterations(send: Node, block: Node): boolean {
  let branched = false;
  for (let p = send.parent; p && p.id !== block.id; p = p.parent) {
    if (p.type === 'for_statement' && branched) return true;
    if (BRANCHING.has(p.type)) branched = true;
  }
  return false;
}

/** A guard on a name the goroutine literal `b` does not declare itself: the outer function's, which both sides see. */
function outsideGuard(g: Guard, b: Body): boolean {
  return !declaresName(b.block.parent!, /^[\p{L}_][\p{L}\p{N}_]*/u.exec(g.base)?.[0] ?? g.base);
}

/**
 * The mirror of judgeRecvs' guards: a goroutine literal of the receiver's function that sends only under conditions on
 * names nothing changes from its start on (`if srcType == FileType { wait <- struct{}{} }` beside `if srcType ==
 * FileType { <-wait }`): where the receiver skips its receive under the same condition, nothing is sent. The
 * conditions every send of the one sender is under, with their value there.
 */
function sendGuards(senders: Body[], receiver: Body, sends: ChanOp[]): Guard[] {
  const sender = senders.length === 1 ? senders[0] : undefined;
  if (!sender || !sender.goStmt || sender.sync || !contains(receiver.block, sender.block)) return [];
  const per = sends.filter((o) => o.body === sender).map((o) => guardsAround(receiver.block, o.node, sender.goStmt).filter((g) => outsideGuard(g, sender)));
  if (per.length === 0) return [];
  return per[0].filter((g) => per.every((gs) => gs.some((x) => x.base === g.base && x.value === g.value)));
}

/** Is `n` inside a branch (an if, switch or select) of `block`? */
function inBranch(n: Node, block: Node): boolean {
  for (let p = n.parent; p && p.id !== block.id; p = p.parent) if (BRANCHING.has(p.type)) return true;
  return false;
}

/** Is `send` in an endless loop (`for {`) that is one of the statements of `block`? */
function endsEndlessLoop(send: Node, block: Node): boolean {
  const loop = enclosingLoop(send, block);
  return !!loop && loop.namedChildren.every((c) => c?.type === 'block') && onMainLine(loop, block);
}

/**
 * Does the goroutine range over a channel (`for e := range results`, a parameter or local of channel type)? It returns,
 * and makes its deferred sends, only once that channel is closed: when, its partner's code decides, often after the
 * partner's ways out (which then strand it in the range, not at the send).
 */
function rangesOverChannel(b: Body): boolean {
  const res = b.fn.resolution();
  return findBelow(b.block, (n) => {
    if (n.type !== 'range_clause') return false;
    const right = n.childForFieldName('right');
    const u = right && unparen(right);
    const d = u?.type === 'identifier' ? res.declOf(u) : undefined;
    if (!d) return false;
    const declared = d.node.parent?.childForFieldName('type');
    if (declared?.type === 'channel_type') return true;
    const init = d.init && unparen(d.init);
    return init?.type === 'call_expression' && init.childForFieldName('function')?.text === 'make' && init.childForFieldName('arguments')?.namedChild(0)?.type === 'channel_type';
  }).length > 0;
}

/**
 * A goroutine whose every send is a statement of one loop (not in a branch or an inner loop of it) that nothing but a
 * cancellation ends (`for { if ctx.Err() != nil { break }; keys <- next() }`, or nothing at all): its stream never
 * runs dry, so a receiver that stops after any number of values strands it at a send. A check made between sends
 * does not see a cancellation while it waits at one.
 */
function endlessProducer(b: Body, own: readonly ChanOp[]): boolean {
  if (b.kind !== 'go' || b.sync || own.length === 0) return false;
  const loop = enclosingLoop(own[0].node, b.block);
  const body = loop?.childForFieldName('body');
  if (!loop || !body || !unconditionalLoop(loop) || enclosingLoop(loop, b.block) !== undefined) return false;
  if (!own.every((o) => enclosingLoop(o.node, b.block)?.id === loop.id && onMainLine(o.node, body))) return false;
  return findBelow(body, isWayOut).every((w) => cancellationExit(w, body));
}

/**
 * A way out of the loop whose body is `body` taken only on a cancellation: a return, or a break of that loop, in the
 * branch of `if ctx.Err() != nil` (`if err := ctx.Err(); err != nil`), or a return in a `case <-ctx.Done():` of a
 * select with a default (a check that does not wait).
 */
function cancellationExit(w: Node, body: Node): boolean {
  if (w.type !== 'return_statement' && !(w.type === 'break_statement' && w.namedChildCount === 0)) return false;
  for (let p = w.parent, from: Node = w; p && p.id !== body.id; from = p, p = p.parent) {
    // `if X.Err() != nil` (or `if err := X.Err(); err != nil`) on a context named by a plain selector chain.
    if (p.type === 'if_statement') return p.childForFieldName('consequence')?.id === from.id && /^[\w.]+$/.test(errCheckedContext(p)?.text ?? '');
    if (p.type === 'communication_case') {
      const comm = p.childForFieldName('communication');
      return w.type === 'return_statement' && !!p.parent?.namedChildren.some((c) => c?.type === 'default_case') && !!comm && doneOperand(comm) !== undefined;
    }
    if (BREAKABLE.has(p.type)) return false; // a break there leaves only that statement
  }
  return false;
}

const BREAKABLE = new Set(['for_statement', 'select_statement', 'expression_switch_statement', 'type_switch_statement']);

/** Is `stmt` one of the statements of `block`, or of the bodies of loops among them (not inside a branch or a case but a select's default)? */
function onMainLine(stmt: Node, block: Node): boolean {
  for (let p = stmt.parent; p; p = p.parent) {
    if (p.id === block.id) return true;
    // `for { select { case <-ctx.Done(): return; default: … } }`: the default case is where the loop goes round
    // when nothing is ready, its work.
    if (p.type === 'default_case' && p.parent?.type === 'select_statement') {
      p = p.parent;
      continue;
    }
    if (p.type !== 'statement_list' && p.type !== 'block' && p.type !== 'for_statement') return false;
  }
  return false;
}

/** Receives made by the top-level statements of a body (not inside if, switch, select, loops or literals). */
function unconditional(block: import('web-tree-sitter').Node, recvs: ChanOp[]): number {
  const COMPOUND = new Set(['if_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement', 'for_statement', 'block', 'labeled_statement']);
  let n = 0;
  for (const stmt of blockStatements(block)) {
    if (COMPOUND.has(stmt.type)) continue;
    n += recvs.filter((o) => contains(stmt, o.node)).length;
  }
  return n;
}

/**
 * Is the receive `<-ch` inside an `if` or `for` whose condition requires `len(ch) > 0` (`!= 0`, `>= 1`, `0 < len(ch)`)?
 * For the channel's only receiver a value is then there to take (`for len(sink) > 0 { out = append(out, <-sink) }`).
 */
export function lenChecked(op: ChanOp): boolean {
  const ch = op.node.childForFieldName('operand');
  if (!ch) return false;
  for (let p: Node | null = op.node.parent; p && p.id !== op.body.block.id && !isFuncNode(p); p = p.parent) {
    // A guard before it in the same block: `if … || len(ch) == 0 { …; continue }` leaves unless a value is there.
    if (p.parent?.type === 'block' || p.parent?.type === 'statement_list') {
      for (let q = p.previousNamedSibling; q; q = q.previousNamedSibling) {
        if (q.type !== 'if_statement' || q.childForFieldName('alternative')) continue;
        const cond = q.childForFieldName('condition');
        const then = q.childForFieldName('consequence');
        const last = then ? blockStatements(then).at(-1) : undefined;
        const leaves = last && (last.type === 'continue_statement' || last.type === 'return_statement' || last.type === 'break_statement' || last.type === 'goto_statement');
        // … with no other receive from it in between.
        const between = op.body.file.text.slice(q.endIndex, op.node.startIndex);
        const again = new RegExp(`<-\\s*${escapeRe(ch.text)}(?![\\w.])|range\\s+${escapeRe(ch.text)}(?![\\w.])`).test(between);
        if (cond && leaves && !again && disjuncts(cond).some((c) => emptyTest(c, ch.text))) return true;
      }
    }
    const inside = p.type === 'if_statement' ? p.childForFieldName('consequence') : p.type === 'for_statement' ? p.childForFieldName('body') : null;
    if (!inside || !contains(inside, op.node)) continue;
    const cond = p.type === 'if_statement' ? p.childForFieldName('condition') : p.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'for_clause' && c.type !== 'range_clause') ?? null;
    if (cond && conjuncts(cond).some((c) => nonEmptyTest(c, ch.text))) return true;
  }
  return false;
}

/** `len(ch) OP k` or `k OP len(ch)`, turned round so that len is on the left: the operator and k's text. */
function lenTest(c: Node, ch: string): { op: string; k: string } | undefined {
  if (c.type !== 'binary_expression') return undefined;
  const op = c.childForFieldName('operator')?.type ?? '';
  const l = unparen(c.childForFieldName('left')!);
  const r = unparen(c.childForFieldName('right')!);
  const isLen = (n: Node) => n.type === 'call_expression' && n.childForFieldName('function')?.text === 'len' && n.childForFieldName('arguments')?.namedChild(0)?.text === ch;
  if (isLen(l)) return { op, k: r.text };
  const flipped: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };
  return isLen(r) && flipped[op] ? { op: flipped[op], k: l.text } : undefined;
}

/** `len(ch) == 0`, `len(ch) < 1`, `len(ch) <= 0`, `0 == len(ch)`. */
function emptyTest(c: Node, ch: string): boolean {
  const t = lenTest(c, ch);
  return !!t && ((t.op === '==' && t.k === '0') || (t.op === '<' && t.k === '1') || (t.op === '<=' && t.k === '0'));
}

/** `len(ch) > 0`, `len(ch) != 0`, `len(ch) >= 1`, `0 < len(ch)`. */
function nonEmptyTest(c: Node, ch: string): boolean {
  const t = lenTest(c, ch);
  return !!t && ((t.op === '>' && t.k === '0') || (t.op === '!=' && t.k === '0') || (t.op === '>=' && t.k === '1'));
}

/** One predicate that holds where any of the given ones does (in their order); undefined when none is given. */
function anyOf(...fs: (((n: Node) => boolean) | undefined | null | false)[]): ((n: Node) => boolean) | undefined {
  const given = fs.filter((f): f is (n: Node) => boolean => typeof f === 'function');
  return given.length === 0 ? undefined : (n) => given.some((f) => f(n));
}

/** Most sends of a nested goroutine weighed at its go statement; beyond that they are added on top. */
const MAX_WEIGHT = 16;

/** Judge the receiving side of one channel world. */
export function judgeReceives(world: ChanWorld, index?: PackageIndex, skip: ReadonlySet<number> = new Set()): RecvLeak | undefined {
  // A send set aside in a recover handler (channels.ts) is a value a receive may be waiting for (a test that makes
  // the goroutine panic on purpose): what the receives get is not known.
  if (world.escape || world.panicSends) return undefined;
  // A receive under `len(ch) > 0` by the only receiver finds a value there (checked below: one receiver).
  // Not a receive in a branch that the one call running a synchronous callee rules out (deadAtCall).
  const recvs = world.ops.filter((o) => o.kind === 'recv' && !o.guarded && !lenChecked(o) && !deadAtCall(o, index)).sort(byPosition);
  if (recvs.length === 0) return undefined;
  // Ranges end when the channel is closed (see unclosed-range); other receivers may take the values.
  const receivers = unique(world.ops.filter((o) => o.kind === 'recv' || o.kind === 'range').map((o) => o.body));
  if (receivers.length !== 1 || world.ops.some((o) => o.kind === 'range')) return undefined;
  const receiver = receivers[0];
  if (receiver.copies !== 1) return undefined;
  const senderOps = world.ops.filter((o) => o.kind === 'send' || o.kind === 'close');
  const senders = unique(senderOps.map((o) => o.body));
  if (senders.length > 1 || senders.includes(receiver)) return undefined;
  const sender = senders[0];
  if (sender && sender.copies !== 1) return undefined;
  if (!sender && parksOnPurpose(world, receiver, recvs)) return undefined;
  // Every body but the receiver must be a goroutine or the function itself; both are fine as senders.
  {
    const goStart = partnerStart(sender, [world.site?.call, receiver.goStmt, world.chan.make]);
    // A send or close before the receiver starts counts on every later path; we do not model that: stay quiet.
    if (goStart && senderOps.some((o) => o.node.startIndex < goStart.startIndex)) return undefined;
    // A receiver that first accepts on a listener the sender has not used yet: the sender's ways out before that
    // use leave it in Accept (with no send or close before it).
    const accepted = sender && goStart ? acceptFirstStart(receiver, sender, recvs, index) : undefined;
    const start = accepted && !senderOps.some((o) => o.node.startIndex < accepted.startIndex) ? accepted : goStart;
    // A function that returns this channel on some paths and another value on others (`return e.wait` beside
    // `return ch`): a caller that got the other value does not wait on this channel.
    const producer = world.site && sender?.kind === 'func' && sender.fn === world.chan.returnedBy;
    const refs = world.chan.decl?.refs ?? [];
    const otherReturn = producer ? (ret: Node) => !refs.some((r) => contains(ret, r)) : undefined;
    // When the sender can send nothing, any receive it reaches waits forever. When it sends some, count only the
    // receives every path of the receiver makes (the top-level ones): receives behind conditions are often
    // exclusive in ways we cannot see (an assertion that stops the test between them).
    const need = (min: number) => (min === 0 ? 1 : unconditional(receiver.block, recvs));
    // The sender's shortest path, leaving out early exits that cannot happen while the receiver waits (as far as
    // the code shows): the next one is judged in turn.
    // A goroutine literal of the receiver's function that sends under the same condition it waits under (`if
    // !async { close(done) }` beside `if !async { <-done }`, `async` never assigned): it sends wherever it is waited for.
    // The other way round, a goroutine of the sender's function that waits only under a condition the sender closes
    // under (`go func() { if c.early { <-allow }; … }()` beside `if c.early { close(allow) }`): where the sender skips
    // the close, nobody waits.
    const guards =
      sender && sender.kind === 'go' && contains(receiver.block, sender.block)
        ? guardsAround(receiver.block, recvs[0].node, sender.goStmt).filter((g) => outsideGuard(g, sender))
        : sender && receiver.kind === 'go' && receiver.goStmt && recvs.length === 1 && contains(sender.block, receiver.goStmt)
          ? guardsAround(sender.block, recvs[0].node, receiver.goStmt).filter((g) => outsideGuard(g, receiver))
          : [];
    const own = senderOps.filter((o) => o.body === sender);
    // `if err := ctx.Err(); err != nil { return err }` on a context nothing ends where the sender runs: no way out.
    const impossibleIf = sender ? neverDoneErrCheck(sender, index) : undefined;
    const judge = (failExits: boolean) =>
      untilKnowable(
        (ignore) => (sender ? minSends(sender.block, senderOps, start, world.chan.make, { failExits, otherReturn, ignore, guards, impossibleIf }) : { min: 0, witness: undefined }),
        (s) => need(s.min) > s.min,
        (w, s) => !sender || (knowableExit(w, sender, receiver, recvs[0], own, index) && !errorToldOnChannel(w, sender, receiver, recvs, senderOps, s.min, world.chan.make)),
        skip,
      );
    let s = judge(false);
    let testFailure = false;
    if (!s) {
      s = judge(true);
      if (!s) return undefined;
      testFailure = true;
    }
    // The receive that waits in vain: the first one with as many receives before it as the sender sends.
    const nodes = recvs.map((o) => o.node);
    const recv = recvs.find((o) => (maxCountBefore(receiver.block, nodes, o.node, world.chan.make) ?? 0) >= s!.min) ?? recvs[0];
    return { world, receiver, recv, recvs: need(s.min), sender, sends: s.min, witness: s.witness, testFailure };
  }
}

/**
 * `c := make(chan struct{}); <-c` in the function's own body, the channel used for nothing else: the spelled-out
 * `select {}`, a wait forever written on purpose (a command that serves until killed, a test double that never
 * answers). A forgotten signal leaves a trace elsewhere: the channel handed on, stored, or received in a goroutine.
 */
function parksOnPurpose(world: ChanWorld, receiver: Body, recvs: ChanOp[]): boolean {
  const decl = world.chan.decl;
  if (!decl || world.site || world.chan.field || receiver.kind !== 'func' || receiver.fn !== world.chan.fn) return false;
  if (!contains(receiver.block, world.chan.make)) return false;
  return decl.refs.every((r) => recvs.some((o) => contains(o.node, r) && unparen(o.node.childForFieldName('operand')!).id === r.id));
}

/**
 * Count a sender's path again and again, each time leaving out the way out that `knowable` rejects (an exit that
 * cannot happen while the receiver waits, as far as the code shows), until the count no longer `leaks`, a way out
 * is accepted, or eight have been left out. The count that leaks with an accepted way out, or undefined.
 */
function untilKnowable(
  count: (ignore: (n: Node) => boolean, tries: number) => CountSummary,
  leaks: (s: CountSummary) => boolean,
  /** Given the way out and the count of the path it ends. */
  knowable: (w: Witness, s: CountSummary) => boolean,
  skip: ReadonlySet<number> = new Set(),
): CountSummary | undefined {
  const unknowable = new Set<number>(skip);
  const ignore = (n: Node) => unknowable.has(n.id);
  for (let tries = 0; tries < 8; tries++) {
    const s = count(ignore, tries);
    if (!leaks(s)) return undefined;
    if (!s.witness || knowable(s.witness, s)) return s;
    if (s.witness.kind === 'end' || unknowable.has(s.witness.node.id)) return undefined;
    unknowable.add(s.witness.node.id);
  }
  return undefined;
}

/** The condition that decides a sender's short path: the if or switch around the witness (and its parts), if any. */
function decidingCondition(w: Witness, sender: Body): { at: Node; conds: Node[] } | undefined {
  const own = ownCondition(w, sender);
  return own ?? (w.cause ? ownCondition(w.cause, sender) : undefined);
}

function ownCondition(w: Witness, sender: Body): { at: Node; conds: Node[] } | undefined {
  let n: Node | null = w.node;
  if (w.kind === 'end') return undefined;
  for (; n && n.id !== sender.block.id; n = n.parent) {
    if (n.type === 'if_statement' && (w.kind === 'if' ? n.id === w.node.id : n.id !== w.node.id)) {
      return { at: n, conds: [n.childForFieldName('initializer'), n.childForFieldName('condition')].filter((x): x is Node => !!x) };
    }
    if (n.type === 'expression_switch_statement' || n.type === 'type_switch_statement') {
      const out = [n.childForFieldName('initializer'), n.childForFieldName('value')].filter((x): x is Node => !!x);
      // A tagless switch decides by its case expressions.
      for (const c of n.namedChildren) if (c?.type === 'expression_case') out.push(...c.childrenForFieldName('value').filter((x): x is Node => !!x));
      return { at: n, conds: out };
    }
    if (isFuncNode(n)) break;
  }
  return undefined;
}

/** io.Closer and its kin: the calls that make further calls on a value fail. */
const CLOSER = /\.(Close|Shutdown|Stop)$/;

const BUILTINS = new Set(['len', 'cap', 'min', 'max']);

/** A call whose result is run-time state we cannot see (not len or cap). */
function opaqueCall(n: Node): boolean {
  if (n.type === 'unary_expression' && receiveOperand(n)) return true;
  if (n.type !== 'call_expression') return false;
  return !BUILTINS.has(calleeText(n) ?? '');
}

/** The error-shaped test in a condition: `x != nil` / `x == nil`, `errors.Is/As`, `ctx.Err()`; the tested `x`s. */
function errorTests(cond: Node): { tested: Node[]; any: boolean } {
  const tested: Node[] = [];
  let any = false;
  for (const b of findBelow(cond, (n) => n.type === 'binary_expression' || n.type === 'call_expression')) {
    if (b.type === 'call_expression') {
      const name = calleeText(b) ?? '';
      if (/^errors\.(Is|As)$/.test(name) || /\.Err$/.test(b.childForFieldName('function')?.text ?? '')) any = true;
      continue;
    }
    const op = b.childForFieldName('operator')?.type;
    if (op !== '==' && op !== '!=') continue;
    const l = b.childForFieldName('left');
    const r = b.childForFieldName('right');
    const x = r?.type === 'nil' ? l : l?.type === 'nil' ? r : null;
    if (x) {
      any = true;
      tested.push(unparen(x));
    }
  }
  return { tested, any };
}

/** The single call on the right of an assignment or declaration that sets `name`, if it is one. */
function callSetting(stmt: Node | null | undefined, name: string): Node | undefined {
  const v = valueSetting(stmt, name);
  return v?.type === 'call_expression' ? v : undefined;
}

/** The single expression on the right of an assignment or declaration that sets `name`, if it is one. */
function valueSetting(stmt: Node | null | undefined, name: string): Node | undefined {
  if (stmt?.type !== 'short_var_declaration' && stmt?.type !== 'assignment_statement') return undefined;
  if (!listItems(stmt.childForFieldName('left')).some((x) => x?.type === 'identifier' && x.text === name)) return undefined;
  const right = stmt.childForFieldName('right');
  return right?.namedChildCount === 1 ? unparen(right.namedChild(0)!) : undefined;
}

/**
 * The call that gave `id` its value where `at` (the deciding if) tests it: its initializer, the statement just
 * before it (`_, err = io.Copy(…)`), or else the declaration (`v, err := x.M()`).
 */
function sourceCall(id: Node, fn: Body, at?: Node): Node | undefined {
  const v = sourceValue(id, fn, at);
  return v?.type === 'call_expression' ? v : undefined;
}

/** The expression that gave `id` its value where `at` tests it (see sourceCall): a call, a receive … */
function sourceValue(id: Node, fn: Body, at?: Node): Node | undefined {
  if (id.type !== 'identifier') return undefined;
  if (at) {
    const init = valueSetting(at.childForFieldName('initializer'), id.text);
    if (init) return init;
    let prev = at.previousNamedSibling;
    while (prev && prev.type === 'comment') prev = prev.previousNamedSibling;
    const before = valueSetting(prev, id.text);
    if (before) return before;
  }
  const d = fn.fn.resolution().declOf(id);
  return d ? valueSetting(d.node.parent?.parent, id.text) : undefined;
}

/**
 * Can the sender's early exit happen while the receiver waits, as far as the code shows? Reported are exits on an
 * error, context or nil check (a failure the code itself expects), unconditional ones, and exits decided by the
 * function's inputs (`switch method`, `len(xs) > 0`). Quiet are exits decided by run-time state we cannot see (a
 * value from a call or a channel that is not an error: `if _, shutdown := q.Get(); shutdown { return }`), and
 * error exits of a call on a value the receiver closes (`Close`, `Shutdown`, `Stop`) only after its receive
 * (`ln.Accept()` failing once the receiver's deferred `ln.Close()` runs).
 */
/**
 * `errc <- err; if err != nil { return }; data <- v` (or `if err != nil { errc <- err; return }`, the send a statement
 * before the exit) with a receiver that takes errc before data: the sender reports the reason for its early exit on
 * another channel first, and the receiver reads it before it waits here (the value-or-error protocol). The exit is
 * the receiver's to handle, not a way to strand it.
 */
function toldFirst(conds: Node[], at: Node, exit: Node, sender: Body, receiver: Body, recv: ChanOp): boolean {
  const names = new Set(conds.flatMap((c) => [c, ...c.descendantsOfType('identifier')]).filter((n): n is Node => n?.type === 'identifier').map((n) => n.text));
  if (names.size === 0 || sender.fn !== receiver.fn) return false;
  const res = sender.fn.resolution();
  const before: Node[] = [];
  for (let st = statementBefore(exit); st; st = statementBefore(st)) if (st.type === 'send_statement') before.push(st);
  const told = [...findBelow(sender.block, (n) => n.type === 'send_statement' && n.endIndex <= at.startIndex), ...before].filter((snd) => {
    const value = snd.childForFieldName('value');
    return value !== null && [value, ...value.descendantsOfType('identifier')].some((n) => n?.type === 'identifier' && names.has(n.text));
  });
  return told.some((snd) => {
    const ch = snd.childForFieldName('channel');
    const decl = ch?.type === 'identifier' ? res.declOf(ch) : undefined;
    return decl !== undefined && decl.refs.some((r) => contains(receiver.block, r) && r.startIndex < recv.node.startIndex && receiveOperand(r.parent!) !== undefined);
  });
}

/**
 * `e := <-ready; if e != nil { t.Fatal(e) }` before `step <- true`, where the goroutine waiting on step sends a
 * non-nil value on ready only when it then returns (`ready <- err; return` … `ready <- nil; <-step`): the exit
 * happens only when the partner has already given up waiting, so it strands no one.
 */
function learnedFirst(conds: Node[], at: Node, sender: Body, receiver: Body, recv: ChanOp): boolean {
  const errs = conds.map(errorTests);
  const tested = errs.flatMap((e) => e.tested).filter((x) => x.type === 'identifier');
  if (tested.length !== 1 || errs.some((e) => e.tested.length === 0 && e.any)) return false;
  const got = sourceValue(tested[0], sender, at);
  const ch = got && receiveOperand(got);
  if (ch?.type !== 'identifier') return false;
  const decl = receiver.fn.resolution().declOf(ch);
  const sends = findBelow(receiver.block, (n) => n.type === 'send_statement' && n.endIndex <= recv.node.startIndex).filter((n) => {
    const c = n.childForFieldName('channel');
    return c?.type === 'identifier' && c.text === ch.text && receiver.fn.resolution().declOf(c) === decl;
  });
  const isNil = (n: Node) => unparen(n.childForFieldName('value')!).type === 'nil';
  const thenReturns = (n: Node) => {
    let next = n.nextNamedSibling;
    while (next?.type === 'comment') next = next.nextNamedSibling;
    return next?.type === 'return_statement';
  };
  return sends.some(isNil) && sends.every((n) => isNil(n) || thenReturns(n));
}

/**
 * Does the receiver make the call that set the error `x` (tested where `at` is) fail, before its receive `recv`: a
 * `Close`, `Shutdown` or `Stop` of the call's operand or of one of its arguments, or a call of the cancel function
 * made with a context it is given (`ctx, cancel := context.WithCancel(…)` … `cancel()`)?
 */
function provokedByReceiver(x: Node, at: Node, sender: Body, receiver: Body, recv: ChanOp): boolean {
  const call = sourceCall(x, sender, at);
  if (!call) return false;
  const sres = sender.fn.resolution();
  const rres = receiver.fn.resolution();
  const f = unparen(call.childForFieldName('function')!);
  const given = [
    ...(f.type === 'selector_expression' ? [unparen(f.childForFieldName('operand')!)] : []),
    ...(call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null).map(unparen),
  ];
  const decls = new Set(given.map((g) => (g.type === 'identifier' ? sres.declOf(g) : undefined)).filter((d): d is Decl => d !== undefined && !contains(sender.block, d.node)));
  if (decls.size === 0) return false;
  // The cancel functions made with one of them: `ctx, cancel := context.WithCancel(parent)`.
  const cancels = new Set<Decl>();
  for (const d of decls) {
    const decl = d.node.parent?.parent;
    const right = decl?.type === 'short_var_declaration' || decl?.type === 'assignment_statement' ? decl.childForFieldName('right')?.namedChild(0) : undefined;
    const left = decl ? listItems(decl.childForFieldName('left')) : [];
    if (right?.type === 'call_expression' && /^context\.With(Cancel|CancelCause|Timeout|TimeoutCause|Deadline|DeadlineCause)$/.test(right.childForFieldName('function')?.text ?? '') && left.length === 2 && left[0]?.id === d.node.id) {
      const c = left[1] && rres.declOf(left[1]);
      if (c) cancels.add(c);
      else if (left[1]) {
        const own = sres.declOf(left[1]);
        if (own) cancels.add(own);
      }
    }
  }
  const before = (n: Node) => n.endIndex <= recv.node.startIndex && n.parent?.type !== 'defer_statement' && !contains(sender.block, n) && contains(receiver.block, n);
  return (
    findBelow(receiver.block, (n) => {
      if (n.type !== 'call_expression' || !before(n)) return false;
      const g = unparen(n.childForFieldName('function')!);
      if (g.type === 'identifier') {
        const d = rres.declOf(g);
        return d !== undefined && cancels.has(d);
      }
      if (g.type !== 'selector_expression' || !CLOSER.test(g.text)) return false;
      const op = unparen(g.childForFieldName('operand')!);
      const d = op.type === 'identifier' ? rres.declOf(op) : undefined;
      return d !== undefined && decls.has(d);
    }, true).length > 0
  );
}

/**
 * Does the error `x` (tested where `at` is) come from a call on a value the receiver closes (`Close`, `Shutdown`,
 * `Stop`) only after its receive, or from one on an in-process endpoint nothing closes? Then it cannot happen while
 * the receiver waits.
 */
function failsOnlyOnceClosed(x: Node, at: Node, sender: Body, receiver: Body, recv: ChanOp, index?: PackageIndex): boolean {
  const call = sourceCall(x, sender, at);
  if (call && decodesOwnEncoding(call, sender, receiver)) return true;
  // A package function whose every return gives a nil error never fails at all.
  if (call && index && returnsNilError(call, x, sender, index)) return true;
  const obj = call && failingValue(call, sender, index);
  const objDecl = obj?.type === 'identifier' ? sender.fn.resolution().declOf(obj) : undefined;
  if (!objDecl) return false;
  // The sender's own endpoint (`l, err := net.Listen(…)` in the goroutine): only whether anything closes it.
  if (contains(sender.block, objDecl.node)) return neverFails(objDecl, obj!, sender, index);
  // Calls on the same variable (one declaration seen from both bodies), not on another one of that name.
  const sameObj = (n: Node | null | undefined) => n?.type === 'identifier' && receiver.fn.resolution().declOf(n) === objDecl;
  const closes = findBelow(
    receiver.block,
    (n) => n.type === 'call_expression' && CLOSER.test(n.childForFieldName('function')?.text ?? '') && sameObj(n.childForFieldName('function')?.childForFieldName('operand')),
  );
  const later = (n: Node) => n.startIndex > recv.node.endIndex || n.parent?.type === 'defer_statement';
  if (closes.length > 0) return closes.every(later);
  // Closed only where the function is done (`t.Cleanup(func() { _ = ln.Close() })`, `defer func() { … }()`), and
  // used nowhere else but in method calls: it cannot fail while the function waits.
  const deferred = objDecl.refs.filter((r) => !contains(sender.block, r) && runsAtTheEnd(r, receiver.block));
  const elsewhere = objDecl.refs.filter((r) => !contains(sender.block, r) && !runsAtTheEnd(r, receiver.block));
  if (deferred.length > 0 && deferred.every((r) => closeCallOn(r)) && elsewhere.every((r) => methodCallOn(r) && !closeCallOn(r))) return true;
  return neverFails(objDecl, obj!, sender, index);
}

/** Is the reference `r` the operand of a close (`r.Close()`, `Shutdown`, `Stop`)? */
function closeCallOn(r: Node): boolean {
  const sel = r.parent;
  return sel?.type === 'selector_expression' && sel.childForFieldName('operand')?.id === r.id && CLOSER.test(sel.text) && sel.parent?.type === 'call_expression';
}

/** Is the reference `r` the operand of a method call (`r.Addr()`)? */
function methodCallOn(r: Node): boolean {
  const sel = r.parent;
  return sel?.type === 'selector_expression' && sel.childForFieldName('operand')?.id === r.id && sel.parent?.type === 'call_expression' && sel.parent.childForFieldName('function')?.id === sel.id;
}

/**
 * Is `n` in a function literal that runs only when the function around it is done: deferred (`defer func() {
 * ln.Close() }()`) or registered as a test's cleanup (`t.Cleanup(func() { _ = ln.Close() })`, which runs after the
 * test and its subtests return)?
 */
function runsAtTheEnd(n: Node, block: Node): boolean {
  for (let p = n.parent; p && p.id !== block.id; p = p.parent) {
    if (p.type !== 'func_literal') continue;
    const call = p.parent?.type === 'argument_list' ? p.parent.parent : p.parent;
    if (call?.type !== 'call_expression') return false;
    if (call.childForFieldName('function')?.id === p.id) return call.parent?.type === 'defer_statement';
    return /\.Cleanup$/.test(call.childForFieldName('function')?.text ?? '') && callArguments(call).length === 1;
  }
  return false;
}

/**
 * `json.Unmarshal(data, &v)` (or xml's, yaml's) in the goroutine, where `data` is what the function that starts it
 * made with the same package's `Marshal` from a value of the very type `v` is declared with (`data, err :=
 * json.Marshal(stats)` for `stats := tc.LegacyStats{…}` against `var v tc.LegacyStats`), handed over unchanged
 * (captured, or as the argument of `go decode(data, …)`): decoding its own encoding of that type does not fail.
 */
function decodesOwnEncoding(call: Node, sender: Body, receiver: Body): boolean {
  const m = /^(json|xml|yaml)\.Unmarshal$/.exec(calleeText(call) ?? '');
  const args = callArguments(call);
  if (!m || args.length !== 2) return false;
  const [data, target] = [unparen(args[0]), unparen(args[1])];
  const addr = target.type === 'unary_expression' && target.childForFieldName('operator')?.type === '&' ? unparen(target.childForFieldName('operand')!) : undefined;
  const senderRes = sender.fn.resolution();
  const v = addr?.type === 'identifier' ? senderRes.declOf(addr) : undefined;
  const vSpec = v?.node.parent;
  const vType = vSpec?.type === 'var_spec' ? vSpec.childForFieldName('type')?.text : undefined;
  if (data.type !== 'identifier' || !vType) return false;
  // The bytes as the function that starts the goroutine has them: captured, or the argument of `go f(…)`.
  let d = senderRes.declOf(data);
  const receiverRes = receiver.fn.resolution();
  if (d?.kind === 'param' && d.fn.id === sender.fn.node.id && sender.goStmt) {
    const started = sender.goStmt.namedChild(0);
    const arg = started?.type === 'call_expression' && d.index >= 0 ? callArguments(started)[d.index] : undefined;
    d = arg && unparen(arg).type === 'identifier' ? receiverRes.declOf(unparen(arg)) : undefined;
  }
  if (!d || d.kind !== 'var' || !neverReassigned(d) || d.fn.id !== receiver.fn.node.id) return false;
  // `data, err := json.Marshal(…)`, data first.
  const marshal = d.node.parent?.parent?.type === 'short_var_declaration' ? valueSetting(d.node.parent.parent, d.name) : undefined;
  if (marshal?.type !== 'call_expression' || calleeText(marshal) !== `${m[1]}.Marshal` || listItems(d.node.parent).at(0)?.id !== d.node.id) return false;
  // The encoded value's type, from how it was built: `T{…}`, `&T{…}`, or `var x T`.
  const encodedArgs = callArguments(marshal);
  let value = encodedArgs.length === 1 ? unparen(encodedArgs[0]) : undefined;
  if (value?.type === 'identifier') {
    const vd = receiverRes.declOf(value);
    const spec = vd?.node.parent;
    if (spec?.type === 'var_spec' && spec.childForFieldName('type')) return spec.childForFieldName('type')!.text === vType && vd!.kind === 'var';
    value = vd?.init ? unparen(vd.init) : undefined;
  }
  if (value?.type === 'unary_expression' && value.childForFieldName('operator')?.type === '&') value = unparen(value.childForFieldName('operand')!);
  return value?.type === 'composite_literal' && value.childForFieldName('type')?.text === vType;
}

/** `x != nil`, x an identifier: x. */
function nonNilTest(c: Node): Node | undefined {
  const x = nonNilOperand(c);
  return x?.type === 'identifier' ? x : undefined;
}

/**
 * Is the send in a branch that never runs: under `if err != nil` (the nearest `if` around it in its body), for an
 * `err` that a call of a package function sets whose every return gives a nil error (returnsNilError)?
 */
function underNeverFailing(o: ChanOp, index: PackageIndex): boolean {
  const ifs = enclosingIf(o.node, o.body.block);
  const cond = ifs?.childForFieldName('condition');
  if (!ifs || !cond || !contains(ifs.childForFieldName('consequence')!, o.node)) return false;
  if (canceledOnlyCheck(ifs, o.body)) return true;
  if (pipeEOFOnly(ifs, o.node, o.body)) return true;
  const x = conjuncts(cond).map(nonNilTest).find((t) => t !== undefined);
  const call = x ? sourceCall(x, o.body, ifs) : undefined;
  return call !== undefined && returnsNilError(call, x!, o.body, index);
}

/** `bufio.NewReader(r)`, `bufio.NewReaderSize(r, n)`: a reader over r. */
const BUFIO_READER = /^bufio\.NewReader(Size)?$/;

/**
 * `if err != nil { if err == io.EOF { break }; errs <- err }` for an `err` of a read (`r.Read…(…)`) from the read end
 * of `r, w := io.Pipe()`, or from a bufio reader over it, whose write end is only ever closed with `w.Close()` (and
 * otherwise only written to or set as a command's output, `c.Stdout = w`) and whose read end is used for nothing but
 * that reading: a read of such a pipe fails only with io.EOF, which the branch filters out first, so the send never
 * runs. (CloseWithError, or either end handed to other code, could make it fail otherwise.)
 */
function pipeEOFOnly(ifs: Node, send: Node, body: Body): boolean {
  const err = conjuncts(ifs.childForFieldName('condition')!).map(nonNilTest).find((t) => t !== undefined);
  if (!err) return false;
  const isEOF = (c: Node) => {
    const u = unparen(c);
    if (u.type === 'binary_expression' && operatorOf(u) === '==') return [u.childForFieldName('left')!, u.childForFieldName('right')!].map((n) => unparen(n).text).sort().join(' ') === [err.text, 'io.EOF'].sort().join(' ');
    const args = u.type === 'call_expression' && calleeText(u) === 'errors.Is' ? callArguments(u) : [];
    return args.length === 2 && args[0]?.text === err.text && args[1]?.text === 'io.EOF';
  };
  const filtered = blockStatements(ifs.childForFieldName('consequence')).some((st) => {
    if (st.type !== 'if_statement' || st.endIndex > send.startIndex || !isEOF(st.childForFieldName('condition')!)) return false;
    const last = blockStatements(st.childForFieldName('consequence')).at(-1);
    return last !== undefined && (last.type === 'break_statement' || last.type === 'return_statement');
  });
  const call = filtered ? sourceCall(err, body, ifs) : undefined;
  const f = call && unparen(call.childForFieldName('function')!);
  if (f?.type !== 'selector_expression' || !/^Read/.test(f.childForFieldName('field')?.text ?? '')) return false;
  const res = body.fn.resolution();
  // Through `br := bufio.NewReader(r)` to the read end.
  let x: Node = unparen(f.childForFieldName('operand')!);
  const readers: Decl[] = [];
  for (let depth = 0; depth < 3; depth++) {
    const d = x.type === 'identifier' ? res.declOf(x) : undefined;
    if (!d) return false;
    readers.push(d);
    const init = d.init && unparen(d.init);
    if (init?.type === 'call_expression' && BUFIO_READER.test(calleeText(init) ?? '')) {
      x = unparen(callArguments(init)[0] ?? init);
      continue;
    }
    const decl = declaringStatement(d);
    const made = decl ? listItems(decl.childForFieldName('right')) : [];
    const pipe = made.length === 1 && made[0]?.type === 'call_expression' && calleeText(made[0]) === 'io.Pipe' ? made[0] : undefined;
    const names = decl ? listItems(decl.childForFieldName('left')) : [];
    const writer = pipe && names[1]?.type === 'identifier' ? res.declOf(names[1]) : undefined;
    if (!writer || names[0]?.id !== d.node.id) return false;
    // The read end and its readers: wrapped once, then read; never closed, never handed elsewhere.
    const readOnly = (r: Node) => {
      const p = parentSkippingParens(r);
      if (p?.type === 'argument_list' && p.parent && BUFIO_READER.test(calleeText(p.parent) ?? '')) return true;
      return p?.type === 'selector_expression' && /^Read/.test(p.childForFieldName('field')?.text ?? '') && p.parent?.type === 'call_expression';
    };
    // The write end: `w.Close()`, `w.Write(…)`, or the value of an assignment (`c.Stdout = w`).
    const writeOnly = (r: Node) => {
      const p = parentSkippingParens(r);
      if (p?.type === 'selector_expression' && p.parent?.type === 'call_expression') return /^(Close|Write|WriteString)$/.test(p.childForFieldName('field')?.text ?? '');
      const st = p?.type === 'expression_list' ? p.parent : undefined;
      return st?.type === 'assignment_statement' && st.childForFieldName('right')?.id === p!.id;
    };
    return readers.every((rd) => rd.refs.every(readOnly)) && writer.refs.length > 0 && writer.refs.every(writeOnly);
  }
  return false;
}

/**
 * `if ctx.Err() != context.Canceled { … }` (or `!errors.Is(ctx.Err(), context.Canceled)`) in the case `case
 * <-ctx.Done():`, for a local ctx made once by `ctx, cancel := context.WithCancel(parent)` of a parent that is never
 * done (`context.Background()`): only its cancel can end such a context, so once it is done its Err is
 * context.Canceled, and the branch never runs.
 */
function canceledOnlyCheck(ifs: Node, body: Body): boolean {
  const cond = unparen(ifs.childForFieldName('condition')!);
  let err: Node | undefined;
  if (cond.type === 'binary_expression' && operatorOf(cond) === '!=') {
    const [l, r] = [unparen(cond.childForFieldName('left')!), unparen(cond.childForFieldName('right')!)];
    err = r.text === 'context.Canceled' ? l : l.text === 'context.Canceled' ? r : undefined;
  } else if (cond.type === 'unary_expression' && operatorOf(cond) === '!') {
    const is = unparen(cond.childForFieldName('operand')!);
    const args = is.type === 'call_expression' && calleeText(is) === 'errors.Is' ? callArguments(is) : [];
    if (args.length === 2 && args[1]?.text === 'context.Canceled') err = args[0] ?? undefined;
  }
  const f = err?.type === 'call_expression' && err.childForFieldName('arguments')?.namedChildCount === 0 ? err.childForFieldName('function') : undefined;
  const ctx = f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Err' ? unparen(f.childForFieldName('operand')!) : undefined;
  if (ctx?.type !== 'identifier') return false;
  // In the case that receives from that very context's Done().
  let clause: Node | null = ifs.parent;
  while (clause && clause.type !== 'communication_case' && !isFuncNode(clause)) clause = clause.parent;
  const done = clause?.type === 'communication_case' ? doneOperand(clause.childForFieldName('communication')!) : undefined;
  if (done?.text !== ctx.text) return false;
  const d = body.fn.resolution().declOf(ctx);
  const decl = d && neverReassigned(d) ? declaringStatement(d) : undefined;
  if (!decl) return false;
  const made = listItems(decl.childForFieldName('right'));
  const call = made.length === 1 && made[0]?.type === 'call_expression' ? made[0] : undefined;
  const parent = call && WITH_CANCEL.has(calleeText(call) ?? '') ? callArguments(call)[0] : undefined;
  return !!parent && neverDoneContext(body)(parent, 0);
}

/**
 * Is `x` the error result of `call`, a call of a package function whose error result (its last, of type `error`,
 * unnamed) is the literal nil in every return (`func (c *Component) Run(ctx context.Context) error { …; return nil }`)?
 */
function returnsNilError(call: Node, x: Node, sender: Body, index: PackageIndex): boolean {
  // `comp.Run(ctx)` with `comp := &Component{…}`: the method of the operand's type, else the one method of that name.
  const fn = calledFunction(call, sender.fn, sender.fn.resolution(), index);
  const result = fn?.node.childForFieldName('result');
  if (!fn || !result) return false;
  const decls = result.type === 'parameter_list' ? result.namedChildren.filter((c): c is Node => c?.type === 'parameter_declaration') : [result];
  const last = decls[decls.length - 1];
  const type = last?.type === 'parameter_declaration' ? last.childForFieldName('type') : last;
  if (type?.text !== 'error' || decls.some((d) => d.type === 'parameter_declaration' && d.childForFieldName('name'))) return false;
  // x is that last result: the only name an `err := f()` gives, or the last of `v, err := f()`.
  const stmt = x.parent?.type === 'expression_list' ? x.parent.parent : undefined;
  const left = stmt ? listItems(stmt.childForFieldName('left')) : [];
  const at = left.findIndex((l) => l?.text === x.text);
  if (at < 0 || at !== left.length - 1 || left.length !== decls.length) {
    // `err := f()` tested later: sourceCall found the call by the name's declaration.
    const d = sender.fn.resolution().declOf(x);
    const items = d?.node.parent?.type === 'expression_list' ? listItems(d.node.parent) : [];
    if (!d || items.length !== decls.length || items[items.length - 1]?.id !== d.node.id) return false;
  }
  const body = fn.node.childForFieldName('body');
  const returns = body ? findBelow(body, (n) => n.type === 'return_statement') : [];
  return returns.length > 0 && returns.every((r) => {
    const values = listItems(r.namedChild(0));
    return values.length === decls.length && values[values.length - 1]?.type === 'nil';
  });
}

/** `require.NoError(t, x)` (or `s.Require().NoError(x)`) ending the goroutine at `w`: x, what it checks. */
function noErrorArgument(w: Witness): Node | undefined {
  if (w.kind !== 'return' || callEnd(w.node) !== 'maybe-goroutine') return undefined;
  const call = w.node.namedChild(0)!;
  if (!/\.NoError$/.test(call.childForFieldName('function')?.text ?? '')) return undefined;
  return checkArguments(call)[0] ?? undefined;
}

/** `require.NoError(t, f(…))` ending the goroutine at `w`: the call it checks. */
function checkedCall(w: Witness): Node | undefined {
  const arg = noErrorArgument(w);
  const u = arg ? unparen(arg) : undefined;
  return u?.type === 'call_expression' ? u : undefined;
}

/** A call of a package function or method whose one result is an `error` that every return gives as the literal nil. */
function onlyNilError(call: Node, caller: Body, index: PackageIndex): boolean {
  const fn = calledFunction(call, caller.fn, caller.fn.resolution(), index);
  const result = fn?.node.childForFieldName('result');
  if (!fn || result?.type !== 'type_identifier' || result.text !== 'error') return false;
  const body = fn.node.childForFieldName('body');
  const returns = body ? findBelow(body, (n) => n.type === 'return_statement' && enclosingFuncNode(n)?.id === fn.node.id) : [];
  return returns.length > 0 && returns.every((r) => {
    const values = listItems(r.namedChild(0));
    const v = values[0];
    return values.length === 1 && v !== undefined && unparen(v).type === 'nil';
  });
}

/** `require.NoError(t, err)` (or `s.Require().NoError(err)`) ending the goroutine at `w`: the error it checks. */
function checkedError(w: Witness): Node | undefined {
  const err = noErrorArgument(w);
  return err?.type === 'identifier' ? err : undefined;
}

/**
 * `err = s.ReSync(ctx, ch); require.NoError(t, err); <-ch` for a callee whose way out at `w` returns a non-nil error
 * (`return err` under `if err != nil`, or `return fmt.Errorf(…)`): the receiver, called synchronously, gets that error
 * and stops on it before it waits (a failing check, or `if err != nil { return … }`), so that way out never strands
 * the receive.
 */
function errorReturnChecked(w: Witness, sender: Body, receiver: Body, recv: ChanOp): boolean {
  const call = sender.sync ? sender.callSite : undefined;
  if (!call || w.kind !== 'return' || w.node.type !== 'return_statement' || sender.fn === receiver.fn) return false;
  // The error returned: the last result, known not nil.
  const last = listItems(w.node.namedChild(0)).at(-1);
  const r = last ? unparen(last) : undefined;
  const made = r?.type === 'call_expression' && MADE_ERROR.test(calleeText(r) ?? '');
  const isNotNil = (cond: Node | null, x: string) => !!cond && nilTestOperand(unparen(cond), '!=')?.text === x;
  const guard = r?.type === 'identifier' ? ifTaken(w.node, (p) => p.id === sender.block.id) : undefined;
  if (!made && !(guard && isNotNil(guard.childForFieldName('condition'), r!.text))) return false;
  // The caller keeps that error in a variable: `err = call`, `x, err := call`.
  const list = parentSkippingParens(call);
  const assign = list?.type === 'expression_list' ? list.parent : undefined;
  if ((assign?.type !== 'assignment_statement' && assign?.type !== 'short_var_declaration') || list!.namedChildCount !== 1) return false;
  const e = listItems(assign.childForFieldName('left')).at(-1);
  if (e?.type !== 'identifier' || e.text === '_') return false;
  // A statement after it, before the receive and in the same list, that stops on that error; nothing writes it between.
  if (!contains(receiver.block, assign)) return false;
  for (let st = assign.nextNamedSibling; st && st.startIndex < recv.node.startIndex; st = st.nextNamedSibling) {
    if (contains(st, recv.node)) return false;
    if (st.type === 'assignment_statement' || st.type === 'short_var_declaration') {
      if (listItems(st.childForFieldName('left')).some((x) => x?.text === e.text)) return false;
    }
    const end = st.type === 'expression_statement' ? callEnd(st) : undefined;
    const checks = end !== undefined && end !== 'process' ? st.namedChild(0) : null;
    if (checks?.type === 'call_expression' && /\.(NoError|Nil)$/.test(calleeText(checks) ?? '') && checkArguments(checks)[0]?.text === e.text) return true;
    if (st.type === 'if_statement' && !st.childForFieldName('initializer') && isNotNil(st.childForFieldName('condition'), e.text)) {
      const last = blockStatements(st.childForFieldName('consequence')).at(-1);
      if (last && isWayOut(last)) return true;
    }
  }
  return false;
}

/** Calls that make a new, non-nil error. */
const MADE_ERROR = /^(fmt\.Errorf|errors\.(New|Wrap|Wrapf|Join|Errorf))$/;

/**
 * `if err != nil { errs <- err; return }`: a sender whose short path ends by telling its error on this very channel,
 * against a receiver that stops on a non-nil error where it takes that value (`require.NoError(t, <-errs)`, another
 * library's assertion that the value is nil, `if err := <-errs; err != nil { t.Fatal(err) }`): the receiver has left
 * before the receive that would wait for the values the sender did not send. `min` is the short path's count: the
 * error is the min-th value, taken by the receives with min - 1 before them.
 */
function errorToldOnChannel(w: Witness, sender: Body, receiver: Body, recvs: ChanOp[], sends: readonly ChanOp[], min: number, make: Node): boolean {
  if (w.kind !== 'return' || min < 1) return false;
  const prev = statementBefore(w.node);
  if (!prev || !sends.some((o) => o.kind === 'send' && o.body === sender && o.node.id === prev.id) || !errorThenReturn(prev, sender)) return false;
  const nodes = recvs.map((o) => o.node);
  const taking = recvs.filter((o) => maxCountBefore(receiver.block, nodes, o.node, make) === min - 1);
  return taking.length > 0 && taking.every((o) => stopsOnError(o.node));
}

/**
 * Does the receiver stop when the receive `recv` (`<-errs`) gets a non-nil error: a check of it that ends the test's
 * goroutine then (`require.NoError(t, <-errs)`), or `err := <-errs` (`err = <-errs`, `if err := <-errs; …`) followed
 * by such a check of err or by `if err != nil { … }` that returns or ends the goroutine?
 */
function stopsOnError(recv: Node): boolean {
  let e = recv;
  while (e.parent?.type === 'parenthesized_expression') e = e.parent;
  const p = e.parent;
  if (p?.type === 'argument_list' && p.parent?.parent?.type === 'expression_statement') return nilCheckStops(p.parent.parent, e.text);
  const st = p?.type === 'expression_list' ? p.parent : undefined;
  if ((st?.type !== 'short_var_declaration' && st?.type !== 'assignment_statement') || st.childForFieldName('right')?.id !== p!.id || p!.namedChildCount !== 1) return false;
  const left = listItems(st.childForFieldName('left'));
  const err = left.length === 1 ? left[0] : undefined;
  if (err?.type !== 'identifier' || err.text === '_') return false;
  const ifs = st.parent?.type === 'if_statement' && st.parent.childForFieldName('initializer')?.id === st.id ? st.parent : statementAfter(st);
  if (ifs?.type === 'if_statement' && (ifs.id === st.parent?.id || !ifs.childForFieldName('initializer'))) {
    const cond = unparen(ifs.childForFieldName('condition')!);
    const last = blockStatements(ifs.childForFieldName('consequence')).at(-1);
    return nilTestOperand(cond, '!=')?.text === err.text && !!last && (last.type === 'return_statement' || isTerminatingCall(last));
  }
  return ifs?.type === 'expression_statement' && nilCheckStops(ifs, err.text);
}

/** Checks that a value is nil, by method name: testify's `require` (and a suite's `Require()`), gotest.tools' `NilError`. */
const NIL_CHECK = /^(NoError|NilError|Nil)f?$/;
/** Checkers of another library's assertion that a value is nil: `test.That(t, err, test.ShouldBeNil)`, gocheck's `IsNil`. */
const NIL_CHECKER = /(^|\.)(ShouldBeNil|IsNil)$/;

/**
 * Does the call statement `stmt`, which checks the value written `checked` (one of its arguments), end the test's
 * goroutine when that value is a non-nil error? `t.Fatal(…)` always does; `require.NoError(t, v)`,
 * `s.Require().NoError(v)`, gocheck's `c.Assert(v, IsNil)` when it is not nil; so does an assertion of another
 * package given the test handle that checks for nil (`test.That(t, v, test.ShouldBeNil)`, gotest.tools'
 * `assert.NilError(t, v)`), whose source is not read. testify's `assert.NoError` goes on.
 */
function nilCheckStops(stmt: Node, checked: string): boolean {
  const call = stmt.namedChild(0);
  if (call?.type !== 'call_expression') return false;
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null);
  if (!args.some((a) => unparen(a).text === checked)) return false;
  const end = callEnd(stmt);
  if (end === 'goroutine') return true;
  const f = unparen(call.childForFieldName('function')!);
  const method = f.type === 'selector_expression' ? f.childForFieldName('field')?.text ?? '' : '';
  if (end === 'maybe-goroutine') {
    // gocheck's `c.Assert(v, IsNil)` checks its first argument; the others (`require.NoError(t, v)`) the one after the handle.
    if (method === 'Assert') return args.some((a) => NIL_CHECKER.test(a.text)) && unparen(args[0]).text === checked;
    const first = checkArguments(call)[0];
    return NIL_CHECK.test(method) && first !== undefined && unparen(first).text === checked;
  }
  if (end !== undefined || f.type !== 'selector_expression') return false;
  const pkg = unparen(f.childForFieldName('operand')!);
  if (pkg.type !== 'identifier' || !importsPackage(stmt.tree.rootNode, pkg.text) || !args.some(isTestHandle)) return false;
  if (pkg.text === 'assert') return method === 'NilError';
  return NIL_CHECK.test(method) || args.some((a) => NIL_CHECKER.test(a.text));
}

function knowableExit(w: Witness, sender: Body, receiver: Body, recv: ChanOp, chanOps: ChanOp[], index?: PackageIndex): boolean {
  if (errorReturnChecked(w, sender, receiver, recv)) return false;
  if (w.kind === 'if' && alwaysTakenServeCheck(w.node)) return false;
  // `require.NoError(t, s.Stop())` for a package function whose one result, an error, is nil in every return.
  const direct = checkedCall(w);
  if (direct && index && onlyNilError(direct, sender, index)) return false;
  const checked = checkedError(w);
  // A test check failing in a goroutine the test started (`require.NoError(t, err)`, `if err != nil { t.Fatal(err) }`
  // inside `go func(){…}()`): the check is what the test expects to pass, and calling FailNow off the test's
  // goroutine is what go vet's testinggoroutine and testifylint's go-require report. It is a way out only when the
  // receiver itself makes the checked call fail before it waits: it closes, stops or cancels a value the call is
  // given (`r.Close()` before `<-got` for `io.ReadAll(r)`; `cancel()` of the ctx given to `w.Run(ctx)`).
  if (sender.kind === 'go' && w.kind === 'return' && w.node.type === 'expression_statement' && isTestFailureExit(w.node) && callEnd(w.node) !== 'process') {
    if (checked) return !failsOnlyOnceClosed(checked, w.node, sender, receiver, recv, index) && provokedByReceiver(checked, w.node, sender, receiver, recv);
    const decided = decidingCondition(w, sender);
    const tested = decided ? decided.conds.flatMap((c) => errorTests(c).tested) : [];
    return tested.some((x) => provokedByReceiver(x, decided!.at, sender, receiver, recv));
  }
  if (checked) return !failsOnlyOnceClosed(checked, w.node, sender, receiver, recv, index);
  const decided = decidingCondition(w, sender);
  if (!decided) return true;
  const { at, conds } = decided;
  if (toldFirst(conds, at, w.node, sender, receiver, recv)) return false;
  if (learnedFirst(conds, at, sender, receiver, recv)) return false;
  const errs = conds.map(errorTests);
  // `if ch != nil { ch <- v }`: the channel was made, so the branch that skips the send is never taken.
  const chanNames = new Set(chanOps.map((o) => sentOrClosedChannel(o)?.text));
  // Only when the channel's own nil check is the whole test: `if ch != nil && err == nil` is decided by err too.
  const tested = errs.flatMap((e) => e.tested);
  if (tested.some((x) => x.type === 'identifier' && chanNames.has(x.text)) && tested.every((x) => x.type === 'identifier' && chanNames.has(x.text))) return false;
  if (errs.some((e) => e.any)) {
    return !errs.flatMap((e) => e.tested).some((x) => failsOnlyOnceClosed(x, at, sender, receiver, recv, index));
  }
  for (const c of conds) {
    if (findBelow(c, opaqueCall, true).length > 0) return false;
    for (const id of findBelow(c, (n) => n.type === 'identifier')) {
      const value = sourceValue(id, sender, at);
      if (value && opaqueCall(value)) return false;
    }
  }
  return true;
}

/**
 * The value whose failure makes `call` fail: the operand of a method call on a local (`conn, err := ln.Accept()`);
 * the one local argument of another package's function (`buf, err := io.ReadAll(r)`); or the argument of a package
 * helper that fails only through such a method call on its parameter (`mock, err := accept(t, ln)`).
 */
function failingValue(call: Node, caller: Body, index?: PackageIndex): Node | undefined {
  const f = unparen(call.childForFieldName('function')!);
  if (f.type !== 'selector_expression') return index ? failingArgument(call, caller, index) : undefined;
  const operand = unparen(f.childForFieldName('operand')!);
  const res = caller.fn.resolution();
  if (operand.type !== 'identifier' || res.declOf(operand) || !importsPackage(call.tree.rootNode, operand.text)) {
    return WAITS_FOR_PEER.test(f.childForFieldName('field')?.text ?? '') ? operand : undefined;
  }
  if (!READS_FROM.test(calleeText(call) ?? '')) return undefined;
  const locals = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a?.type === 'identifier' && res.declOf(a));
  return locals.length === 1 ? locals[0]! : undefined;
}

/**
 * Methods that wait for the other side (a connection, data) and fail when the value is closed meanwhile:
 * `Accept`, `Read…`, `Recv…`, `Receive…`. Other methods fail for reasons of their own (a parse error).
 */
const WAITS_FOR_PEER = /^(Accept|Read|Recv|Receive)\w*$/;

/** Package functions that read a reader until they have enough: `io.ReadAll(r)`, `io.ReadFull(r, b)`, `io.Copy(w, r)`. */
const READS_FROM = /^(io|ioutil)\.(ReadAll|ReadFull|ReadAtLeast|Copy|CopyN)$/;

/** Where a local's value is an in-process endpoint: an end of `net.Pipe()`, or a listener from `net.Listen*`. */
const IN_PROCESS_ENDPOINT = /^net\.(Pipe|Listen|ListenTCP|ListenUnix)$/;

/**
 * Can calls on `decl` fail only when it is closed, and is it never closed? An end of `net.Pipe()` or a listener
 * (`net.Listen`) that its function declares, whose every use is a method call (not `Close`, `Shutdown`, `Stop` or a
 * deadline) or the failing call itself, handed to nothing else: a read gets io.EOF (not an error) when the other end
 * closes, Accept waits for a connection, so the error exit never comes. With `closable`, closing it is allowed
 * (the question is then only whether it is an endpoint no one else can close or time out).
 */
function neverFails(decl: Decl, failing: Node, caller: Body, index?: PackageIndex, closable = false): boolean {
  if (decl.kind !== 'var') return false;
  // Every value it is given is an endpoint: `r, w := net.Pipe()`, `r, w = net.Pipe()` for each round of a loop,
  // `cl, r, w := newTestClient()` for a helper that returns one.
  const isEndpoint = (id: Node) => {
    const stmt = id.parent?.parent;
    const v = valueSetting(stmt, decl.name);
    if (v?.type !== 'call_expression') return false;
    if (IN_PROCESS_ENDPOINT.test(calleeText(v) ?? '')) return true;
    const at = listItems(stmt!.childForFieldName('left')).findIndex((x) => x?.id === id.id);
    return index !== undefined && returnsEndpoint(v, at, caller, index);
  };
  // `var l net.Listener` given its value later (`if l, err = newListener(); err != nil { … }`): by those writes.
  const bare = decl.node.parent?.type === 'var_spec' && !decl.node.parent.childForFieldName('value');
  if (bare ? !decl.refs.some((r) => writeOf(r)) : !isEndpoint(decl.node)) return false;
  return decl.refs.every((r) => {
    if (r.id === failing.id) return true;
    if (writeOf(r)) return isEndpoint(r);
    const sel = r.parent;
    if (sel?.type !== 'selector_expression' || sel.childForFieldName('operand')?.id !== r.id || sel.parent?.type !== 'call_expression') return false;
    return !(closable ? /^Set\w*Deadline$/ : /^(Close|Shutdown|Stop|Set\w*Deadline)$/).test(sel.childForFieldName('field')?.text ?? '');
  });
}

/**
 * Does the package function `call` calls return an in-process endpoint as its result `at`: a helper such as
 * `func pipe() (c *Client, r net.Conn, w net.Conn) { r, w = net.Pipe(); …; return }` whose every return gives
 * back a variable set once by `net.Pipe()` / `net.Listen…` and nothing else?
 */
function returnsEndpoint(call: Node, at: number, caller: Body, index: PackageIndex): boolean {
  const callee = index.callee(call, caller.fn.resolution());
  if (at < 0 || !callee?.usable || callee.recvType) return false;
  const res = callee.resolution();
  const named = (callee.node.childForFieldName('result')?.namedChildren ?? []).flatMap((p) => (p?.type === 'parameter_declaration' ? p.childrenForFieldName('name') : []));
  let decl: Decl | undefined;
  for (const ret of findBelow(callee.node.childForFieldName('body')!, (n) => n.type === 'return_statement')) {
    const items = listItems(ret.namedChild(0));
    const x = items.length === 0 ? named[at] : items[at];
    // `return nil, err`: no endpoint at all, and the caller that checks the error does not go on with it.
    if (x?.type === 'nil') continue;
    const d = x?.type !== 'identifier' ? undefined : items.length === 0 ? res.decls.find((c) => c.node.id === x.id) : res.declOf(x);
    if (!d || (decl && d !== decl)) return false;
    decl = d;
  }
  if (!decl) return false;
  // Set once, by the endpoint's constructor: at its declaration (`r, w := net.Pipe()`) or, for a named result,
  // by the one assignment (`r, w = net.Pipe()`).
  const sets = [...(decl.kind === 'result' ? [] : [decl.node]), ...decl.refs.filter((r) => writeOf(r))];
  const v = sets.length === 1 ? valueSetting(sets[0].parent?.parent, decl.name) : undefined;
  return v?.type === 'call_expression' && IN_PROCESS_ENDPOINT.test(calleeText(v) ?? '');
}

/**
 * For a call of a package function whose every non-nil error result comes from one method call on one of its
 * parameters (`conn, err := ln.Accept(); if err != nil { return nil, err }`), the argument passed for that parameter.
 */
function failingArgument(call: Node, caller: Body, index: PackageIndex): Node | undefined {
  const callee = index.callee(call, caller.fn.resolution());
  if (!callee?.usable || callee.recvType) return undefined;
  const res = callee.resolution();
  let param: number | undefined;
  for (const ret of findBelow(callee.node.childForFieldName('body')!, (n) => n.type === 'return_statement')) {
    if (enclosingFuncNode(ret)?.id !== callee.node.id) continue;
    const items = listItems(ret.namedChild(0));
    const last = items[items.length - 1];
    if (!last || last.type === 'nil') continue;
    const d = last.type === 'identifier' ? res.declOf(last) : undefined;
    const v = d ? valueSetting(d.node.parent?.parent, last.text) : undefined;
    const g = v?.type === 'call_expression' ? unparen(v.childForFieldName('function')!) : undefined;
    const p = g?.type === 'selector_expression' && WAITS_FOR_PEER.test(g.childForFieldName('field')?.text ?? '') ? unparen(g.childForFieldName('operand')!) : undefined;
    const pd = p?.type === 'identifier' ? res.declOf(p) : undefined;
    if (!pd || pd.kind !== 'param' || (param !== undefined && param !== pd.index)) return undefined;
    param = pd.index;
  }
  return param === undefined ? undefined : (call.childForFieldName('arguments')?.namedChild(param) ?? undefined);
}

/**
 * `for { select { case msg := <-reqs: … msg.errc <- err } }`: every send in `loop` goes to the field of a value
 * bound inside the loop (a new one each iteration), so each value gets one iteration's sends at most.
 */
function freshPerIteration(loop: Node, mine: ChanOp[], b: Body): boolean {
  const inLoop = mine.filter((o) => contains(loop, o.node));
  return (
    inLoop.length > 0 &&
    inLoop.every((o) => {
      const ch = o.node.childForFieldName('channel');
      const sel = ch && unparen(ch);
      const x = sel?.type === 'selector_expression' ? unparen(sel.childForFieldName('operand')!) : undefined;
      const d = x?.type === 'identifier' ? b.fn.resolution().declOf(x) : undefined;
      return d !== undefined && contains(loop, d.node);
    })
  );
}

/** Is `n` in a loop that is itself inside a select case (a drain on the way out)? */
function drainLoop(n: Node, block: Node): boolean {
  let loop = false;
  for (let p = n.parent; p && p.id !== block.id; p = p.parent) {
    if (p.type === 'for_statement') loop = true;
    else if (loop && (p.type === 'communication_case' || p.type === 'default_case')) return true;
  }
  return false;
}

/**
 * `for errc == nil { select { case errc = <-quit: } }`: the receive assigns a variable that the condition of an
 * enclosing loop tests, so receiving is how that loop ends.
 */
function endsLoop(stmt: Node, recv: Node): boolean {
  const left = stmt.type === 'receive_statement' || stmt.type === 'assignment_statement' ? stmt.childForFieldName('left') : null;
  if (!left || !contains(stmt, recv)) return false;
  const names = new Set(left.namedChildren.filter((n): n is Node => n?.type === 'identifier').map((n) => n.text));
  for (let p = stmt.parent; p; p = p.parent) {
    if (p.type === 'func_literal' || p.type === 'function_declaration' || p.type === 'method_declaration') return false;
    if (p.type !== 'for_statement') continue;
    const cond = p.namedChildren.find((c) => c?.type !== 'block' && c?.type !== 'comment' && c?.type !== 'range_clause');
    const ids = cond ? [cond, ...cond.descendantsOfType('identifier')].filter((n): n is Node => n?.type === 'identifier') : [];
    if (ids.some((n) => names.has(n.text))) return true;
  }
  return false;
}

/**
 * Can the goroutine running `block` stop receiving from a channel for a reason other than a receive from it that
 * tells it to stop? A receive followed in its own statement list by a return (`case <-s.stop: return`,
 * `<-quit; return`) is the channel's own shutdown protocol; any other way out (another select case, a return
 * on an error, the end of a loop that can finish) leaves later sends with no receiver. Returns that way out.
 */
/** `return`, or `break label` (out of the serving loop): a plain `break` only leaves a select or switch. */
function leavesLoop(n: Node): boolean {
  return n.type === 'return_statement' || (n.type === 'break_statement' && n.namedChildCount > 0);
}

/** leavesLoop, or a plain `break` whose innermost breakable statement is a loop (not a select or switch). */
function breaksLoop(n: Node): boolean {
  if (leavesLoop(n)) return true;
  if (n.type !== 'break_statement') return false;
  for (let p = n.parent; p && !isFuncNode(p); p = p.parent) {
    if (p.type === 'for_statement') return true;
    if (p.type === 'select_statement' || p.type === 'expression_switch_statement' || p.type === 'type_switch_statement') return false;
  }
  return false;
}

/** `ctx.Done()` or `s.ctx.Done()`: a context's done channel. */
function contextDone(u: Node): boolean {
  const f = u.type === 'call_expression' ? u.childForFieldName('function') : null;
  const x = f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Done' ? unparen(f.childForFieldName('operand')!) : undefined;
  const name = x?.type === 'selector_expression' ? x.childForFieldName('field')?.text : x?.type === 'identifier' ? x.text : undefined;
  return name !== undefined && /^ctx$/i.test(name);
}

/**
 * A test of a suite (testify's `suite.Suite`, gocheck): a method named `Test…` in a `_test.go` file. The framework
 * runs it between the suite's set-up and tear-down, as `go test` runs a `TestXxx` function, not as an API that any
 * caller may call after the value it drives is stopped.
 */
function suiteTestMethod(fn: FuncInfo): boolean {
  return fn.recvType !== undefined && /^Test($|[^\p{Ll}])/u.test(fn.name) && fn.file.path.endsWith('_test.go');
}

/**
 * A test that cancels its contexts itself: code in a `_test.go` file whose function takes no context and makes
 * none that ends on its own (`context.WithTimeout`, `WithDeadline`). A context it hands to the value it drives is
 * done only when the test says so (`defer cancel()`, or a `cancel()` it writes), so it shows in its own order when
 * it stops the value, as with a `Close`.
 */
function testOwnsItsContexts(b: Body): boolean {
  if (!b.file.path.endsWith('_test.go') || (b.fn.recvType && !suiteTestMethod(b.fn))) return false;
  // The functions around the sending code, from the test down to the literal that sends (`t.Run(…, func(…) {…})`).
  const scopes: Node[] = [];
  for (let p: Node | null = b.block; p; p = p.parent) if (isFuncNode(p)) scopes.push(p);
  if (scopes.some((f) => /\bcontext\.Context\b/.test(f.childForFieldName('parameters')?.text ?? ''))) return false;
  const res = b.fn.resolution();
  // Contexts made in those functions (one made in a literal that does not send is that literal's).
  for (const c of scopes.flatMap(contextCalls)) {
    // One that ends on its own, or whose cancel goes elsewhere (`reporter{cancel: cancel}`): not the test's alone.
    if (/^context\.With(?:Timeout|Deadline)(?:Cause)?$/.test(c.childForFieldName('function')!.text)) return false;
    const d = cancelOf(c, res);
    if (d && d.refs.some((r) => !(r.parent?.type === 'call_expression' && r.parent.childForFieldName('function')?.id === r.id))) return false;
  }
  return true;
}

/**
 * The value's own shutdown signal, received in a select case: a field of it (`<-s.quit`), the Done method of a
 * field (`<-s.cg.Done()`), or a signal a field hands out and the case only waits for, taking no value
 * (`case <-s.sig.SoftStopChan():`; an error channel's value would be read); not a context from outside
 * (`<-ctx.Done()`), which others may cancel at any time.
 */
function ownSignal(u: Node, comm: Node): boolean {
  if (u.type === 'selector_expression') return fieldSignal(u);
  const f = u.type === 'call_expression' ? u.childForFieldName('function') : null;
  if (f?.type !== 'selector_expression' || unparen(f.childForFieldName('operand')!).type !== 'selector_expression') return false;
  if (f.childForFieldName('field')?.text === 'Done') return true;
  return !comm.childForFieldName('left') && u.childForFieldName('arguments')?.namedChildCount === 0;
}

/** `s.quit`: a field of a local (not of a context, `ctx.done`), the value's own signal when received. */
function fieldSignal(u: Node): boolean {
  const x = u.type === 'selector_expression' ? unparen(u.childForFieldName('operand')!) : undefined;
  return x?.type === 'identifier' && !/^ctx$/i.test(x.text);
}

/** `!ok` or `ok == false`, for `ok` the receive's flag as `isOk` tells it: true only when the channel is closed. */
function testsClosed(c: Node, isOk: (n: Node) => boolean): boolean {
  const u = unparen(c);
  if (u.type === 'unary_expression' && u.childForFieldName('operator')?.text === '!') return isOk(u.childForFieldName('operand')!);
  return u.type === 'binary_expression' && u.childForFieldName('operator')?.text === '==' && isOk(u.childForFieldName('left')!) && u.childForFieldName('right')?.text === 'false';
}

/**
 * The ways out of a case `case v, ok := <-s.in:` taken only when the channel was found closed: those in the branch of
 * `if !ok { … }` (maybe `&& more`, or `ok == false`) among its statements.
 */
function closedFieldExits(c: Node): Node[] {
  const comm = c.childForFieldName('communication');
  const left = comm?.type === 'receive_statement' ? listItems(comm.childForFieldName('left')) : [];
  const ok = left.length === 2 && left[1]?.type === 'identifier' ? left[1].text : undefined;
  if (!ok) return [];
  const closedOnly = (x: Node) => testsClosed(x, (n) => unparen(n).text === ok);
  return caseStatements(c)
    .filter((st) => st.type === 'if_statement' && !st.childForFieldName('initializer') && conjuncts(st.childForFieldName('condition')!).some(closedOnly))
    .flatMap((st) => findBelow(st.childForFieldName('consequence')!, breaksLoop));
}

function stopsReceiving(
  block: Node,
  receives: ChanOp[],
  silent: readonly Node[],
  closes: readonly Node[],
  shutdownToo = false,
  contextToo = false,
  signals: ReadonlySet<string> = new Set(),
): Witness | undefined {
  // A way out through a close of the channel (`case banned: close(s.events); return`) leaves a late send to panic on
  // the closed channel; it does not block.
  const own: Node[] = [...closes];
  // With shutdownToo, leaving on the value's own shutdown signal (`case <-s.quit: return`, `case <-s.cg.Done():
  // break out`) counts as the protocol as well: only other ways out are giving up. With contextToo, so does
  // leaving when its context is done (`case <-ctx.Done(): return`), for a sender that cancels its contexts itself.
  if (shutdownToo) {
    for (const c of findBelow(block, (n) => n.type === 'communication_case')) {
      const operand = communicationReceiveOperand(c.childForFieldName('communication'));
      const u = operand && unparen(operand);
      const own0 = u && (ownSignal(u, c.childForFieldName('communication')!) || (u.type === 'identifier' && signals.has(u.text)));
      if (u && (own0 || (contextToo && contextDone(u))) && caseStatements(c).some(leavesLoop)) own.push(c.childForFieldName('communication')!);
      // `case sp, ok := <-s.incoming: if !ok { return }`: leaving when another channel of the value is closed is its
      // shutdown too (the owner closes its inputs to stop it).
      if (u && fieldSignal(u)) own.push(...closedFieldExits(c));
    }
  }
  for (const o of receives) {
    let stmt: Node | null = o.node;
    while (stmt && stmt.parent && stmt.parent.type !== 'statement_list' && stmt.parent.type !== 'block' && stmt.parent.type !== 'communication_case') stmt = stmt.parent;
    if (!stmt?.parent) continue;
    const list = stmt.parent;
    const after = list.type === 'communication_case' ? caseStatements(list) : list.namedChildren.filter((c): c is Node => c !== null && c.startIndex >= stmt!.endIndex);
    const mark = list.type === 'communication_case' ? (list.childForFieldName('communication') ?? stmt) : stmt;
    if (after.some(leavesLoop) || endsLoop(mark, o.node)) own.push(mark);
  }
  // `v, ok := <-ch; if !ok { return }`: leaving when the channel is closed is its own protocol too (a send after
  // the close panics; it does not block).
  for (const o of receives) {
    const okRefs = new Set([...(o.okDecl?.refs ?? []), ...(o.okFlags ?? []).flatMap((f) => f.refs)].map((r) => r.id));
    if (okRefs.size === 0) continue;
    // Only a branch that runs when the channel is closed and not otherwise: `if !ok { … }` (maybe `&& more`), or
    // the else of `if ok { … }`; `if !ok || v < 0 { break }` leaves on a value too.
    const isOk = (n: Node) => okRefs.has(unparen(n).id);
    const closedOnly = (c: Node) => testsClosed(c, isOk);
    for (const ifs of findBelow(block, (n) => n.type === 'if_statement')) {
      const cond = ifs.childForFieldName('condition');
      if (!cond) continue;
      if (conjuncts(cond).some(closedOnly)) own.push(...findBelow(ifs.childForFieldName('consequence')!, breaksLoop));
      const alt = ifs.childForFieldName('alternative');
      if (alt && isOk(cond)) own.push(...findBelow(alt, breaksLoop));
    }
    // `for !stop { … case v, open := <-ch: if open { … } else { stop = true } }`: a loop that runs on a flag set
    // only where the channel was found closed (in a branch on `ok`) ends only then.
    // Each side of `for fast || slow` is such a flag too: the loop ends only once both are false.
    const loop = enclosingLoop(o.node, block);
    if (!loop) continue;
    for (const flag of loopFlags(loop)) {
      const body = loop.childForFieldName('body')!;
      const sets = findBelow(body, (n) => n.type === 'identifier' && n.text === flag.name && writeOf(n) !== undefined).map((r) => r.parent?.parent);
      // In the branch of `if ok` / `if !ok` taken when the channel is closed: the else of `if ok`, the body of `if !ok`.
      const onClose = (st: Node | null | undefined): st is Node => {
        if (st?.type !== 'assignment_statement' || st.childForFieldName('right')?.text !== flag.exit) return false;
        for (let p = st.parent, child: Node = st; p && p.id !== loop.id; child = p, p = p.parent) {
          if (p.type !== 'if_statement') continue;
          const cond = unparen(p.childForFieldName('condition')!);
          const negated = cond.type === 'unary_expression' && cond.childForFieldName('operator')?.text === '!';
          const x = negated ? unparen(cond.childForFieldName('operand')!) : cond;
          if (!okRefs.has(x.id)) continue;
          const inConsequence = p.childForFieldName('consequence')?.id === child.id;
          return negated === inConsequence;
        }
        return false;
      };
      if (sets.length > 0 && sets.every(onClose)) own.push(...sets.filter(onClose));
    }
  }
  // A receive in a loop inside a case (`case <-quit: for ; active > 0; active-- { <-done }`), or a range, drains
  // the channel on the way out: leaving that way is a protocol, not giving up.
  // So does a loop after the serving loop that keeps receiving (`for len(peers) > 0 { <-srv.delpeer }`).
  const top = blockStatements(block);
  const topOf = (n: Node) => top.findIndex((st) => contains(st, n));
  const isLoop = (st: Node) => st.type === 'for_statement' || (st.type === 'labeled_statement' && st.namedChildren.some((c) => c?.type === 'for_statement'));
  const serving = receives.map((o) => topOf(o.node)).filter((i) => i >= 0 && isLoop(top[i]));
  const first = serving.length ? Math.min(...serving) : -1;
  // So does a quit handshake after it (`if errc == nil { errc = <-db.quit }`, or the receive alone): the loop may end
  // on an error of its own, and the goroutine still takes the request that stops it.
  const handshake = (o: ChanOp, st: Node) => {
    const own = statementOf(o.node);
    if (o.kind !== 'recv' || !own) return false;
    if (own.id === st.id) return true;
    const c = st.type === 'if_statement' && !st.childForFieldName('alternative') && !st.childForFieldName('initializer') ? unparen(st.childForFieldName('condition')!) : undefined;
    return !!c && nilTestOperand(c, '==') !== undefined && blockStatements(st.childForFieldName('consequence')).some((x) => x.id === own.id);
  };
  for (const o of receives) {
    const at = topOf(o.node);
    const afterLoop = first >= 0 && at > first && (enclosingLoop(o.node, block) !== undefined || handshake(o, top[at]));
    if (o.kind === 'range' || drainLoop(o.node, block) || afterLoop) own.push(o.node);
  }
  // A case on a channel nothing ever sends on or closes cannot win.
  const s = minCount(block, { nodes: [], infinite: own, impossibleCase: (comm) => silent.some((n) => contains(comm, n)) });
  if (s.min !== 0 || !s.witness) return undefined;
  // Nothing is counted here, so a case that receives from the channel itself and then leaves ties with the others:
  // it comes after a value was taken, and is not where the loop can also stop (`case c := <-s.interrupt: …; return`).
  if (s.witness.also) s.witness = { ...s.witness, also: s.witness.also.filter((n) => !receives.some((o) => contains(n, o.node))) };
  // The case that receives from the channel itself is not why it stops: another case of the same select that leaves
  // without taking a value on something other than the value's own stop signal is (`case <-ctx.Done(): return`
  // beside `case <-s.reqs: …; if … { return }`), else a return inside that case, which comes only after a value was
  // taken.
  const w = s.witness;
  if (w.kind === 'select' && receives.some((o) => contains(w.node, o.node))) {
    const leavesOnOther = (c: Node) => {
      const comm = c.childForFieldName('communication');
      const u = communicationReceiveOperand(comm);
      return !!comm && !!u && !ownSignal(unparen(u), comm) && caseStatements(c).some(leavesLoop);
    };
    const other = w.node.parent?.parent?.namedChildren.find(
      (c): c is Node =>
        c?.type === 'communication_case' &&
        c.id !== w.node.parent!.id &&
        !receives.some((o) => contains(c, o.node)) &&
        !own.some((n) => contains(c, n)) &&
        !silent.some((n) => contains(c, n)) &&
        leavesOnOther(c),
    );
    if (other) return { node: other.childForFieldName('communication') ?? other, kind: 'select' };
    const ret = findBelow(w.node.parent!, (n) => n.type === 'return_statement', true)[0];
    return ret ? { node: ret, kind: 'return' } : undefined;
  }
  return w;
}

/**
 * The outermost loop around `n` in body `b` when every loop around it is counted (a three-clause loop with a
 * condition, or a range over a value that is not a channel: `for range n`, `for _, f := range files`); undefined
 * when `n` is in no loop or in one that is not counted.
 */
function countedLoopsAround(n: Node, b: Body): Node | undefined {
  let outer: Node | undefined;
  for (let l = enclosingLoop(n, b.block); l; l = enclosingLoop(l, b.block)) {
    if (!countedLoop(l, b)) return undefined;
    outer = l;
  }
  return outer;
}

function countedLoop(loop: Node, b: Body): boolean {
  const h = loopHeader(loop);
  if (h?.type === 'for_clause') return !!h.childForFieldName('condition') && !!h.childForFieldName('update');
  if (h?.type !== 'range_clause') return false;
  const over = unparen(h.childForFieldName('right')!);
  if (over.type === 'int_literal') return true;
  if (over.type !== 'identifier') return false;
  // A local or parameter declared with a type that is not a channel's (`n int`, `files []string`).
  const d = b.fn.resolution().declOf(over);
  const t = d?.node.parent?.type === 'parameter_declaration' || d?.node.parent?.type === 'var_spec' ? d.node.parent.childForFieldName('type') : undefined;
  if (!t) return false;
  if (t.type === 'type_identifier') return BASIC_TYPES.has(t.text);
  return t.type === 'slice_type' || t.type === 'array_type' || t.type === 'map_type';
}

const BASIC_TYPES = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'string']);

/**
 * A receive from a field of a value its body has just received from another channel (`case req := <-c.pauses:` or
 * `req := <-c.pauses`, then `<-req.done`), as a statement of the list that received it, with nothing between that
 * can leave the list (a return, break, continue, goto, or a select or loop that may hold one): once the value is
 * taken, the body waits for that channel.
 */
function waitsRightAfterTaking(o: ChanOp): boolean {
  if (o.kind !== 'recv' || o.guarded) return false;
  const st = o.node.parent;
  if (st?.type !== 'expression_statement' && !(st?.type === 'expression_list' && st.parent?.type === 'short_var_declaration')) return false;
  const stmt = st.type === 'expression_statement' ? st : st.parent!;
  const sel = unparen(o.node.childForFieldName('operand')!);
  const x = sel.type === 'selector_expression' ? unparen(sel.childForFieldName('operand')!) : undefined;
  const d = x?.type === 'identifier' ? o.body.fn.resolution().declOf(x) : undefined;
  if (!d || d.refs.some((r) => writeOf(r) === 'write')) return false;
  // Declared by the receive that takes the value: a case's `req := <-ch`, or a statement `req := <-ch`.
  const taking = d.node.parent?.type === 'expression_list' ? d.node.parent.parent : undefined;
  const right = taking?.childForFieldName('right');
  const value = right?.type === 'expression_list' && right.namedChildCount === 1 ? right.namedChild(0) : right;
  if (!taking || !value || !receiveOperand(unparen(value))) return false;
  const holder = statementHolder(stmt);
  let list: Node[];
  let from: number;
  if (taking.type === 'receive_statement' && taking.parent?.type === 'communication_case') {
    if (holder?.id !== taking.parent.id) return false;
    list = caseStatements(taking.parent);
    from = 0;
  } else if (taking.type === 'short_var_declaration' && statementHolder(taking)?.id === holder?.id && holder) {
    list = holderStatements(holder);
    from = list.findIndex((n) => n.id === taking.id) + 1;
    if (from === 0) return false;
  } else return false;
  const at = list.findIndex((n) => n.id === stmt.id);
  if (at < from) return false;
  const leaves = (c: Node) => isWayOut(c) || c.type === 'continue_statement' || c.type === 'select_statement' || c.type === 'for_statement';
  return list.slice(from, at).every((n) => findBelow(n, leaves, true).length === 0);
}

/** Is `op` inside a select case of its body whose communication is one of the `silent` receives (they never happen)? */
function afterSilentCase(op: ChanOp, silent: readonly Node[]): boolean {
  if (silent.length === 0) return false;
  for (let p: Node | null = op.node.parent; p && p.id !== op.body.block.id; p = p.parent) {
    if (p.type !== 'communication_case') continue;
    const comm = p.childForFieldName('communication');
    if (comm && silent.some((n) => contains(comm, n))) return true;
  }
  return false;
}

/**
 * `case timerStop: return`, the loop's only way out, for a stop value whose every send is made holding a lock under
 * `if t.running` and is followed at once by `t.running = false`, where the flag is set true once in the package, by
 * the function that starts the loop, holding the same lock, before it does (`tm.running = true; go tm.run()`): the
 * flag is true exactly while the loop runs, so a send made holding that lock under `if t.running` is taken. The
 * predicate tells those sends; undefined when the stop is not of this shape.
 */
function flagGuardedSends(stops: ChanOp[] | undefined, loop: Body, index: PackageIndex | undefined): ((o: ChanOp) => boolean) | undefined {
  const go = loop.goStmt;
  if (!stops || stops.length === 0 || !index || !go) return undefined;
  const first = lockedFlag(stops[0].node);
  if (!first) return undefined;
  const { lock, flag } = first;
  const same = (g: { lock: string; flag: string } | undefined) => g?.lock === lock && g.flag === flag;
  if (!stops.every((o) => same(lockedFlag(o.node)) && flagWrite(statementAfter(o.node), flag) === 'false')) return undefined;
  const starter = enclosingFuncNode(go);
  const sets = starter ? findBelow(starter, (n) => flagWrite(n, flag) === 'true') : [];
  if (!starter || sets.length !== 1 || sets[0].startIndex > go.startIndex || heldLock(starter, sets[0]) !== lock || heldLock(starter, go) !== lock) return undefined;
  if (index.countInCode(new RegExp(`\\.${flag}\\s*=\\s*true\\b`, 'g')) !== 1) return undefined;
  return (o) => same(lockedFlag(o.node));
}

/** A send under `if t.flag {` in a function that holds a lock for all of it (see heldLock): the lock's and the flag's fields. */
function lockedFlag(send: Node): { lock: string; flag: string } | undefined {
  const fn = enclosingFuncNode(send);
  if (!fn) return undefined;
  let flag: string | undefined;
  for (let p = send.parent; p && p.id !== fn.id; p = p.parent) {
    const cons = p.type === 'if_statement' ? p.childForFieldName('consequence') : null;
    if (flag === undefined && cons && contains(cons, send)) {
      const c = unparen(p.childForFieldName('condition')!);
      if (c.type !== 'selector_expression') return undefined;
      flag = c.childForFieldName('field')?.text;
    }
  }
  const lock = flag !== undefined ? heldLock(fn, send) : undefined;
  return lock !== undefined && flag !== undefined ? { lock, flag } : undefined;
}

/**
 * `t.mu.Lock(); defer t.mu.Unlock()` as the first two statements of `fn`, with no other unlock of it there: the
 * mutex's field, which `fn` holds wherever `n` runs.
 */
function heldLock(fn: Node, n: Node): string | undefined {
  const stmts = blockStatements(fn.childForFieldName('body'));
  const call = (st: Node | undefined) => (st?.type === 'expression_statement' ? st.namedChild(0) : st?.type === 'defer_statement' ? st.namedChild(0) : null);
  const lock = call(stmts[0]);
  const unlock = stmts[1]?.type === 'defer_statement' ? call(stmts[1]) : null;
  const m = lock?.type === 'call_expression' ? /^[A-Za-z_]\w*\.([A-Za-z_]\w*)\.Lock\(\)$/.exec(lock.text) : null;
  if (!m || unlock?.text !== lock!.text.replace(/Lock\(\)$/, 'Unlock()') || !contains(fn, n) || n.startIndex < stmts[1].endIndex) return undefined;
  if (fn.text.split(`.${m[1]}.Unlock()`).length !== 2) return undefined;
  return m[1];
}

/** `x.flag = true` / `x.flag = false`: the value written; undefined for any other statement. */
function flagWrite(st: Node | null | undefined, flag: string): 'true' | 'false' | undefined {
  if (st?.type !== 'assignment_statement' || st.childForFieldName('operator')?.text !== '=') return undefined;
  const left = listItems(st.childForFieldName('left'));
  const right = listItems(st.childForFieldName('right'));
  if (left.length !== 1 || right.length !== 1 || left[0]?.type !== 'selector_expression' || left[0].childForFieldName('field')?.text !== flag) return undefined;
  const v = right[0]?.type;
  return v === 'true' || v === 'false' ? v : undefined;
}

/**
 * Once the operation `o` has run, can its body run none of the operations `later` any more? True for a deferred
 * `o` and for one followed, in its own statement list or one that holds it, by a `return` with nothing on the way
 * that makes one of them or may jump elsewhere (`break`, `continue`, `goto`), or by the end of the body; false when a
 * loop around `o` holds one of them, or `o` is in a function literal.
 */
function sendsNoMoreAfter(o: ChanOp, later: ChanOp[]): boolean {
  if (o.deferred) return true;
  const mine = later.filter((x) => x.body.block.id === o.body.block.id).map((x) => x.node);
  const jumps = (n: Node) => n.type === 'break_statement' || n.type === 'continue_statement' || n.type === 'goto_statement';
  let st = statementOf(o.node);
  // A send that is a select case: what its case runs comes after it, inside the select.
  if (st && mine.some((m) => contains(st!, m))) return false;
  while (st) {
    for (let next = statementAfter(st); next; next = statementAfter(next)) {
      if (mine.some((m) => contains(next!, m)) || jumps(next) || findBelow(next, jumps, true).length > 0) return false;
      if (next.type === 'return_statement') return true;
    }
    const holder = statementHolder(st);
    if (!holder || holder.id === o.body.block.id) return true;
    // Out of the block or case to the statement that holds it, through no loop that makes one of them.
    const up = statementOf(holder);
    for (let n: Node | null = holder; n && n.id !== up?.parent?.id; n = n.parent) {
      if (n.type === 'func_literal' || (n.type === 'for_statement' && mine.some((m) => contains(n!, m)))) return false;
    }
    st = up;
  }
  return false;
}

/**
 * `driverErr <- d.Run(ready, quit)` in a goroutine literal, where the function that starts it sends on or closes
 * `quit`, a `chan struct{}` it made, only in statements of its own that come after every place it gives up: on those
 * paths the call is never released, and if it waits for that, the goroutine stays in the call, never reaching its
 * send. The call, the argument and what releases it; undefined otherwise. Only for a call golint-chan cannot follow
 * (another package's, an interface's): a call of the package's own code is judged where it waits. (A context the
 * function cancels later is not taken for such a signal: most calls handed one return without waiting for it.)
 */
function heldInCall(leak: SendLeak, index: PackageIndex): SendLeak['heldIn'] {
  const { sender, receiver, witness } = leak;
  const send = leak.send.node;
  if (sender.kind !== 'go' || !receiver || receiver.kind !== 'func' || !witness || !sender.goStmt || !contains(receiver.block, sender.goStmt)) return undefined;
  const giveUps = [witness.at ?? witness.node, ...(witness.also ?? []), ...(witness.arms ?? [])];
  const lastGiveUp = Math.max(...giveUps.map((n) => n.startIndex));
  const res = receiver.fn.resolution();
  // The goroutine's own calls made before the send (those of the sent value too: `driverErr <- d.Run(…)` runs the
  // call first), not those of a function literal inside it.
  const value = send.type === 'send_statement' ? send.childForFieldName('value') : null;
  const calls = findBelow(sender.block, (n) => n.type === 'call_expression' && (n.endIndex <= send.startIndex || (value !== null && contains(value, n))));
  const deferred = (r: Node) => {
    for (let p = r.parent; p && p.id !== receiver.block.id; p = p.parent) if (p.type === 'defer_statement') return true;
    return false;
  };
  for (const call of calls) {
    for (const a of callArguments(call)) {
      const u = unparen(a);
      const d = u.type === 'identifier' ? res.declOf(u) : undefined;
      if (!d || d.kind !== 'var' || d.fn.id !== receiver.fn.node.id || !neverReassigned(d) || contains(sender.block, d.node)) continue;
      // A signal: a channel of empty structs, whose sends and close carry nothing but the event (a data channel the
      // function closes when done, `close(samples)`, tells the call nothing it waits for).
      if (!d.init || !/^make\(\s*chan\s+struct\s*\{\s*\}/.test(unparen(d.init).text)) continue;
      // Its sends and closes by the function itself: each a plain statement of its own (not in a literal it starts
      // or defers), past every place it gives up.
      const releases = d.refs
        .filter((r) => !contains(sender.block, r))
        .map((r) => r.parent!)
        .filter((p) => (p.type === 'send_statement' && p.childForFieldName('channel')?.text === u.text) || (p.type === 'argument_list' && p.parent?.childForFieldName('function')?.text === 'close'));
      if (releases.length === 0 || releases.some((r) => r.startIndex <= lastGiveUp || enclosingFuncNode(r)?.id !== receiver.fn.node.id || deferred(r))) continue;
      // Asked last, as it may read another file of the package.
      if (calledFunction(call, sender.fn, res, index)) break;
      const sends = releases.some((p) => p.type === 'send_statement');
      const closes = releases.some((p) => p.type !== 'send_statement');
      return { call, arg: u.text, release: sends && closes ? 'sends on or closes' : sends ? 'sends on' : 'closes' };
    }
  }
  return undefined;
}

/**
 * Judge a channel field of a type (`T.f`), whose operations come from every method and function of the package.
 * Its methods may run any number of times per value, so nothing is counted across calls; what is judged holds
 * whatever the number of calls:
 * - nothing in the package receives from the field: a send beyond its buffer blocks forever;
 * - the only receiver is one goroutine (started with `go x.run()`) that can stop receiving (a return, a select
 *   case on another channel): an unbuffered send from any other body outside a select blocks forever once it
 *   has stopped (a request sent after the loop returned);
 * - nothing sends on or closes the field (but it is made): every receive blocks forever;
 * - the only sender or closer is one goroutine that can finish without sending or closing: a receive from
 *   another body outside a select waits forever when it does.
 * A field never assigned (a nil channel) is the nil-channel rule's.
 */
export function judgeField(world: FieldWorld, silent: readonly Node[] = [], others: readonly FieldWorld[] = [], index?: PackageIndex): { sends: SendLeak[]; recvs: RecvLeak[] } {
  const out = { sends: [] as SendLeak[], recvs: [] as RecvLeak[] };
  if (world.escape || world.writes.length === 0) return out;
  const cap = world.chan.capacity;
  // A send made only after a case on a field that nothing ever sends on or closes (`case <-w.die:` for a `die` never
  // closed) never runs: that case never wins.
  const ops = [...world.ops].sort(byPosition).filter((o) => o.kind !== 'send' || !afterSilentCase(o, silent));
  const sends = ops.filter((o) => o.kind === 'send' && !o.guarded);
  const receives = ops.filter((o) => o.kind === 'recv' || o.kind === 'range');
  const senderOps = ops.filter((o) => o.kind === 'send' || o.kind === 'close');
  if (receives.length === 0 && !world.inspected && !world.unseenReceivers && cap !== undefined) {
    for (const b of unique(sends.map((o) => o.body))) {
      const mine = sends.filter((o) => o.body === b);
      // Sends to the field of a value bound in the loop go to a different channel each time, whichever copy of
      // the goroutine makes them: count one iteration's worth, once.
      const fresh = findBelow(b.block, (l) => l.type === 'for_statement' && freshPerIteration(l, mine, b));
      const perValue = mine.every((o) => fresh.some((l) => contains(l, o.node)));
      // The goroutine gives the field a fresh channel itself, as a statement of its body before its sends
      // (`w.ended = make(chan struct{}, 1)` … `w.ended <- struct{}{}`): its sends go into its own buffer, one run's
      // worth, however many runs there are (unless another writer races with it in between).
      const ownMake = world.writes.some((w) => {
        const left = w.node.type === 'assignment_statement' ? listItems(w.node.childForFieldName('left')) : [];
        return (
          left.length === 1 &&
          w.value?.type === 'call_expression' &&
          w.value.childForFieldName('function')?.text === 'make' &&
          statementHolder(w.node)?.id === b.block.id &&
          mine.every((o) => w.node.endIndex <= o.node.startIndex && unparen(sentOrClosedChannel(o) ?? o.node).text === unparen(left[0]!).text)
        );
      });
      const n = maxCount(b.block, mine.map((o) => o.node), undefined, (loop) => pacedLoop(loop, b, world) || fresh.some((l) => l.id === loop.id)) * (b.kind === 'go' && !perValue && !ownMake ? b.copies : 1);
      if (cap === 0 || n > cap) out.sends.push({ world, sender: b, send: mine[0], senderCount: 1, sends: n, recvs: 0, maxRecvs: 0, blocking: mine, testFailure: false });
    }
  }
  const receivers = unique(receives.map((o) => o.body));
  // Copies of the loop (Start called twice) do not matter here: each runs the same code and can stop the same way.
  if (cap === 0 && !world.unseenReceivers && receivers.length === 1 && receivers[0].kind === 'go' && !receives.some((o) => o.kind === 'range')) {
    const loop = receivers[0];
    const clients = sends.filter((o) => o.body !== loop);
    // A receiver that takes a bounded number of values is waiting for that many (a start signal): callers we
    // cannot count may well send exactly that. A loop that serves requests is what can stop while they come.
    const serves = receives.some((o) => enclosingLoop(o.node, loop.block) !== undefined);
    // A loop that closes the field as it leaves (`defer func() { …; close(w.flushC) }()` before it serves): a late
    // send panics, it does not block. A defer registered later (at the end of the body) misses the early returns.
    const firstServe = Math.min(...receives.map((o) => o.node.startIndex));
    const closesOnLeaving = world.ops.some((o) => {
      if (o.kind !== 'close' || !o.deferred || o.body !== loop) return false;
      const top = blockStatements(loop.block).find((st) => contains(st, o.node));
      return top?.type === 'defer_statement' && top.endIndex <= firstServe;
    });
    // `case req := <-c.pauses: …; <-req.done`: the loop takes the value that holds the channel, then waits for it
    // whatever else it could do; a client hands that value over before it sends, so no way out lets it down.
    const afterTaking = receives.every((o) => waitsRightAfterTaking(o));
    if (clients.length > 0 && serves && !closesOnLeaving && !afterTaking) {
      // A case on a context that is never done cannot win either (`case <-ctx.Done():` for a worker started with
      // `context.TODO()`): like a silent field, it is no way out.
      const neverDoneComm = neverDoneCase(loop, index);
      const neverDone = neverDoneComm
        ? findBelow(loop.block, (n) => n.type === 'communication_case')
            .map((c) => c.childForFieldName('communication'))
            .filter((comm): comm is Node => comm !== null && neverDoneComm(comm))
            .map((comm) => doneOperand(comm)!)
        : [];
      const quiet = neverDone.length > 0 ? [...silent, ...neverDone] : silent;
      const closing = world.ops.filter((o) => o.kind === 'close' && !o.deferred && o.body === loop).map((o) => o.node);
      const found = stopsReceiving(loop.block, receives, quiet, closing);
      // Every receive in loops that run a counted number of times (`for i := 0; i < n; i++ { <-w.done }`, n
      // workers started to send once each), left only after the last of them: it takes as many values as it waits
      // for, which callers we cannot count may well send. Only a way out inside or before the loops gives up.
      const afterCount = (w: Witness) =>
        receives.every((o) => {
          const l = countedLoopsAround(o.node, loop);
          return l !== undefined && (w.kind === 'end' ? w.node.id === loop.block.id : w.node.startIndex >= l.endIndex);
        });
      const s = found && afterCount(found) ? undefined : found;
      // `case <-quit: close(s.resize); return`: the way out closes the field, so a late send panics, it does not block.
      const closedOnTheWayOut = (w: Witness) =>
        world.ops.some((o) => {
          if (o.kind !== 'close' || o.deferred || o.body !== loop) return false;
          let clause: Node | null = o.node.parent;
          while (clause && clause.type !== 'communication_case' && clause.type !== 'default_case' && clause.id !== loop.block.id) clause = clause.parent;
          return !!clause && clause.id !== loop.block.id && contains(clause, w.node);
        });
      const mine = new Set(world.ops.filter((o) => o.kind === 'close' && !o.deferred).map((o) => o.node.id));
      // `func (t *T) Close() { t.stop <- struct{}{}; <-t.stop; close(t.updates) }`: the same function closes this one
      // later, with no return in between: a send that was waiting then panics; it does not block. Later in the list
      // that holds the stop, or after the branch that holds it (`if !w.closed { close(w.stop); <-w.done; close(w.lines)
      // }`, or the close after the `if`), but not past a loop (the next iteration may go elsewhere).
      const leaves = (n: Node) => ['return_statement', 'goto_statement', 'break_statement', 'continue_statement'].includes(n.type) || isTerminatingCall(n);
      const closedLater = (o: ChanOp) => {
        let st: Node | null = o.kind === 'send' ? o.node : o.node.parent;
        if (o.deferred || !st || (st.type !== 'expression_statement' && st.type !== 'send_statement')) return false;
        while (st) {
          for (let next = statementAfter(st); next; next = statementAfter(next)) {
            if (leaves(next) || findBelow(next, leaves, true).length > 0) return false;
            const call = next.type === 'expression_statement' ? next.namedChild(0) : null;
            if (call && mine.has(call.id)) return true;
          }
          const holder = statementHolder(st);
          if (!holder || holder.id === o.body.block.id) return false;
          // Out of the branch (an if's block, a case's statements) to the statement that holds it.
          let up: Node | null = holder.parent;
          while (up && up.type !== 'for_statement' && !isFuncNode(up) && up.type !== 'func_literal' && up.parent?.type !== 'block' && up.parent?.type !== 'statement_list') up = up.parent;
          if (!up || up.type === 'for_statement' || isFuncNode(up) || up.type === 'func_literal') return false;
          st = up;
        }
        return false;
      };
      // What ends the loop at the select case `w` names: the sends and closes of that case's channel, a field, by
      // others (the loop's own reply does not).
      const stopOps = (w: Witness): ChanOp[] => {
        let clause: Node | null = w.node;
        while (clause && clause.type !== 'communication_case' && clause.id !== loop.block.id) clause = clause.parent;
        const comm = clause?.type === 'communication_case' ? clause.childForFieldName('communication') : null;
        const stop = comm ? others.find((o) => o !== world && o.ops.some((op) => op.kind === 'recv' && contains(comm, op.node))) : undefined;
        return stop?.ops.filter((o) => o.kind !== 'recv' && o.kind !== 'range' && !(o.kind === 'send' && o.body.block.id === loop.block.id)) ?? [];
      };
      // `func (t *T) Stop() { close(t.reset); close(t.stop) }`: every close of the channel the loop leaves on comes
      // right after a close of this one, so by the time the loop can leave, a late send panics; it does not block.
      const closedBeforeStop = (w: Witness) => {
        const closes = stopOps(w);
        return (
          closes.length > 0 &&
          closes.every((o) => {
            if ((o.kind === 'close' || o.kind === 'send') && closedLater(o)) return true;
            if (o.kind !== 'close' || o.deferred || o.node.parent?.type !== 'expression_statement') return false;
            const prev = statementBefore(o.node.parent);
            const call = prev?.type === 'expression_statement' ? prev.namedChild(0) : null;
            return !!call && mine.has(call.id);
          })
        );
      };
      // `case snapshotMgrShutdown: return` in a switch on a value the loop took from this very channel, where every send
      // of such a value is followed by a close of the channel (`m.events <- &event{typ: snapshotMgrShutdown};
      // close(m.events)`): a send still waiting when the loop leaves then panics; it does not block.
      const stopValueSends = (w: Witness): ChanOp[] | undefined => {
        let clause: Node | null = w.node;
        while (clause && clause.type !== 'expression_case' && clause.id !== loop.block.id) clause = clause.parent;
        const sw = clause?.type === 'expression_case' ? clause.parent : null;
        const value = sw?.type === 'expression_switch_statement' ? sw.childForFieldName('value') : null;
        if (!value || !clause) return undefined;
        // The switch is on a value received from this channel (`e := <-events; switch e.typ {`).
        let root: Node = unparen(value);
        while (root.type === 'selector_expression') root = unparen(root.childForFieldName('operand')!);
        const d = root.type === 'identifier' ? loop.fn.resolution().declOf(root) : undefined;
        // Or taken by the case (`case action := <-tm.msg:`): its value, not its ok.
        const held = d?.node.parent?.type === 'expression_list' ? d.node.parent : undefined;
        const taken = held?.parent?.type === 'receive_statement' && held.namedChild(0)?.id === d!.node.id ? held.parent.childForFieldName('right') : null;
        const init = d?.init ? unparen(d.init) : taken ? unparen(taken) : undefined;
        if (!d || !neverReassigned(d) || !init || !receives.some((o) => o.node.id === init.id)) return undefined;
        const keys = clause
          .childrenForFieldName('value')
          .flatMap((v) => listItems(v))
          .filter((k): k is Node => k?.type === 'identifier')
          .map((k) => k.text);
        if (keys.length === 0) return undefined;
        const stops = world.ops.filter((o) => o.kind === 'send' && [...(o.node.childForFieldName('value')?.descendantsOfType('identifier') ?? [])].some((n) => n !== null && keys.includes(n.text)));
        return stops.length > 0 ? stops : undefined;
      };
      const closedAfterStopValue = (w: Witness) => stopValueSends(w)?.every(closedLater) === true;
      if (s && !closedOnTheWayOut(s) && !closedBeforeStop(s) && !closedAfterStopValue(s)) {
        // Methods (of this type or another: callable after Stop), goroutines and the functions they call can send
        // after the loop was shut down. Other code that drives the value (its owner, a test) shows when it stops it:
        // for it, only a way out other than the shutdown signal strands a send.
        const api = (b: Body) => b.kind === 'go' || b.sync === true || (b.fn.recvType !== undefined && !suiteTestMethod(b.fn));
        // In a command (package main) the serving value is the program's: its shutdown signal is the program's
        // shutdown, after which main returns and the senders it strands end with the process. So is a loop started
        // once per process (by a lazily made singleton's constructor, a `sync.Once`, a command's handler).
        const starter = loop.goStmt && index?.enclosing(loop.goStmt);
        const command = isCommandFile(loop.fn.file) || (index !== undefined && starter !== undefined && oncePerProcess(index, starter));
        // The loop in a function the goroutine calls (`queueHandler(m.queue, m.out, m.quit)`): a parameter given a
        // field of the value (`quit`) is the value's own signal too.
        const signals = new Set<string>();
        const args = loop.sync && loop.callSite ? (loop.callSite.childForFieldName('arguments')?.namedChildren ?? []) : [];
        const params = loop.fn.node.childForFieldName('parameters')?.namedChildren.filter((p): p is Node => p?.type === 'parameter_declaration') ?? [];
        const names = params.flatMap((p) => p.childrenForFieldName('name').filter((n): n is Node => n !== null).map((n) => n.text));
        args.forEach((a, i) => {
          const u = a && unparen(a);
          if (u && names[i] && fieldSignal(u)) signals.add(names[i]);
        });
        const afterShutdown = command ? stopsReceiving(loop.block, receives, quiet, closing, true, false, signals) : s;
        const bodies = unique(clients.map((o) => o.body));
        const byTest = new Set(bodies.filter((b) => (!api(b) || awaitedByTest(b)) && testOwnsItsContexts(b)));
        // `case <-w.stop: return` where the one goroutine of the API that sends on this field (run once) is also the
        // only one that stops the loop, and sends on it no more once it has (a dispatcher that stops its workers as
        // it leaves): the loop can leave there only after that goroutine's last send, never while one waits.
        const apiSenders = bodies.filter((b) => api(b) && !byTest.has(b));
        const stoppedBySender = (w: Witness) => {
          const b = apiSenders.length === 1 ? apiSenders[0] : undefined;
          if (!b || b.kind !== 'go' || b.copies !== 1 || b.repeatable) return false;
          const stops = stopOps(w);
          return stops.length > 0 && stops.every((o) => o.body.block.id === b.block.id && sendsNoMoreAfter(o, clients));
        };
        const owned = bodies.some((b) => !api(b) && !byTest.has(b)) ? stopsReceiving(loop.block, receives, quiet, closing, true) : undefined;
        const ownedByTest = byTest.size > 0 ? stopsReceiving(loop.block, receives, quiet, closing, true, true) : undefined;
        for (const b of bodies) {
          const w = byTest.has(b) ? ownedByTest : api(b) ? afterShutdown : owned;
          if (!w || (apiSenders.includes(b) && stoppedBySender(w))) continue;
          let mine = clients.filter((o) => o.body === b);
          // `case <-end:` on a local channel that this sender closes itself as it returns, once per channel
          // (closedBySender): that case wins only after its last send.
          if (w.kind === 'select' && !b.repeatable && closedBySender(b, loop, mine)?.(w.node)) continue;
          // The loop leaves only at that stop: every return of it is there.
          const onlyWayOut = !findBelow(loop.block, (n) => n.type === 'return_statement').some((r) => !contains(statementHolder(w.node) ?? w.node, r));
          const flagged = onlyWayOut ? flagGuardedSends(stopValueSends(w), loop, index) : undefined;
          if (flagged) mine = mine.filter((o) => !flagged(o));
          if (mine.length === 0) continue;
          // The only client (the owner, or one goroutine run once) and a loop that leaves only after taking a
          // request (`case r := <-w.reqs: if bad(r) { return }`): the client's first send is taken; a later one
          // is what can be stranded.
          const afterRequest = findBelow(loop.block, (n) => n.type === 'communication_case').some((c) => contains(c, w.node) && receives.some((o) => contains(c, o.node)));
          // A body that sends on a value it makes itself (`c := newChecker(); c.reqs <- v`) runs once per value.
          const madeHere = mine.every((o) => {
            const sel = unparen(o.node.childForFieldName('channel')!);
            const x = sel.type === 'selector_expression' ? unparen(sel.childForFieldName('operand')!) : undefined;
            const d = x?.type === 'identifier' ? b.fn.resolution().declOf(x) : undefined;
            return d !== undefined && d.fn.id === b.fn.node.id && madeByDeclaration(d);
          });
          // The loop leaves only after this very channel handed it a nil (`case v, ok := <-c.ch: if v == nil || !ok {
          // return }`) and one send, run once, puts nil on it: that send is what makes it leave, so it is taken.
          if (leavesOnNil(w, receives, loop)) {
            const nils = world.ops.filter((o) => o.kind === 'send' && unparen(o.node.childForFieldName('value') ?? o.node).type === 'nil');
            const once = (o: ChanOp) => o.body === b && (b.kind !== 'go' || b.copies === 1) && (b.calls ?? 1) === 1 && enclosingLoop(o.node, b.block) === undefined;
            if (nils.length === 1 && once(nils[0])) mine = mine.filter((o) => o !== nils[0]);
            if (mine.length === 0) continue;
          }
          const onlyClient = bodies.length === 1 && (b.kind === 'go' ? b.copies === 1 && (!b.repeatable || madeHere) && !b.sync : !api(b));
          if (onlyClient && afterRequest) {
            const nodes = mine.map((o) => o.node);
            mine = mine.filter((o) => (maxCountBefore(b.block, nodes, o.node) ?? 1) >= 1);
            if (mine.length === 0) continue;
          }
          out.sends.push({ world, sender: b, send: mine[0], senderCount: 1, sends: 1, receiver: loop, recvs: 0, maxRecvs: Infinity, witness: w, firstRecv: receives[0], afterStop: true, blocking: mine, testFailure: false });
        }
      }
    }
  }
  const waits = receives.filter((o) => !o.guarded && (o.kind === 'recv' || senderOps.length === 0));
  if (senderOps.length === 0) {
    for (const b of unique(waits.map((o) => o.body))) {
      out.recvs.push({ world, receiver: b, recv: waits.find((o) => o.body === b)!, recvs: 1, sends: 0, testFailure: false });
    }
    return out;
  }
  const senders = unique(senderOps.map((o) => o.body));
  const g = senders[0];
  if (senders.length === 1 && g.kind === 'go' && g.copies === 1 && !g.repeatable && !receivers.includes(g)) {
    const first = minSends(g.block, senderOps);
    // Ways out before the goroutine takes the value that holds the channel do not count (handoverStart).
    const start = first.min === 0 && first.witness ? handoverStart(senderOps, others) : undefined;
    for (const b of unique(waits.map((o) => o.body))) {
      const recv = waits.find((o) => o.body === b)!;
      // As for a local channel (judgeReceives): ways out that cannot happen while this receiver waits, as far as the
      // code shows, are left out and the next one judged.
      const s = untilKnowable(
        (ignore, tries) => (start || tries > 0 ? minSends(g.block, senderOps, start, undefined, { ignore }) : first),
        (c) => c.min === 0 && c.witness !== undefined,
        (w) => knowableExit(w, g, b, recv, senderOps, index),
      );
      if (s?.witness) out.recvs.push({ world, receiver: b, recv, recvs: 1, sender: g, sends: 0, witness: s.witness, testFailure: false });
    }
  }
  return out;
}

/**
 * A send by the function that makes an unbuffered channel, before any other use of the channel: no goroutine
 * has been started with it, it has not been returned, stored or passed anywhere, so nothing can ever receive
 * the value (`errC := make(chan error); if err != nil { errC <- err; return errC }`).
 */
export function judgeEarlySend(world: ChanWorld): SendLeak | undefined {
  const decl = world.chan.decl;
  if (world.chan.capacity !== 0 || !decl || world.chan.field) return undefined;
  // A deferred send comes as the function returns, after whatever it hands the channel to.
  const own = world.ops.filter((o) => o.kind === 'send' && !o.guarded && !o.deferred && o.body.kind === 'func' && o.body.fn === world.chan.fn && contains(o.body.block, world.chan.make));
  for (const send of own.sort(byPosition)) {
    const ref = send.node.childForFieldName('channel');
    const others = decl.refs.filter((r) => !ref || !contains(ref, r));
    // In a loop around the make too, each iteration has a fresh channel; in a loop without it, a later
    // iteration may come after a use.
    const loop = enclosingLoop(send.node, send.body.block);
    if (loop && !contains(loop, world.chan.make)) continue;
    if (others.every((r) => r.startIndex > send.node.endIndex)) {
      return { world, sender: send.body, send, senderCount: 1, sends: 1, recvs: 0, maxRecvs: 0, early: true, blocking: [send], testFailure: false };
    }
  }
  return undefined;
}

export type SendLeakKind = 'abandoned-send' | 'premature-return' | 'ncast-leak' | 'double-send';
export type RecvLeakKind = 'premature-return' | 'orphan-receive';

/** Which rule tells a send leak best. */
export function sendLeakKind(l: SendLeak): SendLeakKind {
  if (l.afterStop || l.endless) return 'abandoned-send';
  if (l.receiver && l.recvs === 0 && l.witness?.kind === 'return') return 'premature-return';
  if (l.senderCount > 1) return 'ncast-leak';
  // A missing return: one path sends more than the receiver ever takes. When another path of the receiver takes
  // them all, the receiver giving up is the story (abandoned-send), not the sender's extra send.
  // Sends repeated by a loop are the loop's, not a missing return: told as the receiver taking fewer. So are sends
  // that every path makes (`ch <- a; ch <- b; ch <- c` in a row): no return is missing, the receiver takes fewer.
  const looped = l.world.ops.some((o) => o.kind === 'send' && o.body === l.sender && enclosingLoop(o.node, o.body.block) !== undefined);
  if (l.receiver && l.recvs > 0 && l.sends >= 2 && l.sends !== Infinity && l.maxRecvs <= l.recvs && !looped && l.sendsVary) return 'double-send';
  return 'abandoned-send';
}

/** Which rule tells a receive leak best. */
export function recvLeakKind(l: RecvLeak): RecvLeakKind {
  if (l.sender && l.sender.kind === 'func' && l.witness?.kind === 'return') return 'premature-return';
  return 'orphan-receive';
}

/**
 * Does the goroutine get the channel only by receiving the value that holds it (`for task := range w.todo {
 * task.wait <- run(task) }`, `task := <-w.todo`)? Then the receiver that waits on the channel hands it over through
 * that other channel first, and a way out before the goroutine takes it (a second worker that returns at once) was
 * never a way to leave it without a send: the statement from which the goroutine holds it (the first of the range
 * loop's body, the receive), where counting starts; undefined when the sends are not all on one such value.
 */
function handoverStart(ops: readonly ChanOp[], others: readonly FieldWorld[]): Node | undefined {
  let start: Node | undefined;
  for (const o of ops) {
    const ch = sentOrClosedChannel(o);
    const sel = ch ? unparen(ch) : undefined;
    const x = sel?.type === 'selector_expression' ? unparen(sel.childForFieldName('operand')!) : undefined;
    const d = x?.type === 'identifier' ? o.body.fn.resolution().declOf(x) : undefined;
    if (!d || d.kind !== 'var') return undefined;
    const clause = d.node.parent?.type === 'expression_list' ? d.node.parent.parent : undefined;
    let at: Node | undefined;
    if (clause?.type === 'range_clause') {
      const loop = clause.parent;
      const overChannel = others.some((w) => w.ops.some((op) => op.kind === 'range' && op.node.id === loop?.id));
      const body = loop?.childForFieldName('body');
      at = overChannel && body && contains(body, o.node) ? blockStatements(body)[0] : undefined;
    } else {
      const init = d.init && unparen(d.init);
      const st = clause?.type === 'short_var_declaration' || clause?.type === 'assignment_statement' ? clause : undefined;
      at = st && init?.type === 'unary_expression' && receiveOperand(init) !== undefined && st.endIndex <= o.node.startIndex ? st : undefined;
    }
    if (!at || (start && start.id !== at.id)) return undefined;
    start = at;
  }
  return start;
}

/**
 * A local bool that starts false (`x := false`, `var x bool`) and is only ever set to true, one name at a time
 * (`x = true`): those assignments; undefined for any other variable.
 */
function setToTrueOnly(d: Decl): Node[] | undefined {
  if (d.kind !== 'var' || (d.init !== undefined && d.init.text !== 'false')) return undefined;
  if (d.init === undefined && d.node.parent?.childForFieldName('type')?.text !== 'bool') return undefined;
  const writes: Node[] = [];
  for (const r of d.refs) {
    if (writeOf(r) === undefined) continue;
    const st = r.parent?.parent;
    if (st?.type !== 'assignment_statement' || st.childForFieldName('right')?.text !== 'true' || st.childForFieldName('left')?.namedChildCount !== 1) return undefined;
    writes.push(st);
  }
  return writes;
}

/**
 * `if sent { continue }` among the statements of the loop before the send, and `sent = true` right after it, for a
 * local bool declared outside the loop that starts false and is only ever set to true: the loop makes the send once
 * at most (`if gotip { continue }; if ip := parse(out); ip != "" { ipch <- ip; gotip = true }`).
 */
function skippedOnceSent(b: Body, send: Node): boolean {
  const loop = enclosingLoop(send, b.block);
  const after = statementAfter(send);
  const left = after?.type === 'assignment_statement' && after.childForFieldName('right')?.text === 'true' ? listItems(after.childForFieldName('left')) : [];
  if (!loop || left.length !== 1 || left[0]?.type !== 'identifier') return false;
  const res = b.fn.resolution();
  const d = res.declOf(left[0]);
  if (!d || contains(loop, d.node) || !setToTrueOnly(d)) return false;
  // Never handed on (`&sent`).
  if (d.refs.some((r) => r.parent?.type === 'unary_expression' && r.parent.childForFieldName('operator')?.type === '&')) return false;
  const guard = (st: Node | null): boolean => {
    if (st?.type !== 'if_statement' || st.childForFieldName('alternative') || st.childForFieldName('initializer')) return false;
    const cond = unparen(st.childForFieldName('condition')!);
    const then = blockStatements(st.childForFieldName('consequence'));
    return cond.type === 'identifier' && res.declOf(cond) === d && then.length === 1 && then[0].type === 'continue_statement' && then[0].namedChildCount === 0;
  };
  // Before the send in its own list or in any list around it, up to the loop's body (a select case's, say).
  for (let at: Node | null = send; at && at.id !== loop.id; at = at.parent) {
    for (let prev = statementBefore(at); prev; prev = statementBefore(prev)) if (guard(prev)) return true;
  }
  return false;
}

/**
 * `if err == nil { …; err = f(); if err != nil { errs <- err } }` in a loop, for an err declared outside the loop and
 * written only inside that guard (never through `&err`): once it was sent, err stays non-nil and the guard is false on
 * every later iteration, so the goroutine sends once.
 */
function sentUnderStickyError(b: Body, send: Node): boolean {
  const loop = enclosingLoop(send, b.block);
  if (!loop) return false;
  // The `if x <op> nil` (no initializer) whose consequence holds n, inside the loop; its x.
  const guardOf = (n: Node, op: '==' | '!='): { ifs: Node; x: Node } | undefined => {
    const ifs = ifTaken(n, (p) => p.id === loop.id);
    if (!ifs || ifs.childForFieldName('initializer')) return undefined;
    const x = nilTestOperand(unparen(ifs.childForFieldName('condition')!), op);
    return x?.type === 'identifier' ? { ifs, x } : undefined;
  };
  const inner = guardOf(send, '!=');
  const outer = inner && guardOf(inner.ifs, '==');
  const res = b.fn.resolution();
  const d = inner && res.declOf(inner.x);
  if (!outer || !d || res.declOf(outer.x) !== d || contains(loop, d.node)) return false;
  const body = outer.ifs.childForFieldName('consequence')!;
  return d.refs.every((r) => writeOf(r) !== 'write' || (contains(body, r) && r.parent?.type !== 'unary_expression'));
}

/**
 * Is every send under `if first { … }` for one once flag (onceFlagIf: starts true, set to false only right before a
 * send), each either clearing it before its send (`if first { first = false; ready <- v }`) or being, outside any
 * loop, the last such branch (`if first { ready <- v }` after the loop: nothing was sent yet)? Then at most one send
 * is made in all.
 */
function sentUnderOnceFlag(b: Body, sends: readonly Node[]): boolean {
  if (sends.length === 0) return false;
  if (sends.length === 1 && (skippedOnceSent(b, sends[0]) || sentUnderStickyError(b, sends[0]) || inOnceBranch(b, sends[0]))) return true;
  const guards: Node[] = [];
  for (const send of sends) {
    let ifs: Node | null = send.parent;
    while (ifs && ifs.id !== b.block.id && !(ifs.type === 'if_statement' && contains(ifs.childForFieldName('consequence')!, send))) ifs = ifs.parent;
    if (!ifs || ifs.type !== 'if_statement' || !onceFlagIf(ifs, sends, true)) return false;
    if (guards.length > 0 && onceFlagTest(ifs, true)!.text !== onceFlagTest(guards[0], true)!.text) return false;
    guards.push(ifs);
  }
  const test = unparen(onceFlagTest(guards[0], true)!);
  const name = (test.type === 'unary_expression' ? unparen(test.childForFieldName('operand')!) : test).text;
  const last = Math.max(...guards.map((g) => g.startIndex));
  return guards.every((ifs) => {
    const clears = blockStatements(ifs.childForFieldName('consequence')).some((st) => st.type === 'assignment_statement' && st.childForFieldName('left')?.text === name);
    return clears || (ifs.startIndex === last && !enclosingLoop(ifs, b.block));
  });
}

/**
 * Is `send` in a branch that runs at most once (onceBranch: `if ctrl.start && !started { started = true; …; start <-
 * true }`), and in no loop inside that branch?
 */
function inOnceBranch(b: Body, send: Node): boolean {
  for (let p = send.parent; p && p.id !== b.block.id; p = p.parent) {
    if (p.type === 'for_statement' || isFuncNode(p) || p.type === 'func_literal') return false;
    if (p.type === 'if_statement' && contains(p.childForFieldName('consequence')!, send) && onceBranch(p)) return true;
  }
  return false;
}

/**
 * A return under `if !started { … }`, where `started` is a local bool of the receiver that starts false and is set
 * (`started = true`) only right beside the sender's go statement: on that path the goroutine was never started, so
 * the return strands nothing (`if i == trigger { fetching = true; go fetch() }` … `if !fetching { return }`).
 */
function notStartedReturn(sender: Body, receiver: Body): ((n: Node) => boolean) | undefined {
  const go = sender.goStmt;
  if (!go || sender.kind !== 'go' || !contains(receiver.block, go)) return undefined;
  const res = receiver.fn.resolution();
  const flag = (d: Decl | undefined) => {
    const writes = d && setToTrueOnly(d);
    return !!writes && writes.length > 0 && writes.every((st) => [statementBefore(st), statementAfter(st)].some((b) => b?.id === go.id));
  };
  return (n) => {
    if (n.type !== 'return_statement') return false;
    const cond = guardOfWayOut(n);
    if (!cond || cond.parent?.childForFieldName('initializer')) return false;
    const c = unparen(cond);
    const x = c.type === 'unary_expression' && c.childForFieldName('operator')?.type === '!' ? unparen(c.childForFieldName('operand')!) : undefined;
    return x?.type === 'identifier' && flag(res.declOf(x));
  };
}

/**
 * Does something wait for goroutine `body` to end: it is in a WaitGroup (`defer s.wg.Done()` among its statements)
 * that the package waits on (`s.wg.Wait()`, by the same field or variable name)? A shutdown that waits so hangs
 * when the goroutine is stranded: the process does not end, however few times it runs.
 */
function awaitedOnShutdown(body: Body, pkg: Package, giveUp?: Node, giveUpFile?: SourceFile): boolean {
  if (body.kind !== 'go') return false;
  // A Wait later in the function that the give-up `return` leaves is not reached on that path (`return err` before
  // `wg.Wait()`): the program goes on to end, with the goroutine.
  const giveUpFn = giveUp?.type === 'return_statement' ? enclosingFuncNode(giveUp) : undefined;
  const skipped = (at: Node, file: SourceFile) => giveUpFn !== undefined && file === giveUpFile && at.startIndex > giveUp!.endIndex && enclosingFuncNode(at)?.id === giveUpFn.id;
  return deferredDone(body).some((group) => {
    // `s.wg` → `wg`: the same field waited on through another name of the value (`srv.wg.Wait()`).
    const name = /([\p{L}_][\p{L}\p{N}_]*)\s*$/u.exec(group)?.[1];
    if (!name) return false;
    const wait = `(?<![\\w])${escapeRe(name)}\\s*\\.\\s*Wait\\s*\\(\\s*\\)`;
    // A Wait in a goroutine of its own (`go func() { wg.Wait(); close(errs) }()`) is stranded with the senders; it
    // holds up no shutdown. One in a function's own body (a Stop, a Close) does. `from`, `to`: where in the file.
    const waitsIn = (file: SourceFile, from = 0, to = file.text.length): boolean => {
      for (const m of codeMatches(file.text.slice(from, to), wait)) {
        const at = file.rootAt(from + m.index)?.descendantForIndex(from + m.index);
        if (!at || (!inGoLiteral(at) && !skipped(at, file))) return true;
      }
      return false;
    };
    // A local WaitGroup of the function that starts the goroutine (`var wg sync.WaitGroup`) is waited on there only.
    const ref = name === group && body.goStmt ? findBelow(body.block, (n) => n.type === 'identifier' && n.text === name, true)[0] : undefined;
    const local = ref ? body.fn.resolution().declOf(ref) : undefined;
    const own = local && local.kind === 'var' && !contains(body.block, local.node) ? body.fn.node : undefined;
    if (own) return waitsIn(body.fn.file, own.startIndex, own.endIndex);
    return pkg.files.some((file) => file.text.includes(name) && !file.path.endsWith('_test.go') && waitsIn(file));
  });
}

/** Is `n` inside a function literal that a `go` statement starts (`go func() { … }()`)? */
function inGoLiteral(n: Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'func_literal' && literalRunBy(p)?.stmt.type === 'go_statement') return true;
  return false;
}

/**
 * A send that blocks only when its callers send after the loop that receives has stopped: the receiver is a goroutine
 * (a loop of the value that owns the channel field) that can stop receiving, and the send is written in a function's
 * own body (not in a goroutine it starts) that runs in its callers' goroutines: no call of it outside tests is a go
 * statement's or in a literal one starts, it is not a test the test runner calls, and it is not the function that
 * starts the loop (which would show the order itself). Whether some caller sends after (or while) the value is shut
 * down is what the package cannot show: over the findings of this shape judged on first runs (sets 58-75), 18 in 64
 * were real (BENCHMARKS.md).
 */
function sentAfterOwnShutdown(l: SendLeak, pkg: Package): boolean {
  const { receiver: r, sender: s } = l;
  if (!r || r.kind !== 'go' || !l.witness || l.recvs !== 0 || s.kind !== 'func') return false;
  if (s.block.id !== s.fn.node.childForFieldName('body')?.id || inGoLiteral(l.send.node)) return false;
  if (testEntry(s.fn)) return false;
  // The function that starts the loop and sends to it shows which comes first.
  if ([r.goStmt, ...(r.starts ?? [])].some((g) => g && contains(s.fn.node, g))) return false;
  // No goroutine of the package runs it: none of its calls outside tests is a go statement's or in a literal one starts.
  return !pkg.fact(packageIndex).callsTo(s.fn).some(({ file, call }) => !file.path.endsWith('_test.go') && (call.parent?.type === 'go_statement' || inGoLiteral(call)));
}

/** A function the test runner calls: a Test, Benchmark, Fuzz or Example function of a `_test.go` file, or a suite's test method. */
function testEntry(fn: FuncInfo): boolean {
  return fn.file.path.endsWith('_test.go') && (suiteTestMethod(fn) || (fn.recvType === undefined && /^(Test|Benchmark|Fuzz|Example)($|[^\p{Ll}])/u.test(fn.name)));
}

export interface LeakFacts {
  sendLeaks: SendLeak[];
  recvLeaks: RecvLeak[];
}

export const leaks: Fact<LeakFacts> = {
  key: 'leaks',
  compute(pkg: Package): LeakFacts {
    const sendLeaks: SendLeak[] = [];
    const recvLeaks: RecvLeak[] = [];
    const seen = new Set<number>();
    // A channel made in code that never runs (after `t.Skip(…)` at the top of a test) is never used.
    const worlds = pkg.fact(channels).worlds.filter((w) => w.chan.field || !neverRuns(w.chan.make));
    const byDecl = new Map<Decl, ChanWorld>();
    for (const w of worlds) if (!w.site && !w.chan.field && w.chan.decl) byDecl.set(w.chan.decl, w);
    const index = pkg.fact(packageIndex);
    // Loop variables are made afresh in every iteration from Go 1.22 on (read from go.mod once, when needed).
    let perIter: boolean | undefined;
    const perIteration = () => {
      if (perIter === undefined) {
        const v = goVersionFor(pkg.dir);
        perIter = v !== undefined && (v.major > 1 || (v.major === 1 && v.minor >= 22));
      }
      return perIter;
    };
    for (const w of worlds) {
      if (index.neverUsed(w.chan.fn)) continue;
      // A channel made in a command's handler: once per process too.
      if (!w.chan.field && index.runsOncePerProcessAt(w.chan.make)) continue;
      let s: SendLeak | undefined;
      let r: RecvLeak | undefined;
      let failure: Unsupported | undefined;
      try {
        s = judgeEarlySend(w) ?? judgeSends(w, byDecl, perIteration(), index);
        r = judgeReceives(w, index);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        failure = e;
      }
      // A method of a type no running code makes never runs (asked only now: it may parse the files naming the type).
      if ((s || r || failure) && w.chan.fn.recvType !== undefined && index.neverMade(w.chan.fn.recvType)) continue;
      // Asked last, as it may read the module's other packages: a function that runs once per process strands at
      // most one goroutine, which ends with the process; unless the shutdown waits for it, and then hangs. The
      // function itself blocked for good is the program hanging: reported.
      // So does a call that runs once per process: the goroutines a helper starts for the channel it returns, for
      // the call `main`'s one run makes, before its event loop runs the same helper again per event.
      if ((s || r || failure) && (oncePerProcess(index, w.chan.fn) || (w.site !== undefined && callOncePerProcess(index, w.site.call)))) {
        if (s && s.sender.kind === 'go' && !awaitedOnShutdown(s.sender, pkg, s.witness?.at ?? s.witness?.node, s.receiver?.file)) s = undefined;
        if (r && r.receiver.kind === 'go' && !awaitedOnShutdown(r.receiver, pkg)) r = undefined;
        failure = undefined;
      }
      // A wait that nothing could ever end (no send, no close anywhere) in a function that runs once per process: a
      // deliberate park, as `select {}` is, while the program ends elsewhere (a signal handler's os.Exit or
      // syscall.Exec). A wait that a sender can skip is the program hanging: reported.
      if (r && !r.sender && r.receiver.kind === 'func' && oncePerProcess(index, r.receiver.fn)) r = undefined;
      // One report per blocking operation, even when several call sites of a producer leak it.
      if (s && !seen.has(s.send.node.id)) {
        seen.add(s.send.node.id);
        sendLeaks.push(s);
      }
      if (r && !seen.has(r.recv.node.id)) {
        seen.add(r.recv.node.id);
        recvLeaks.push(r);
      }
      if (failure) {
        const at = w.chan.file.position(w.chan.make.startPosition.row, w.chan.make.startPosition.column);
        pkg.limits.push({ file: w.chan.file, message: `channel ${w.chan.name} (line ${at.line}) was not analysed: ${failure.message}` });
      }
    }
    const fieldWorlds = pkg.fact(fieldChannels).worlds;
    // Receives from fields that the package makes but never sends on or closes: such a select case never wins.
    const silent = fieldWorlds
      .filter((w) => !w.escape && w.writes.length > 0 && w.ops.every((o) => o.kind === 'recv' || o.kind === 'range'))
      .flatMap((w) => w.ops.map((o) => o.node));
    // A field whose every channel is made by a command's code that runs once per process (`g := &loadGen{done:
    // make(…)}` in main): as for a local channel above, a goroutine stranded on it ends with the process, and a
    // function's wait that nothing could ever end is a deliberate park. Not a library's constructor, though its
    // module's commands call it once: its callers elsewhere make as many values as they like. Asked last, as it may
    // read the module's other packages.
    const madeOncePerProcess = (w: FieldWorld) =>
      w.writes.length > 0 &&
      w.writes.every((wr) => {
        const f = index.enclosing(wr.node);
        return f !== undefined && isCommandFile(f.file) && !loopAround(wr.node) && oncePerProcess(index, f);
      });
    // A field that only dead code uses (its every make, send and receive in unexported functions nothing names, as
    // for a local channel above): nothing runs it.
    const deadOnly = (w: FieldWorld) => {
      const nodes = [...w.ops.map((o) => o.node), ...w.writes.map((wr) => wr.node)];
      return nodes.length > 0 && nodes.every((n) => {
        const f = index.enclosing(n);
        return f !== undefined && index.neverUsed(f);
      });
    };
    for (const w of fieldWorlds) {
      try {
        const j = judgeField(w, silent, fieldWorlds, index);
        if ((j.sends.length > 0 || j.recvs.length > 0) && (index.neverMade(w.chan.structType) || deadOnly(w))) continue;
        if ((j.sends.length > 0 || j.recvs.length > 0) && madeOncePerProcess(w)) {
          j.sends = j.sends.filter((l) => l.sender.kind !== 'go' || awaitedOnShutdown(l.sender, pkg, l.witness?.at ?? l.witness?.node, l.receiver?.file));
          j.recvs = j.recvs.filter((l) => (l.receiver.kind === 'func' ? l.sender !== undefined : l.receiver.kind !== 'go' || awaitedOnShutdown(l.receiver, pkg)));
        }
        for (const l of j.sends) if (!seen.has(l.send.node.id)) (seen.add(l.send.node.id), sendLeaks.push(l));
        for (const l of j.recvs) if (!seen.has(l.recv.node.id)) (seen.add(l.recv.node.id), recvLeaks.push(l));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        pkg.limits.push({ file: w.chan.file, message: `field ${w.chan.name} was not analysed: ${e.message}` });
      }
    }
    // `<-a; …; <-b` where the goroutine's way out skips both: the receiver blocks at `<-a`, so that way out does not
    // strand `<-b`; another one may (after closing a), judged again without it.
    const out: RecvLeak[] = [];
    for (const l of recvLeaks) {
      if (!blockedEarlier(l, recvLeaks)) out.push(l);
      else {
        const again = worlds.includes(l.world) ? judgeReceives(l.world, index, new Set([l.witness!.node.id])) : undefined;
        if (again && again.witness?.node.id !== l.witness!.node.id) out.push(again);
      }
    }
    for (const l of sendLeaks) if (l.world.chan.ofType && sentAfterOwnShutdown(l, pkg)) l.afterShutdown = true;
    for (const l of sendLeaks) l.heldIn = heldInCall(l, index);
    return { sendLeaks: oneFindingPerGoroutine(sendLeaks), recvLeaks: out };
  },
};

/**
 * A goroutine that sends on several channels nothing receives from (a dispatch loop that hands each kind of message
 * to a channel of its own, whose readers are gone) blocks at whichever fills first: one finding, at its first such
 * send in the code, with the others as places it can also block (`alsoOn`). So does one stranded on several channels
 * by the same give-up of one receiver; stranded by different give-ups, it is told per channel, each with its own.
 */
function oneFindingPerGoroutine(leaks: SendLeak[]): SendLeak[] {
  const unreceived = (l: SendLeak) => !l.receiver && !l.early && !(l.world.discarded && l.world.site) && sendLeakKind(l) === 'abandoned-send';
  // The goroutine: its go statement, or the function that sends (node ids are unique among a package's live trees).
  const goroutine = (l: SendLeak) => (l.sender.goStmt ? `go ${l.sender.goStmt.id}` : `fn ${l.sender.block.id}`);
  // Or one goroutine that sends on one of two channels (`errCh <- err; return` or `inputCh <- input`) stranded by the
  // same give-up of the same receiver (`case <-ctx.Done(): return`): one story, told once.
  const keyOf = (l: SendLeak) =>
    unreceived(l) ? goroutine(l)
    : l.receiver && l.witness && !l.early && l.sender.copies === 1 && !l.world.site && sendLeakKind(l) !== 'ncast-leak' ? `${goroutine(l)} by ${l.receiver.block.id} at ${(l.witness.at ?? l.witness.node).id} ${sendLeakKind(l)} ${l.testFailure}`
    : undefined;
  const groups = new Map<string, SendLeak[]>();
  for (const l of leaks) {
    const k = keyOf(l);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  const merged = new Set<SendLeak>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort((a, b) => a.sender.file.path.localeCompare(b.sender.file.path) || a.send.node.startIndex - b.send.node.startIndex);
    g[0].alsoOn = g.slice(1);
    for (const l of g.slice(1)) merged.add(l);
  }
  return leaks.filter((l) => !merged.has(l));
}

/** Is the way out that strands `l` one that leaves the receiver blocked at an earlier receive (another leak of `all`)? */
function blockedEarlier(l: RecvLeak, all: RecvLeak[]): boolean {
  if (!l.sender || !l.witness) return false;
  return all.some((k) => {
    if (k === l || k.receiver.block.id !== l.receiver.block.id || k.sender?.block.id !== l.sender!.block.id || k.witness?.node.id !== l.witness!.node.id) return false;
    const stmt = statementOf(k.recv.node);
    return stmt !== undefined && afterStatement(stmt, l.recv.node, l.receiver.block);
  });
}
