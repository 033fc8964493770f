import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { FuncInfo, intLiteral, isCommandFile, ONCE_DEPTH, packageIndex, runByOnceField, runsForProgram, type PackageIndex } from './funcs';
import { goVersionFor, timersCollected, type GoVersion } from './gomod';
import { syntaxIndex } from './syntax-index';
import { constantTripCount, countedLoop, literalLength, onlyBoundedLoopsAround } from './paths';
import { neverReassigned, writeOf, type Decl } from './scope';
import { walkStatements, type StatementFlow } from './statement-flow';
import { conditionAtCall, inBranchRuledOut } from './arguments';
import { blockStatements, loopHeader, calleeText, escapeRe, caseStatements, communicationReceiveOperand, conjuncts, contains, enclosingFuncNode, findBelow, holderStatements, isExported, isFuncNode, isTerminatingCall, isWayOut, listItems, loopAround, loopFlag, loopHasWayOut, nodeStartingAt, parentSkippingParens, receiveOperand, statementAfter, statementBefore, statementHolder, statementOf, unparen } from './syntax';
import { codeMatches } from '../source/lex';

/**
 * Tickers and timers (the timer-leak rule's model): goroutines whose loop only waits on a ticker and can never
 * leave (every Go version), and, before Go 1.23 collected unreferenced timers, `time.NewTicker` / `time.NewTimer`
 * never stopped or not stopped on every path, `time.Tick` outside main and `time.After` in a loop.
 */

export type TimerKind = 'ticker' | 'timer';

/** One timer finding, in the order the package's files and calls were read. */
export type TimerFinding =
  /**
   * A goroutine started at `go` loops over `ticker` forever in `loop`; every call of `fn` leaks one, or every value
   * of its receiver type (`perValue`: a method that runs its body once per value, see oncePerValue).
   */
  | {
      kind: 'endless-ticker-loop';
      file: SourceFile;
      loop: Node;
      ticker: string;
      fn: FuncInfo;
      /** What each run of starts one: fn, or a function literal in it that holds the `go` statement (a `b.Run` callback). */
      starter: string;
      goFile: SourceFile;
      go: Node;
      perValue: boolean;
      made?: Node;
      mayRunOnce?: boolean;
    }
  /**
   * `time.NewTicker` / `time.NewTimer` stored where nothing ever stops it. `mayRunOnce` (here and above): code outside
   * tests that the module does not show to run more than once in a process (see mayRunOnce).
   */
  | { kind: 'never-stopped'; timer: TimerKind; file: SourceFile; call: Node; mayRunOnce?: boolean }
  /** Stopped on some paths only: `exits` are the returns (or ends of the body) reached with it still running. */
  | { kind: 'not-always-stopped'; timer: TimerKind; file: SourceFile; call: Node; exits: Node[] }
  /** `time.Tick` outside main and init (not an endless `for range time.Tick(d)`). */
  | { kind: 'tick-outside-main'; file: SourceFile; call: Node }
  /** `time.After` in a loop. */
  | { kind: 'after-in-loop'; file: SourceFile; call: Node }
  /**
   * `if !t.Stop() { <-t.C }` (`drain`, the receive) in a loop where a select case (`taken`) receives the timer's one
   * value and goes round without `t.Reset` or a new timer: Stop then returns false and nothing is left to receive.
   */
  | { kind: 'drained-twice'; file: SourceFile; drain: Node; taken: Node; timer: string };

export interface TimerFacts {
  /** The go.mod's version, looked up only for packages that call a timer function. */
  version: GoVersion | undefined;
  findings: TimerFinding[];
}

/**
 * Is `e` a ticker or timer channel: `t.C` of a NewTicker/NewTimer variable, `time.Tick(…)`, or a local never
 * reassigned that holds one of those (`ticks := time.Tick(d)`, `wait := time.NewTicker(d).C`)?
 */
function isTickerChannel(e: Node, fn: FuncInfo): boolean {
  const u = unparen(e);
  if (u.type === 'call_expression') return calleeText(u) === 'time.Tick';
  if (u.type === 'identifier') return channelMadeFor(u, fn) !== undefined;
  return madeBy(u, fn) !== undefined;
}

/**
 * The call that made the ticker or timer channel that the local `id` holds, the local never reassigned: the Tick of
 * `ticks := time.Tick(d)`, the NewTicker (or NewTimer) of `wait := time.NewTicker(d).C`.
 */
function channelMadeFor(id: Node, fn: FuncInfo): Node | undefined {
  const d = fn.resolution().declOf(id);
  const init = d?.kind === 'var' && d.init && neverReassigned(d) ? unparen(d.init) : undefined;
  if (init?.type === 'call_expression') return calleeText(init) === 'time.Tick' ? init : undefined;
  const operand = init?.type === 'selector_expression' && init.childForFieldName('field')?.text === 'C' ? init.childForFieldName('operand') : undefined;
  const name = operand?.type === 'call_expression' ? calleeText(operand) : undefined;
  return name === 'time.NewTicker' || name === 'time.NewTimer' ? operand! : undefined;
}

/**
 * For `t.C` of a variable `t := time.NewTicker(d)` (or NewTimer), that call; for `for range time.NewTicker(d).C`, the
 * call written there, made once as the loop starts (elsewhere in a loop such a call makes a new ticker each time).
 */
function madeBy(e: Node, fn: FuncInfo): Node | undefined {
  if (e.type !== 'selector_expression' || e.childForFieldName('field')?.text !== 'C') return undefined;
  const operand = e.childForFieldName('operand');
  const ranged = parentSkippingParens(e)?.type === 'range_clause';
  if (!operand || (operand.type !== 'identifier' && !(operand.type === 'call_expression' && ranged))) return undefined;
  const d = operand.type === 'identifier' ? fn.resolution().declOf(operand) : undefined;
  const init = operand.type === 'call_expression' ? operand : d?.init && unparen(d.init);
  const name = init?.type === 'call_expression' ? calleeText(init) : undefined;
  return name === 'time.NewTicker' || name === 'time.NewTimer' ? init : undefined;
}

/**
 * The call that made the ticker an endless loop waits on (`ticker`, its channel's text), if fn made it: the NewTicker
 * of `t.C`, or for a local holding the channel (`ticks := time.Tick(d)`, `wait := time.NewTicker(d).C`) its call.
 */
function tickerMadeFor(loop: Node, ticker: string, fn: FuncInfo): Node | undefined {
  const channel = findBelow(loop, (n) => (n.type === 'selector_expression' || n.type === 'identifier') && n.text === ticker, true)[0];
  if (!channel) return undefined;
  return channel.type === 'identifier' ? channelMadeFor(channel, fn) : madeBy(channel, fn);
}

/**
 * A loop that only ever waits on a ticker — `for range t.C`, `for { <-t.C … }`, `for { select { case <-t.C: … } }`
 * — returns the ticker channel's text; anything else, undefined. `isTicker` tells a ticker channel expression.
 */
function tickerLoop(loop: Node, isTicker: (e: Node) => boolean): string | undefined {
  const ticker = (e: Node | null | undefined) => (e && isTicker(e) ? unparen(e).text : undefined);
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  if (range) return ticker(range.childForFieldName('right'));
  if (loopHeader(loop)) return undefined; // counted loop
  const first = blockStatements(loop.childForFieldName('body'))[0];
  if (first?.type === 'expression_statement') return ticker(receiveOperand(unparen(first.namedChild(0)!)));
  if (first?.type !== 'select_statement') return undefined;
  const cases = first.namedChildren.filter((c): c is Node => c !== null && (c.type === 'communication_case' || c.type === 'default_case'));
  const names = cases.map((c) => {
    return ticker(communicationReceiveOperand(c.childForFieldName('communication')));
  });
  return names.length > 0 && names.every((n) => n !== undefined) ? names[0] : undefined;
}

/**
 * Does the code that starts a background loop or makes its ticker (`at`, in `fn`) perhaps run only once in a process:
 * not in a loop, and `fn` not shown to run more than once (PackageIndex.runsRepeatedly)? A loop so started lives as
 * long as the process if it does run once, which the module does not say (a service a framework starts, a plugin's
 * entry point, a constructor that a container caches): reviewers judged such findings false far more often than real.
 */
function mayRunOnce(at: Node, fn: FuncInfo, index: PackageIndex, starts?: (call: Node) => boolean): boolean {
  return loopAround(at) === undefined && !index.runsRepeatedly(fn, ONCE_DEPTH, starts);
}

/**
 * For a `go` statement under an `if` of its function: the calls of the function whose constant arguments do not rule
 * that branch out (arguments.ts), the only ones that start the goroutine (`newSet(4, false)` in tests, for `if tick {
 * go … }`, starts nothing). Undefined when no `if` holds it.
 */
function goStarts(go: Node, fn: FuncInfo, index: PackageIndex): ((call: Node) => boolean) | undefined {
  const body = fn.node.childForFieldName('body');
  let guarded = false;
  for (let p = go.parent; p && body && p.id !== body.id; p = p.parent) if (p.type === 'if_statement') guarded = true;
  if (!body || !guarded) return undefined;
  return (call) => !inBranchRuledOut(go, body, conditionAtCall(fn, call, index));
}

/** `t := time.NewTicker(d)` whose channel `t.C` fn receives from inside a loop: the ticker paces a long-lived loop. */
function tickedInLoop(call: Node, fn: FuncInfo): boolean {
  const list = call.parent;
  const decl = list?.type === 'expression_list' ? list.parent : undefined;
  const left = decl?.type === 'short_var_declaration' || decl?.type === 'assignment_statement' ? decl.childForFieldName('left') : decl?.type === 'var_spec' ? decl : undefined;
  const name = left?.type === 'var_spec' ? left.childForFieldName('name')?.text : left?.namedChild(0)?.text;
  if (!name) return false;
  const channel = `${name}.C`;
  return findBelow(fn.node, (n) => n.type === 'selector_expression' && n.text === channel && loopAround(n) !== undefined, true).length > 0;
}

/** The endless ticker loops among the top-level statements of a goroutine's body. */
function endlessTickerLoops(body: Node, isTicker: (e: Node) => boolean): { loop: Node; ticker: string }[] {
  const out: { loop: Node; ticker: string }[] = [];
  for (const loop of blockStatements(body)) {
    if (loop.type !== 'for_statement' || loopHasWayOut(loop)) continue;
    const ticker = tickerLoop(loop, isTicker);
    if (ticker) out.push({ loop, ticker });
  }
  return out;
}

const GO_WORD = /\bgo\b/;

/** Is `name` written as the function a `go` statement calls (`go name(`, `go x.name(`) in one of `files`' text? */
function startedByGoText(name: string, files: readonly SourceFile[]): boolean {
  const re = new RegExp(`\\bgo\\s+(?:[\\p{L}_][\\p{L}\\p{N}_]*\\s*\\.\\s*)*${escapeRe(name)}\\s*\\(`, 'u');
  return files.some((f) => f.text.includes(name) && re.test(f.text));
}

/**
 * A ticker handed to a goroutine that runs a package function: `t := time.NewTicker(d); go loop(t)` (or
 * `go loop(t.C)`, `go loop(time.Tick(d))`). Returns the go statement, the callee and a test for the callee's
 * ticker channel: `p.C` of the parameter p that receives the ticker, or p itself when it receives the channel.
 */
function tickerPassedToGo(call: Node, name: string, fn: FuncInfo, index: PackageIndex): { go: Node; callee: FuncInfo; isTicker: (e: Node) => boolean }[] {
  // The go statement is inside fn (an ancestor of the timer or of a reference to it, below the declaration): without
  // the word go in fn's text there is none, and fn need not be resolved to find out.
  if (!GO_WORD.test(fn.node.text)) return [];
  const args: { arg: Node; whole: boolean }[] = []; // whole: the argument is the ticker itself, not its channel
  if (name === 'Tick') args.push({ arg: call, whole: false });
  else {
    const p = parentSkippingParens(call);
    if (p?.type !== 'expression_list' || p.parent?.type !== 'short_var_declaration' || p.namedChildCount !== 1) return [];
    const id = p.parent.childForFieldName('left')?.namedChild(0);
    const d = id && fn.resolution().declOf(id);
    if (!d) return [];
    for (const r of d.refs) {
      const sel = parentSkippingParens(r);
      if (sel?.type === 'selector_expression' && sel.childForFieldName('field')?.text === 'C') args.push({ arg: sel, whole: false });
      else args.push({ arg: r, whole: true });
    }
  }
  const out: { go: Node; callee: FuncInfo; isTicker: (e: Node) => boolean }[] = [];
  for (const { arg, whole } of args) {
    const list = parentSkippingParens(arg);
    const goCall = list?.type === 'argument_list' ? list.parent : null;
    if (!goCall || goCall.parent?.type !== 'go_statement') continue;
    const bound = index.parameterFor(goCall, arg, fn.resolution());
    if (!bound) continue;
    const { callee, param } = bound;
    const res = callee.resolution();
    const isParam = (e: Node | null) => !!e && e.type === 'identifier' && res.declOf(e) === param;
    const isTicker = (e: Node) => {
      const u = unparen(e);
      if (!whole) return isParam(u);
      return u.type === 'selector_expression' && u.childForFieldName('field')?.text === 'C' && isParam(u.childForFieldName('operand'));
    };
    out.push({ go: goCall.parent, callee, isTicker });
  }
  return out;
}

/**
 * `for { select { case <-time.After(d): …; case <-done: return } }`: every other case of the select ends with a way
 * out of the loop, so the loop goes round only after the timer fired and was received. At most the last timer is
 * left pending, once: nothing piles up.
 */
function onlyTimerRepeats(call: Node, fn: FuncInfo, index: PackageIndex, files: readonly SourceFile[]): boolean {
  const caseNode = timerCase(call, fn);
  const select = caseNode?.parent;
  if (!caseNode || select?.type !== 'select_statement') return false;
  const loop = loopAround(select);
  if (loop?.id !== loopAround(call)?.id) return false;
  return select.namedChildren.every(
    (c) =>
      !c ||
      c.id === caseNode.id ||
      (c.type !== 'communication_case' && c.type !== 'default_case') ||
      leavesTheLoop(caseStatements(c), loop) ||
      (!!loop && countedCase(c, loop, fn, index)) ||
      (!!loop && c.type === 'communication_case' && doneCheckedFirst(c, select, loop)) ||
      (c.type === 'communication_case' && !!loop && wakesOnClose(communicationReceiveOperand(c.childForFieldName('communication')), loop, fn, index, files)),
  );
}

/**
 * `case <-ctx.Done():` in a loop whose body checks the same context first (`if ctx.Err() != nil { return }`, a
 * statement of the loop's body before the one that holds the select): a done context stays done, so the loop leaves
 * at that check when it comes round; the case goes round once at most.
 */
function doneCheckedFirst(c: Node, select: Node, loop: Node): boolean {
  const x = communicationReceiveOperand(c.childForFieldName('communication'));
  const call = x && unparen(x);
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  if (f?.type !== 'selector_expression' || f.childForFieldName('field')?.text !== 'Done' || (call!.childForFieldName('arguments')?.namedChildCount ?? 0) > 0) return false;
  const ctx = f.childForFieldName('operand')!.text;
  const body = loop.childForFieldName('body');
  const stmts = body ? blockStatements(body) : [];
  const at = stmts.findIndex((st) => contains(st, select));
  return stmts.slice(0, Math.max(at, 0)).some((st) => exitCondition(st, loop)?.text.replace(/\s+/g, '') === `${ctx}.Err()!=nil`);
}

/** `if cond { …; return }` (no initializer) whose branch leaves the loop: its condition. */
function exitCondition(st: Node, loop: Node): Node | undefined {
  const then = st.type === 'if_statement' && !st.childForFieldName('initializer') ? st.childForFieldName('consequence') : null;
  return (then && leavesTheLoop(blockStatements(then), loop) && st.childForFieldName('condition')) || undefined;
}

/**
 * A case that goes round a bounded number of times before it leaves the loop: it counts its rounds in a local
 * declared before the loop (`var seen int`, `n := 0`) that nothing else writes (`seen++` among its statements), then
 * leaves, right after it, when the count passes a constant (`if seen != 1 { t.Fatalf(…) }`, `if n >= 3 { return }`). The count only
 * grows, one per round, so the case brings the loop round at most a few times (SHORT_LOOP): a few timers at most.
 */
function countedCase(c: Node, loop: Node, fn: FuncInfo, index: PackageIndex): boolean {
  const stmts = caseStatements(c);
  const inc = stmts.findIndex((st) => st.type === 'inc_statement' && unparen(st.namedChild(0)!).type === 'identifier');
  if (inc < 0) return false;
  const counter = unparen(stmts[inc].namedChild(0)!);
  const d = fn.resolution().declOf(counter);
  if (!d || d.kind !== 'var' || contains(loop, d.node) || d.refs.some((r) => writeOf(r) !== undefined && r.id !== counter.id)) return false;
  // `var n int` starts at zero; `n := 3` at its literal.
  const spec = d.node.parent;
  const start = d.init ? literalStart(unparen(d.init)) : spec?.type === 'var_spec' && spec.childForFieldName('type') ? { text: '0' } : undefined;
  const from = start ? Number(start.text) : NaN;
  if (!Number.isSafeInteger(from)) return false;
  // The check right after the count: nothing in between can skip it.
  return stmts.slice(inc + 1, inc + 2).some((st) => {
    const exit = exitCondition(st, loop);
    const cond = exit && unparen(exit);
    if (cond?.type !== 'binary_expression') return false;
    const [l, r] = [unparen(cond.childForFieldName('left')!), unparen(cond.childForFieldName('right')!)];
    const op = cond.childForFieldName('operator')?.type ?? '';
    const value = (e: Node) => (e.type === 'identifier' && !fn.resolution().declOf(e) ? index.constants.get(e.text) : intLiteral(e));
    const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
    const k = l.type === 'identifier' && l.text === counter.text ? value(r) : r.type === 'identifier' && r.text === counter.text ? value(l) : undefined;
    const rel = l.type === 'identifier' && l.text === counter.text ? op : flipped[op];
    if (k === undefined || !rel) return false;
    const holds = (n: number) => ({ '<': n < k, '<=': n <= k, '>': n > k, '>=': n >= k, '==': n === k, '!=': n !== k })[rel];
    for (let n = from + 1; n <= from + SHORT_LOOP; n++) if (holds(n)) return true;
    return false;
  });
}

/**
 * The select case that receives the timer: `case <-time.After(d):`, or `case <-tq:` for the one read of a local the
 * timer is put in (`tq = time.After(d)`).
 */
function timerCase(call: Node, fn: FuncInfo): Node | undefined {
  const caseOf = (recv: Node | null | undefined) => {
    const comm = recv?.parent;
    const c = comm?.type === 'communication_case' ? comm : comm?.parent?.type === 'communication_case' ? comm.parent : undefined;
    return c && communicationReceiveOperand(c.childForFieldName('communication'))?.id === (recv && receiveOperand(recv))?.id ? c : undefined;
  };
  const up = parentSkippingParens(call);
  if (up && receiveOperand(up)?.id === call.id) return caseOf(up);
  const st = up?.type === 'expression_list' && up.namedChildCount === 1 ? up.parent : undefined;
  if ((st?.type !== 'assignment_statement' && st?.type !== 'short_var_declaration') || st.childForFieldName('right')?.id !== up!.id) return undefined;
  const left = listItems(st.childForFieldName('left'));
  const d = left.length === 1 && left[0]?.type === 'identifier' ? fn.resolution().declOf(left[0]) : undefined;
  const reads = d ? d.refs.filter((r) => writeOf(r) === undefined) : [];
  if (reads.length !== 1) return undefined;
  const recv = parentSkippingParens(reads[0]);
  return recv && receiveOperand(recv)?.id === reads[0].id ? caseOf(recv) : undefined;
}

/**
 * `zq := s.sizeQ` in the loop, then `case <-zq: continue`: a field channel that the package only ever closes (and
 * replaces), never sends on, read afresh every round. Each round that this case starts is one close, made by the code
 * that changes the state the loop waits on: the loop goes round once per such change, not on its own.
 */
function wakesOnClose(x: Node | undefined, loop: Node, fn: FuncInfo, index: PackageIndex, files: readonly SourceFile[]): boolean {
  if (!x) return false;
  let sel: Node | undefined = unparen(x);
  if (sel.type === 'identifier') {
    const d = fn.resolution().declOf(sel);
    sel = d && d.kind === 'var' && contains(loop, d.node) && neverReassigned(d) && d.init ? unparen(d.init) : undefined;
  }
  const field = sel?.type === 'selector_expression' ? sel.childForFieldName('field')?.text : undefined;
  if (!field) return false;
  let closes = 0;
  for (const file of files) {
    if (!file.text.includes(field)) continue;
    for (const m of codeMatches(file.text, `\\.\\s*${escapeRe(field)}(?![\\w])`)) {
      const id: Node | null | undefined = file.rootAt(m.index)?.descendantForIndex(m.index + m.token.length - field.length);
      const use: Node | null | undefined = id?.parent;
      if (id?.text !== field || use?.type !== 'selector_expression') return false;
      const how = closeOnlyUse(use, field, index);
      if (how === undefined) return false;
      if (how === 'close') closes++;
    }
  }
  return closes > 0;
}

/**
 * How a use of the field's channel touches it: closes it, receives from it, or moves it (`s.f = make(…)`, a swap
 * `old, s.f = s.f, fresh`, into a local used only in these ways); undefined for anything else (a send, a call).
 */
function closeOnlyUse(e: Node, field: string, index: PackageIndex, alias = true): 'close' | 'other' | undefined {
  const p = parentSkippingParens(e);
  if (!p) return undefined;
  if (p.type === 'unary_expression' && receiveOperand(p)?.id === unparen(e).id) return 'other';
  if (p.type === 'argument_list' && p.parent?.type === 'call_expression' && p.parent.childForFieldName('function')?.text === 'close') return 'close';
  const st = p.type === 'expression_list' ? p.parent : undefined;
  if (st?.type !== 'assignment_statement' && st?.type !== 'short_var_declaration') return undefined;
  const left = listItems(st.childForFieldName('left'));
  const right = listItems(st.childForFieldName('right'));
  if (st.childForFieldName('left')?.id === p.id) return 'other'; // a new value for it
  const i = right.findIndex((r) => r && unparen(r).id === unparen(e).id);
  const target = left.length === right.length && i >= 0 ? left[i] : undefined;
  // Into the field again (`s.f = old`).
  if (target?.type === 'selector_expression' && target.childForFieldName('field')?.text === field) return 'other';
  // Into a local that is only received from, closed or moved the same way.
  const fn = alias && target?.type === 'identifier' ? index.enclosing(st) : undefined;
  const d = fn?.resolution().declOf(target!);
  if (!d || d.kind !== 'var') return undefined;
  let how: 'close' | 'other' = 'other';
  for (const r of d.refs) {
    if (writeOf(r) !== undefined) continue;
    const h = closeOnlyUse(r, field, index, false);
    if (h === undefined) return undefined;
    if (h === 'close') how = 'close';
  }
  return how;
}


/**
 * Do these statements (a case's, a branch's) end by leaving the loop: a return, a goto, a labeled break, a call that
 * never returns? Or, in a loop that runs while a flag holds (`for looping {`, `for !done {`), do they give the flag
 * the value that ends it (`looping = false`), which nothing else in the loop undoes: the loop ends with this round.
 */
function leavesTheLoop(stmts: Node[], loop?: Node): boolean {
  const last = stmts[stmts.length - 1];
  if (!last) return false;
  if (last.type === 'return_statement' || last.type === 'goto_statement') return true;
  if (last.type === 'break_statement') return last.namedChildCount > 0;
  if (isTerminatingCall(last)) return true;
  const flag = loop && loopFlag(loop);
  if (!flag) return false;
  const sets = (st: Node, value: string) => st.type === 'assignment_statement' && st.childForFieldName('left')?.text === flag.name && st.childForFieldName('right')?.text === value;
  if (!stmts.some((st) => sets(st, flag.exit))) return false;
  // Every other write of the flag in the loop (or a closure in it) also ends it.
  const body = loop.childForFieldName('body');
  return !!body && findBelow(body, (n) => n.type === 'identifier' && n.text === flag.name && writeOf(n) !== undefined).every((r) => {
    const st = r.parent?.parent;
    return st?.type === 'assignment_statement' && sets(st, flag.exit);
  });
}

/**
 * A `time.After` whose timer is done before the loop goes round: received at once outside a select (`<-time.After(d)`
 * as a sleep), or made anew only in the case that received the previous one (`case <-tick: …; tick = time.After(d)`),
 * so at most one is pending.
 */
function waitedOut(call: Node, fn: FuncInfo): boolean {
  const recv = parentSkippingParens(call);
  if (recv && receiveOperand(recv)?.id === call.id) {
    const up = parentSkippingParens(recv);
    const stmt = up?.type === 'expression_list' ? up.parent : up;
    return stmt?.type === 'expression_statement' || stmt?.type === 'short_var_declaration' || stmt?.type === 'assignment_statement';
  }
  const list = recv?.type === 'expression_list' ? recv : undefined;
  const assign = list?.parent;
  if (assign?.type !== 'assignment_statement' || assign.childForFieldName('right')?.id !== list!.id || list!.namedChildCount !== 1) return false;
  const target = listItems(assign.childForFieldName('left'));
  if (target.length !== 1 || target[0]?.type !== 'identifier') return false;
  return inItsOwnCase(assign, target[0].text) || remadeWhenDone(target[0], fn);
}

/**
 * `t := time.NewTimer(d)` whose very next statement waits for it: `<-t.C` (received into a variable or not), or a
 * `select` with no `default` whose only case receives `t.C`. The timer has fired before anything else runs, so
 * none is left pending however often the loop goes round.
 */
function receivedNext(call: Node, fn: FuncInfo): boolean {
  const d = tickerVariable(call, fn);
  const st = d ? statementOf(call) : undefined;
  const next = st && st.id === statementOf(d!.node)?.id ? statementAfter(st) : null;
  const fromTimer = (x: Node | undefined) => {
    const u = x && unparen(x);
    return u?.type === 'selector_expression' && u.childForFieldName('field')?.text === 'C' && u.childForFieldName('operand')?.type === 'identifier' && fn.resolution().declOf(u.childForFieldName('operand')!) === d;
  };
  if (!next) return false;
  if (next.type === 'select_statement') {
    const cases = next.namedChildren.filter((c) => c?.type === 'communication_case' || c?.type === 'default_case');
    return cases.length === 1 && cases[0]!.type === 'communication_case' && fromTimer(communicationReceiveOperand(cases[0]!.childForFieldName('communication')));
  }
  const e = next.type === 'expression_statement' ? next.namedChild(0) : next.type === 'short_var_declaration' || next.type === 'assignment_statement' ? next.childForFieldName('right') : null;
  const items = listItems(e ?? null);
  return items.length === 1 && !!items[0] && fromTimer(receiveOperand(unparen(items[0])));
}

/** Is `n` inside the case that receives from `name` (not in a loop or literal of its own)? */
function inItsOwnCase(n: Node, name: string): boolean {
  let clause: Node | null = n.parent;
  while (clause && clause.type !== 'communication_case' && clause.type !== 'for_statement' && !isFuncNode(clause)) clause = clause.parent;
  if (clause?.type !== 'communication_case') return false;
  return communicationReceiveOperand(clause.childForFieldName('communication'))?.text === name;
}

/**
 * `if next == nil { next = time.After(d) }` with `case <-next: next = nil`: the variable holding the timer is given
 * a new value only when it holds none (under an `if` whose condition requires `next == nil`, or `next == idle` for
 * another local that never holds a timer) or in the case that received the timer, so a new timer is made only after
 * the last one fired, and at most one is pending. A write elsewhere (`next = nil` on another path) drops a pending
 * timer, and then they pile up.
 */
function remadeWhenDone(target: Node, fn: FuncInfo): boolean {
  const res = fn.resolution();
  const d = res.declOf(target);
  if (!d || d.kind !== 'var' || loopAround(d.node) !== undefined) return false;
  const writes: { write: Node; guard?: Node }[] = [];
  for (const r of d.refs) {
    const w = writeOf(r);
    if (w === undefined) continue;
    const st = r.parent?.parent;
    if (w !== 'write' || st?.type !== 'assignment_statement' || listItems(st.childForFieldName('left')).length !== 1) return false;
    if (inItsOwnCase(st, d.name)) continue;
    const guard = guardOf(st, d, res);
    if (!guard) return false;
    writes.push({ write: st, guard });
  }
  // Two writes under one guard must be on different branches of an if: one round makes at most one.
  for (const a of writes) {
    for (const b of writes) {
      if (a === b || a.guard!.id !== b.guard!.id) continue;
      let lca: Node | null = a.write.parent;
      while (lca && !contains(lca, b.write)) lca = lca.parent;
      if (lca?.type !== 'if_statement') return false;
    }
  }
  return true;
}

/**
 * The `if` whose consequence holds `st` (not through a loop of its own) and whose condition requires `d == nil` or
 * `d == other`, `other` a local that is never given a timer.
 */
function guardOf(st: Node, d: Decl, res: ReturnType<FuncInfo['resolution']>): Node | undefined {
  for (let p: Node | null = st.parent, child: Node = st; p && p.id !== d.fn.id; child = p, p = p.parent) {
    if (p.type === 'for_statement') return undefined;
    if (p.type !== 'if_statement' || p.childForFieldName('consequence')?.id !== child.id) continue;
    const holdsNone = conjuncts(p.childForFieldName('condition')!).some((c) => {
      if (c.type !== 'binary_expression' || c.childForFieldName('operator')?.text !== '==') return false;
      const [l, r] = [unparen(c.childForFieldName('left')!), unparen(c.childForFieldName('right')!)];
      const other = l.type === 'identifier' && res.declOf(l) === d ? r : r.type === 'identifier' && res.declOf(r) === d ? l : undefined;
      if (!other) return false;
      if (other.type === 'nil') return true;
      const o = other.type === 'identifier' ? res.declOf(other) : undefined;
      return !!o && o !== d && ![o.init, ...o.refs.filter((x) => writeOf(x) === 'write').map((x) => x.parent?.parent?.childForFieldName('right'))].some((v) => v && /\btime\.(?:After|NewTimer|Tick)\b/.test(v.text));
    });
    if (holdsNone) return p;
  }
  return undefined;
}

/**
 * A `time.After` on a path that always leaves the loop: the branch (if, case) of the loop that holds it ends with a
 * return, a goto, a `break` of a label or a call that never returns, so the loop never goes round after a timer is
 * made, and at most one is ever pending.
 */
function leavesLoopAfter(call: Node): boolean {
  const loop = loopAround(call);
  if (!loop) return false;
  for (let p: Node | null = call.parent; p && p.id !== loop.id; p = p.parent) {
    if (p.type !== 'block' && p.type !== 'communication_case' && p.type !== 'expression_case' && p.type !== 'default_case') continue;
    // A case's own communication (`case <-time.After(d):`) is evaluated whenever the select is entered.
    const comm = p.type === 'communication_case' ? p.childForFieldName('communication') : null;
    if (comm && contains(comm, call)) continue;
    if (leavesTheLoop(holderStatements(p), loop)) return true;
  }
  return false;
}

/**
 * Loops of at most this many iterations are short: the `time.After` timers one run makes are no more than that many
 * straight-line `time.After` calls would make, and the rule reports none of those.
 */
export const SHORT_LOOP = 100;

/**
 * Is every loop around `call` (in its own function) a counted loop `for i := A; i < B; i++` (or `<=`) whose index
 * the body never assigns and whose bound B is at most A + SHORT_LOOP: integer literals, package constants and `+`/`*`
 * of them, or a parameter of the function (or of a literal held in a local) that every call of it in the package
 * gives such a value. The number of timers one run makes is then fixed before the loop starts, however fast the loop
 * goes round.
 */
function inShortLoops(call: Node, fn: FuncInfo, index: PackageIndex): boolean {
  let loops = 0;
  for (let p = call.parent; p && !isFuncNode(p); p = p.parent) {
    if (p.type !== 'for_statement') continue;
    loops++;
    const n = countedIterations(p, fn, index);
    if (n === undefined || n > SHORT_LOOP) return false;
  }
  return loops > 0;
}

/** The value of a local set once and never again (`pair := []T{a, b}`), if `d` is one. */
function setOnce(d: Decl | undefined): Node | undefined {
  return d?.kind === 'var' && d.init && neverReassigned(d) ? unparen(d.init) : undefined;
}

function countedIterations(loop: Node, fn: FuncInfo, index: PackageIndex): number | undefined {
  // `for _, x := range []T{a, b, c}`, or over a local set once to such a literal: the literal's length.
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  if (range) {
    const over = range.childForFieldName('right');
    const d = over?.type === 'identifier' ? fn.resolution().declOf(over) : undefined;
    const lit = over?.type === 'identifier' && !d ? index.varValue(over.text) : setOnce(d);
    const n = lit ? literalLength(lit) : undefined;
    if (n !== undefined) return n;
    // A parameter never reassigned, of a function whose every call in the package passes such a literal.
    if (d?.kind === 'param' && d.index >= 0 && !d.refs.some((r) => assignedAt(r))) {
      const calls = callsOfParamOwner(d, fn, index);
      if (!calls || calls.length === 0) return undefined;
      let most = 0;
      for (const c of calls) {
        const arg = c.call.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment')[d.index];
        const a = arg ? unparen(arg) : undefined;
        const caller = a?.type === 'identifier' ? index.enclosing(c.call) : undefined;
        const value = caller ? setOnce(caller.resolution().declOf(a!)) : a;
        const len = value ? literalLength(value) : undefined;
        if (len === undefined) return undefined;
        most = Math.max(most, len);
      }
      return most;
    }
    return constantTripCount(loop);
  }
  const h = countedLoop(loop);
  const from = h && literalStart(unparen(h.from));
  if (!h || !from) return undefined;
  const body = loop.childForFieldName('body');
  const x = h.index.text.replace(/[^\w]/g, '');
  if (!body || new RegExp(`(?<![\\w.])${x}\\s*(=(?!=)|\\+\\+|--|[-+*/%&|^]=|<<=|>>=)|&\\s*${x}\\b`).test(body.text)) return undefined;
  const to = largest(h.to, fn, index, 2);
  const start = Number(from.text);
  if (to === undefined || !Number.isSafeInteger(start)) return undefined;
  return Math.max(0, to - start + (h.op === '<=' ? 1 : 0));
}

/** `0`, or the same converted to an integer type (`uint64(1)`): the literal. */
function literalStart(n: Node): Node | undefined {
  if (n.type === 'int_literal') return n;
  const args = n.type === 'call_expression' ? n.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment') : undefined;
  const f = n.type === 'call_expression' ? n.childForFieldName('function')?.text : undefined;
  const arg = args?.length === 1 && args[0] ? unparen(args[0]) : undefined;
  return f && /^u?int(8|16|32|64)?$/.test(f) && arg?.type === 'int_literal' ? arg : undefined;
}

/** The largest value an integer expression can have, when golint-chan can bound it (see inShortLoops). */
function largest(e: Node | null, fn: FuncInfo, index: PackageIndex, depth: number): number | undefined {
  if (!e) return undefined;
  const u = unparen(e);
  if (u.type === 'int_literal') return /^[0-9]+$/.test(u.text) ? Number(u.text) : undefined;
  if (u.type === 'binary_expression') {
    const op = u.childForFieldName('operator')?.type;
    const a = largest(u.childForFieldName('left'), fn, index, depth);
    const right = u.childForFieldName('right');
    if (a === undefined || !right) return undefined;
    // a - k for a literal k: the largest a, less k.
    if (op === '-' && unparen(right).type === 'int_literal') return a - Number(unparen(right).text);
    const b = largest(right, fn, index, depth);
    if (b === undefined) return undefined;
    return op === '+' ? a + b : op === '*' ? a * b : undefined;
  }
  // `len(items)` of a package-level slice literal nothing reassigns.
  if (u.type === 'call_expression' && u.childForFieldName('function')?.text === 'len') {
    const args = u.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment') ?? [];
    const x = args.length === 1 && args[0] ? unparen(args[0]) : undefined;
    const value = x?.type === 'identifier' && !fn.resolution().declOf(x) ? index.varValue(x.text) : undefined;
    return value ? literalLength(value) : undefined;
  }
  if (u.type !== 'identifier') return undefined;
  const d = fn.resolution().declOf(u);
  if (!d) return index.constants.get(u.text);
  // A local constant (`const n = 10`) or a local set once and never again (`n := 10`): its value.
  if (d.kind === 'const' || d.kind === 'var') {
    const v = d.kind === 'const' ? d.init : setOnce(d);
    return v && depth > 0 ? largest(v, fn, index, depth - 1) : undefined;
  }
  if (d.kind !== 'param' || depth <= 0 || d.index < 0) return undefined;
  // A parameter the function never assigns, of a function whose every call in the package is known.
  if (d.refs.some((r) => assignedAt(r))) return undefined;
  const calls = callsOfParamOwner(d, fn, index);
  if (!calls || calls.length === 0) return undefined;
  let most = 0;
  for (const c of calls) {
    const arg = c.call.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment')[d.index];
    const caller = index.enclosing(c.call);
    const v = arg && caller ? largest(arg, caller, index, depth - 1) : undefined;
    if (v === undefined) return undefined;
    most = Math.max(most, v);
  }
  return most;
}

/** Is the identifier assigned there (`x = …`, `x++`, `x += …`)? */
function assignedAt(ref: Node): boolean {
  const p = ref.parent;
  if (!p) return false;
  if (p.type === 'inc_statement' || p.type === 'dec_statement') return true;
  if (p.type === 'expression_list' && p.parent?.type === 'assignment_statement') return p.parent.childForFieldName('left')?.id === p.id;
  return false;
}

/**
 * Every call of the function that declares the parameter: a literal held in a local (`check := func(…) {…}`) whose
 * every use is a call, or an unexported package function (an exported one may be called from other packages).
 * Undefined when some use is not a call golint-chan can read.
 */
function callsOfParamOwner(d: Decl, fn: FuncInfo, index: PackageIndex): { call: Node }[] | undefined {
  const owner = d.fn;
  if (owner.type === 'func_literal') {
    const list = owner.parent;
    const decl = list?.parent;
    if (list?.type !== 'expression_list' || decl?.type !== 'short_var_declaration' || list.namedChildCount !== 1) return undefined;
    const name = decl.childForFieldName('left')?.namedChild(0);
    const local = name && fn.resolution().decls.find((x) => x.node.id === name.id);
    if (!local || local.refs.length === 0) return undefined;
    const out: { call: Node }[] = [];
    for (const r of local.refs) {
      const call = r.parent;
      if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== r.id) return undefined;
      out.push({ call });
    }
    return out;
  }
  if (owner.type !== 'function_declaration' || owner.id !== fn.node.id || isExported(fn.name)) return undefined;
  return index.callsTo(fn);
}

/**
 * The local variable that `call` (`time.NewTicker(d)` / `time.NewTimer(d)`) is stored in: `t := …`, `t, u := …, …`,
 * `var t = …`, or `t = …` for a local `var t *time.Ticker`; null when the result goes anywhere else (a field, a
 * return, an argument); undefined for `time.NewTicker(d).C`, which nothing can ever stop.
 */
function tickerVariable(call: Node, fn: FuncInfo): Decl | null | undefined {
  const p = parentSkippingParens(call);
  if (p?.type === 'selector_expression') return undefined;
  const stmt = p?.type === 'expression_list' ? p.parent : null;
  if (!p || !stmt) return null;
  const right = stmt.type === 'var_spec' ? stmt.childForFieldName('value') : stmt.childForFieldName('right');
  if (right?.id !== p.id) return null;
  let names: (Node | null | undefined)[];
  if (stmt.type === 'var_spec') names = stmt.childrenForFieldName('name');
  else if (stmt.type === 'short_var_declaration' || (stmt.type === 'assignment_statement' && stmt.childForFieldName('operator')?.type === '=')) names = listItems(stmt.childForFieldName('left'));
  else return null;
  const values = listItems(p);
  const id = names.length === values.length ? names[values.findIndex((v) => v?.id === call.id)] : undefined;
  const d = id?.type === 'identifier' ? fn.resolution().declOf(id) : undefined;
  return d && d.kind === 'var' ? d : null;
}

/** `t := time.NewTicker(d)` (or `var t = …`, `t = …`): is t stopped somewhere, or handed to code that could stop it? */
function stoppedOrEscapes(call: Node, fn: FuncInfo): boolean {
  const d = tickerVariable(call, fn);
  if (d === undefined) return false; // time.NewTicker(d).C: nothing can stop it
  if (!d || fn.resolution().truncated) return true;
  // Only `t.C` and `t.Reset(…)` keep it unstopped; `t.Stop()` stops it; anything else (returned, passed, stored,
  // assigned another ticker) may stop it elsewhere, so it counts as handled. Comments are not uses.
  for (const r of d.refs) {
    const sel = parentSkippingParens(r);
    const field = sel?.type === 'selector_expression' && sel.childForFieldName('operand')?.id === r.id ? sel.childForFieldName('field')?.text : undefined;
    if (field === 'C' || field === 'Reset') continue;
    if (r.id === tickerAssignedAt(call)?.id) continue; // `t = time.NewTicker(d)` itself
    return true;
  }
  return false;
}

/**
 * A ticker or timer in a local variable whose only uses are `t.C`, `t.Reset(…)` and `t.Stop()` (a statement, a
 * `defer`, or `if !t.Stop()`) in the function that declares it: the returns (or the end of the body) that a
 * path reaches with it still running. A timer that has fired (`<-t.C` received) counts as released. Empty
 * when every path stops it, or when the walk cannot tell (an escape, a Stop in a closure, a goto …).
 */
function exitsLeftRunning(call: Node, fn: FuncInfo, timer: boolean): Node[] {
  const d = tickerVariable(call, fn);
  if (!d || fn.resolution().truncated) return [];
  const inner = (n: Node) => literalBetween(n, d.fn);
  if (inner(call)) return [];
  const stops: Node[] = [];
  const receives: Node[] = [];
  const resets: Node[] = [];
  const ranges: Node[] = []; // `for range t.C`: a ticker's channel is never closed
  for (const r of d.refs) {
    if (r.id === tickerAssignedAt(call)?.id) continue;
    const sel = parentSkippingParens(r);
    const field = sel?.type === 'selector_expression' && sel.childForFieldName('operand')?.id === r.id ? sel.childForFieldName('field')?.text : undefined;
    if (field === 'Reset') {
      const reset = parentSkippingParens(sel!);
      if (reset?.type === 'call_expression' && !inner(reset)) resets.push(reset);
      continue;
    }
    if (field === 'C') {
      const recv = parentSkippingParens(sel!);
      if (recv && receiveOperand(recv)?.id === sel!.id && !inner(recv)) receives.push(recv);
      if (recv?.type === 'range_clause' && recv.childForFieldName('right')?.id === sel!.id) ranges.push(recv);
      continue;
    }
    const stop = field === 'Stop' ? parentSkippingParens(sel!) : null;
    if (stop?.type !== 'call_expression' || inner(stop)) return [];
    const at = parentSkippingParens(stop);
    const ok = at?.type === 'expression_statement' || at?.type === 'defer_statement' || (at?.type === 'unary_expression' && at.parent?.type === 'if_statement');
    if (!ok) return [];
    stops.push(stop);
  }
  if (stops.length === 0) return [];
  const body = d.fn.childForFieldName('body');
  if (!body) return [];
  const has = (n: Node, list: Node[]) => list.some((x) => contains(n, x) && !literalBetween(x, n));
  const exits: Node[] = [];
  // A state is the set of what the paths to a point may have done, as bits: running or not (set by the
  // creation and Reset, cleared by Stop or, for a timer, by receiving its tick) × a `defer t.Stop()` run or not.
  const bit = (running: boolean, deferred: boolean) => 1 << ((running ? 1 : 0) + (deferred ? 2 : 0));
  const LEAKS = bit(true, false);
  const map = (s: number, f: (running: boolean, deferred: boolean) => number) => {
    let out = 0;
    for (const r of [false, true]) for (const d of [false, true]) if (s & bit(r, d)) out |= f(r, d);
    return out;
  };
  const deferred = stops.filter((x) => parentSkippingParens(x)?.type === 'defer_statement');
  const flow: StatementFlow<number> = {
    join: (a, b) => a | b,
    equal: (a, b) => a === b,
    simple: (n, s) => {
      if (contains(n, call) || has(n, resets)) return map(s, (_, d) => bit(true, d));
      if (has(n, deferred)) return map(s, (r) => bit(r, true));
      if (has(n, stops) || (timer && has(n, receives))) return map(s, (_, d) => bit(false, d));
      return s;
    },
    communication: (n, s) => (timer && has(n, receives) ? map(s, (_, d) => bit(false, d)) : s),
    rangeBody: (_, s) => s,
    rangeEndless: (clause) => ranges.some((r) => r.id === clause.id),
    exit: (n, s) => {
      if (s & LEAKS) exits.push(n.type === 'return_statement' ? n : (n.lastChild ?? n));
    },
  };
  return walkStatements(body, bit(false, false), flow) === 'gave-up' ? [] : exits;
}

/** Is there a function literal between `n` and its ancestor `top`? */
function literalBetween(n: Node, top: Node): boolean {
  for (let p = n.parent; p && p.id !== top.id; p = p.parent) if (p.type === 'func_literal') return true;
  return false;
}

/**
 * `ticker = time.NewTicker(d)` in a loop, the variable declared outside it, right after the old one is stopped
 * (`ticker.Stop()`, or `if ticker != nil { ticker.Stop() }`, `if ticker.C != nil { … }`: a nil ticker or channel was
 * never started): the loop never has two running, so what it can leave behind is the last one, once per run.
 */
function stoppedBeforeRemake(call: Node, fn: FuncInfo): boolean {
  const target = tickerAssignedAt(call);
  const loop = loopAround(call);
  if (target?.type !== 'identifier' || !loop) return false;
  const d = fn.resolution().declOf(target);
  if (!d || contains(loop, d.node)) return false;
  const before = statementBefore(statementOf(call)!);
  const stops = (st: Node | null | undefined) => st?.type === 'expression_statement' && st.namedChild(0)?.text.replace(/\s/g, '') === `${target.text}.Stop()`;
  if (stops(before)) return true;
  if (before?.type !== 'if_statement' || before.childForFieldName('alternative') || before.childForFieldName('initializer')) return false;
  const cond = unparen(before.childForFieldName('condition')!);
  const body = blockStatements(before.childForFieldName('consequence'));
  const nilCheck = cond.type === 'binary_expression' && cond.childForFieldName('operator')?.text === '!=' && cond.childForFieldName('right')?.text === 'nil' && [target.text, `${target.text}.C`].includes(cond.childForFieldName('left')!.text.replace(/\s/g, ''));
  return nilCheck && body.length === 1 && stops(body[0]);
}

/** For `t = time.NewTicker(d)`: the identifier t assigned by this very call. */
function tickerAssignedAt(call: Node): Node | undefined {
  const p = parentSkippingParens(call);
  const stmt = p?.parent;
  if (p?.type !== 'expression_list' || stmt?.type !== 'assignment_statement') return undefined;
  const i = listItems(p).findIndex((v) => v?.id === call.id);
  return listItems(stmt.childForFieldName('left'))[i];
}

/**
 * Is a `time.Tick` channel received by the goroutine for as long as it lives, so that the ticker is never abandoned?
 * `for range time.Tick(d)` (or over a local that holds it) with no way out of the loop; or `t := time.Tick(d)` (the
 * local never reassigned) whose every use is a receive (`case <-t:`) inside one endless loop that comes later in the
 * same block with nothing in between that leaves (`for { select { case <-t: … } }`: no condition, no way out). Either
 * way the function never returns once the ticker is made.
 */
function tickedForever(call: Node, fn: FuncInfo): boolean {
  const range = rangeLoopOf(call, fn);
  if (range) return !loopHasWayOut(range);
  const local = tickLocal(call, fn);
  if (!local || local.d.refs.length === 0 || !neverReassigned(local.d)) return false;
  return receivedOnlyInEndlessLoop(local.decl, local.d.refs);
}

/**
 * Is every one of `channels` (uses of a ticker channel) a receive inside one endless loop (no condition, no way out)
 * that comes after `decl` in its block, with nothing in between that leaves?
 */
function receivedOnlyInEndlessLoop(decl: Node, channels: Node[]): boolean {
  let loop: Node | undefined;
  for (let st = statementAfter(decl); st && !loop; st = statementAfter(st)) {
    if (st.type === 'for_statement') loop = st;
    else if (isWayOut(st) || findBelow(st, isWayOut, true).length > 0) return false;
  }
  if (!loop || !loop.namedChildren.every((c) => c?.type === 'block' || c?.type === 'comment') || loopHasWayOut(loop)) return false;
  return channels.every((c) => {
    const u = parentSkippingParens(c);
    return u?.type === 'unary_expression' && u.childForFieldName('operator')?.type === '<-' && contains(loop!, c);
  });
}

/**
 * tickedForever for a `time.NewTicker`: its channel `time.NewTicker(d).C`, ranged over or kept in a local
 * (`wait := time.NewTicker(d).C`), as a `time.Tick`; or `t := time.NewTicker(d)` whose every use is a receive from
 * `t.C` inside one endless loop that comes later with nothing in between that leaves (or `for range t.C` with no way
 * out). The function never returns once the ticker is made, so the ticker is in use for as long as it runs.
 */
function newTickerForever(call: Node, fn: FuncInfo): boolean {
  const sel = parentSkippingParens(call);
  if (sel?.type === 'selector_expression' && sel.childForFieldName('field')?.text === 'C') return tickedForever(sel, fn);
  const local = tickLocal(call, fn);
  if (!local || local.d.refs.length === 0 || !neverReassigned(local.d)) return false;
  const channels = local.d.refs.map((r) => {
    const s = parentSkippingParens(r);
    return s?.type === 'selector_expression' && s.childForFieldName('field')?.text === 'C' ? s : undefined;
  });
  if (channels.some((c) => c === undefined)) return false;
  const range = channels.length === 1 ? parentSkippingParens(channels[0]!) : undefined;
  if (range?.type === 'range_clause' && range.childForFieldName('right')?.id === channels[0]!.id) return !loopHasWayOut(range.parent!);
  return receivedOnlyInEndlessLoop(local.decl, channels as Node[]);
}

/** `ticker := time.Tick(d)`, the call the only value and one name on the left: the statement and the local's declaration. */
function tickLocal(call: Node, fn: FuncInfo): { decl: Node; d: Decl } | undefined {
  const p = parentSkippingParens(call);
  const list = p?.type === 'expression_list' && p.namedChildCount === 1 ? p : undefined;
  const decl = list?.parent;
  if (decl?.type !== 'short_var_declaration' || decl.childForFieldName('right')?.id !== list!.id) return undefined;
  const left = listItems(decl.childForFieldName('left'));
  const d = left.length === 1 && left[0]?.type === 'identifier' ? fn.resolution().declOf(left[0]) : undefined;
  return d ? { decl, d } : undefined;
}

/** `for range time.Tick(d)`: the loop that ranges over the call's channel. */
function rangeLoopOf(call: Node, fn: FuncInfo): Node | undefined {
  const p = parentSkippingParens(call);
  if (p?.type === 'range_clause') return p.parent ?? undefined;
  // `ticker := time.Tick(d)` whose one use, the local never reassigned, is `for now := range ticker`.
  const d = tickLocal(call, fn)?.d;
  const use = d && d.refs.length === 1 ? parentSkippingParens(d.refs[0]) : undefined;
  return use?.type === 'range_clause' && use.childForFieldName('right')?.id === d!.refs[0].id ? (use.parent ?? undefined) : undefined;
}


export const timers: Fact<TimerFacts> = {
  key: 'timers',
  compute(pkg: Package): TimerFacts {
    const index = pkg.fact(packageIndex);
    const files = pkg.fact(syntaxIndex);
    // The go.mod is looked up only for packages that call a timer function.
    const version = files.some((f) => f.timeCalls.length > 0) ? goVersionFor(pkg.dir) : undefined;
    const gated = !timersCollected(version);
    const findings: TimerFinding[] = [];
    const reported = new Set<number>(); // loops, reported once however many goroutines run them
    for (const { file, goLiterals, timeCalls } of files) {
      // Every version: a goroutine whose loop only waits on a ticker and can never leave.
      if (timeCalls.length === 0 && (goLiterals.length === 0 || !file.text.includes('.C'))) continue;
      // In a command (package main) every function serves main: its background loops live as long as the process;
      // so do those a command's handler starts (index.inCommandHandler).
      const command = isCommandFile(file);
      // One finding per loop, however many goroutines run it. Outside tests, `mayRun` says whether the start may run
      // once per process (asked only there).
      const endless = (loop: Node, ticker: string, go: Node, fn: FuncInfo, loopFile = file, made?: Node, goFile = file, mayRun = () => mayRunOnce(go, fn, index, goStarts(go, fn, index))) => {
        if (reported.has(loop.id)) return;
        reported.add(loop.id);
        const starter = enclosingFuncNode(go)?.type === 'func_literal' ? `the function literal in ${fn.displayName}` : fn.displayName;
        findings.push({ kind: 'endless-ticker-loop', file: loopFile, loop, ticker, fn, starter, goFile, go, perValue: oncePerValue(fn, go), made, mayRunOnce: !goFile.path.endsWith('_test.go') && mayRun() });
      };
      for (const { go, body } of command ? [] : goLiterals) {
        const fn = index.enclosing(go);
        if (!fn || runsForProgram(fn) || index.neverUsed(fn) || index.runsOncePerProcessAt(go, true)) continue;
        const loops = endlessTickerLoops(body, (e) => isTickerChannel(e, fn));
        // Asked last, as it may read the module's other packages.
        if (loops.length === 0 || index.runsOnceInMain(fn, ONCE_DEPTH, true, goStarts(go, fn, index))) continue;
        for (const { loop, ticker } of loops) endless(loop, ticker, go, fn, file, tickerMadeFor(loop, ticker, fn));
      }
      // `go m.loop(t)`: the same loop in the package function that the goroutine runs.
      for (const { call, name } of command ? [] : timeCalls) {
        if (name === 'After') continue;
        const fn = index.enclosing(call);
        if (!fn || runsForProgram(fn) || index.neverUsed(fn)) continue;
        for (const { go, callee, isTicker } of tickerPassedToGo(call, name, fn, index)) {
          const body = callee.node.childForFieldName('body');
          if (!body) continue;
          const loops = endlessTickerLoops(body, isTicker);
          // Started once per process, as for a literal above (asked last: it may read the module's other packages).
          if (loops.length === 0 || index.runsOncePerProcessAt(go, true) || index.runsOnceInMain(fn, ONCE_DEPTH, true)) continue;
          for (const { loop, ticker } of loops) endless(loop, ticker, go, fn, callee.file, name === 'NewTicker' ? call : undefined);
        }
      }
      // `go j.Run()` where Run makes its own ticker and loops over it forever: the same loop, in the function the
      // goroutine runs; each start of it is a goroutine that never ends.
      for (const { call, name } of command ? [] : timeCalls) {
        if (name !== 'NewTicker' && name !== 'Tick') continue;
        const callee = index.enclosing(call);
        // Asked first, of the text alone: is the function's name written after a `go` anywhere in the package?
        if (!callee || callee.node.type === 'func_literal' || !startedByGoText(callee.name, pkg.files)) continue;
        if (!(name === 'Tick' ? tickedForever(call, callee) : newTickerForever(call, callee))) continue;
        const body = callee.node.childForFieldName('body');
        const loops = body ? endlessTickerLoops(body, (e) => isTickerChannel(e, callee)) : [];
        if (loops.length === 0) continue;
        for (const { file: startFile, call: start } of [...index.callsTo(callee), ...index.packageVarCallsTo(callee)]) {
          const go = start.parent?.type === 'go_statement' ? start.parent : undefined;
          const fn = go ? index.enclosing(go) : undefined;
          if (!go || !fn || isCommandFile(startFile) || runsForProgram(fn) || index.neverUsed(fn) || index.runsOncePerProcessAt(go, true)) continue;
          if (index.runsOnceInMain(fn, ONCE_DEPTH, true)) continue;
          // The function that runs the loop is named, and such a start is most often a service's own, made once per
          // process by code the module shows only through frameworks, interfaces and method names shared with other
          // types (reviewers judged 12 of 15 such findings false in code run before): outside tests it is taken to
          // may run once unless the go statement itself is in a loop or tests run the starter again and again (a
          // test binary is a process too).
          const mayRun = () => loopAround(go) === undefined && index.testRuns(fn, [...index.callsTo(fn), ...index.packageVarCallsTo(fn)]) <= 1;
          for (const { loop, ticker } of loops) endless(loop, ticker, go, fn, file, name === 'NewTicker' ? call : undefined, startFile, mayRun);
        }
      }
      // What a timer keeps in memory until it fires, or a ticker until it is stopped, matters in a program that runs
      // for long; a test binary's are bounded by its run, as staticcheck's SA1015 (time.Tick) judges too.
      if (!gated || file.path.endsWith('_test.go')) continue;
      for (const { call, name } of timeCalls) {
        const fn = index.enclosing(call);
        if (!fn || index.neverUsed(fn)) continue;
        // One timer or ticker per process (made in main, init, or a function main runs once) is not a leak that grows.
        // Asked only of what would be reported, as it may read the module's other packages.
        let onceMemo: boolean | undefined;
        const once = () => (onceMemo ??= runsForProgram(fn) || index.runsOncePerProcessAt(call, true) || index.runsOnceInMain(fn, ONCE_DEPTH, true));
        // A one-shot timer made once per call, outside loops, is freed when it fires: one pending per call, for its
        // duration, as a `time.After` in a one-shot select. Made once per iteration, they pile up.
        if (name === 'NewTimer' && !loopAround(call)) continue;
        if ((name === 'NewTicker' || name === 'NewTimer') && !stoppedOrEscapes(call, fn)) {
          if (onlyBoundedLoopsAround(call) && once()) continue;
          // Received for as long as the function runs, which it does for good once the ticker is made.
          if (name === 'NewTicker' && newTickerForever(call, fn)) continue;
          if (name === 'NewTimer' && receivedNext(call, fn)) continue;
          const serves = name === 'NewTicker' && tickedInLoop(call, fn);
          findings.push({ kind: 'never-stopped', timer: name === 'NewTicker' ? 'ticker' : 'timer', file, call, mayRunOnce: serves && mayRunOnce(call, fn, index) });
        } else if (name === 'NewTicker' || name === 'NewTimer') {
          const exits = exitsLeftRunning(call, fn, name === 'NewTimer');
          if (exits.length === 0 || ((onlyBoundedLoopsAround(call) || stoppedBeforeRemake(call, fn)) && once())) continue;
          findings.push({ kind: 'not-always-stopped', timer: name === 'NewTicker' ? 'ticker' : 'timer', file, call, exits });
        } else if (name === 'Tick') {
          if (!tickedForever(call, fn) && !once()) {
            // `for range time.Tick(d)` that never ends is long-lived code (reported above when it is a goroutine).
            findings.push({ kind: 'tick-outside-main', file, call });
          }
        } else if (name === 'After' && loopAround(call) !== undefined && !onlyTimerRepeats(call, fn, index, pkg.files) && !waitedOut(call, fn) && !leavesLoopAfter(call) && !inShortLoops(call, fn, index)) {
          findings.push({ kind: 'after-in-loop', file, call });
        }
      }
    }
    for (const file of pkg.files) findings.push(...drainedTwice(file));
    // Nor in a method of a type no running code makes (asked last: it may parse the files that name the type).
    const unmade = (n: Node) => {
      const t = index.enclosing(n)?.recvType;
      return t !== undefined && index.neverMade(t);
    };
    const made = findings.filter((f) => !unmade(f.kind === 'endless-ticker-loop' ? f.go : f.kind === 'drained-twice' ? f.drain : f.call));
    // A ticker that a goroutine reported above waits on forever is in use for as long as it runs: that goroutine is the
    // leak (one finding), not the ticker never stopped.
    const foreverIn = new Set(made.flatMap((f) => (f.kind === 'endless-ticker-loop' && f.made ? [f.made.id] : [])));
    return { version, findings: made.filter((f) => (f.kind !== 'never-stopped' && f.kind !== 'tick-outside-main') || !foreverIn.has(f.call.id)) };
  },
};

/**
 * A method that runs the rest of its body once per value: its first statement returns when a field of the receiver
 * is set (`if c.hub != nil { return }`), and it sets that field before `go` (`c.hub = h`). A goroutine it starts
 * there is one per value, not one per call.
 */
function oncePerValue(fn: FuncInfo, go: Node): boolean {
  const recv = fn.recvType ? fn.node.childForFieldName('receiver')?.namedChild(0)?.childForFieldName('name')?.text : undefined;
  const body = fn.node.childForFieldName('body');
  if (recv && body && contains(body, go) && underOwnOnce(recv, go)) return true;
  const first = body ? blockStatements(body)[0] : undefined;
  if (!recv || !body || first?.type !== 'if_statement' || !contains(body, go)) return false;
  const m = new RegExp(`^${escapeRe(recv)}\\.(\\w+)\\s*!=\\s*nil$`).exec(first.childForFieldName('condition')?.text ?? '');
  const then = first.childForFieldName('consequence');
  const stmts = then ? blockStatements(then) : [];
  if (!m || stmts.length !== 1 || stmts[0].type !== 'return_statement') return false;
  const field = `${recv}.${m[1]}`;
  return findBelow(body, (n) => n.type === 'assignment_statement' && n.endIndex <= go.startIndex && listItems(n.childForFieldName('left')).some((l) => l?.text === field)).length > 0;
}

/**
 * Is `go` in the literal that a `sync.Once` field of the receiver runs, `p.refreshOnce.Do(func() { go … })`: the
 * literal runs once per value of the receiver's type, however often the method is called.
 */
function underOwnOnce(recv: string, go: Node): boolean {
  const lit = enclosingFuncNode(go);
  if (lit?.type !== 'func_literal' || !runByOnceField(lit)) return false;
  // `recv.field.Do`: the Do call's operand is a field of the receiver itself.
  const once = lit.parent?.parent?.childForFieldName('function')?.childForFieldName('operand');
  return once?.childForFieldName('operand')?.text === recv;
}

const DRAIN = String.raw`!\s*[A-Za-z_][\w.]*\.Stop\(\)`;
const DRAIN_TEXT = new RegExp(DRAIN);

/** Is `e` the receive `<-X.C` of the timer expression text `timer`? */
function receivesTimer(e: Node | null | undefined, timer: string): boolean {
  const op = e ? receiveOperand(unparen(e)) : undefined;
  const sel = op && unparen(op);
  return sel?.type === 'selector_expression' && sel.childForFieldName('field')?.text === 'C' && sel.childForFieldName('operand')?.text === timer;
}

/**
 * The names of the function literals declared in the function around `n` (`name := func() { … }`) whose body
 * resets the timer `timer` (`timer.Reset(…)`) or gives it a new value.
 */
function localResetters(n: Node, timer: string): Set<string> {
  const out = new Set<string>();
  const body = enclosingFuncNode(n)?.childForFieldName('body');
  if (!body) return out;
  const reset = new RegExp(`(?<![\\w.])${escapeRe(timer)}\\s*(?:\\.\\s*Reset\\s*\\(|=(?!=))`);
  for (const d of findBelow(body, (x) => x.type === 'short_var_declaration')) {
    const names = listItems(d.childForFieldName('left'));
    const values = listItems(d.childForFieldName('right'));
    names.forEach((name, i) => {
      const v = values[i];
      if (name?.type === 'identifier' && v?.type === 'func_literal' && reset.test(v.childForFieldName('body')?.text ?? '')) out.add(name.text);
    });
  }
  return out;
}

/**
 * The timer drained twice: `if !t.Stop() { <-t.C }`, a statement of its own in a loop, where another select case of
 * the loop receives `t.C` and always goes round (no return, break, goto or panic in it) without `t.Reset` or a new
 * timer. No Reset or assignment of `t` anywhere else in the loop except after the drain, in its own case.
 */
function drainedTwice(file: SourceFile): TimerFinding[] {
  const out: TimerFinding[] = [];
  // The text first: touching the tree parses a file that may have no reason to be parsed, so only a drain in the
  // code (`!t.Stop()`) does.
  if (!file.text.includes('.Stop()') || !file.text.includes('.C') || !DRAIN_TEXT.test(file.text)) return out;
  for (const m of codeMatches(file.text, DRAIN)) {
    const root = file.rootAt(m.index);
    if (!root) return out;
    const not = nodeStartingAt(root, m.index, 'unary_expression', 4);
    const call = not && unparen(not.childForFieldName('operand')!);
    const fnSel = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
    const ifStmt = not && parentSkippingParens(not);
    if (!not || fnSel?.type !== 'selector_expression' || ifStmt?.type !== 'if_statement' || ifStmt.childForFieldName('condition')?.id !== not.id) continue;
    if (ifStmt.childForFieldName('initializer') || call!.childForFieldName('arguments')?.namedChildCount !== 0) continue;
    const timer = fnSel.childForFieldName('operand')!.text;
    const drainStmt = blockStatements(ifStmt.childForFieldName('consequence')).find((st) => st.type === 'expression_statement' && receivesTimer(st.namedChild(0), timer));
    const loop = loopAround(ifStmt);
    if (!drainStmt || !loop) continue;
    // The drain is a statement of the loop's body or of a select case directly in it (not under another condition).
    const holder = statementHolder(ifStmt);
    const drainCase = holder?.type === 'communication_case' ? holder : undefined;
    if (!holder || (!drainCase && holder.parent?.id !== loop.id) || (drainCase && loopAround(drainCase)?.id !== loop.id)) continue;
    // Resets and new timers: only after the drain in its own case. A call of a local function literal that resets
    // it (`scheduleNext := func() { …; t.Reset(d) }`) is a reset too.
    const resetters = localResetters(loop, timer);
    const renews = findBelow(loop, (n) => {
      if (n.type === 'call_expression') {
        const f = n.childForFieldName('function');
        return f?.text === `${timer}.Reset` || (f?.type === 'identifier' && resetters.has(f.text));
      }
      if (n.type === 'assignment_statement' || n.type === 'short_var_declaration') return listItems(n.childForFieldName('left')).some((x) => x?.text === timer);
      return false;
    });
    if (renews.some((r) => !(drainCase && contains(drainCase, r) && r.startIndex > ifStmt.endIndex))) continue;
    const taken = findBelow(loop, (n) => n.type === 'communication_case' && n.id !== drainCase?.id && receivesTimer(n.childForFieldName('communication')?.namedChild(0) ?? n.childForFieldName('communication'), timer)).find(
      (c) => loopAround(c)?.id === loop.id && findBelow(c, isWayOut).length === 0,
    );
    if (!taken) continue;
    out.push({ kind: 'drained-twice', file, drain: drainStmt.namedChild(0)!, taken, timer });
  }
  return out;
}
