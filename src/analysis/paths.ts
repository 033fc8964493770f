import type { Node, Tree } from 'web-tree-sitter';
import type { ChanOp } from './channels';
import { neverReassigned, writeOf, type Resolution } from './scope';
import { blockStatements, loopHeader, BRANCHING, callEnd, caseStatements, closedTimeCheck, conjuncts, contains, decidedCheck, decidedFailureBranch, declaresName, enclosingFuncNode, isFailureReport, isFailureReturn, isTerminatingCall, isFuncNode, isTestFailureExit, isTimerReceive, listItems, loopAround, parentOf, statementAfter, statementBefore, statementHolder, unparen } from './syntax';

/**
 * Path counting over Go's structured control flow (no goto): how few receives a goroutine can make before it
 * stops receiving, and how many sends a goroutine can make. Loops are summarised, not unrolled, so the cost
 * is linear in the size of the body.
 */

export type WitnessKind = 'select' | 'default' | 'return' | 'break' | 'if' | 'switch' | 'end';

/** The place where a path that receives too few times is decided (a select case, an early return …). */
export interface Witness {
  node: Node;
  kind: WitnessKind;
  /**
   * Other failing checks (`t.Fatal`, `require.NoError`) that leave with as few operations: which of them fails
   * first depends on what went wrong, so each is a place the partner can be let down.
   */
  also?: Node[];
  /**
   * For a select case whose path leaves because a test fails there (`t.Fatal`, `t.Error` + `return`), or by a return
   * inside a case that on its other paths goes on (`case <-tick: if cancelled() { return }`): that statement.
   */
  at?: Node;
  /** For a select case: winning is not enough, the case then has to return (at `at`); on its other paths it goes on. */
  thenReturns?: boolean;
  /** For a return or the end of the body reached after skipping an `if` or `switch` (no branch taken): that skip. */
  cause?: Witness;
  /** For a select case: the same select has a case that takes a counted value (it waits for this channel too). */
  own?: boolean;
  /** For a select case: the other cases of the same select that leave with as few values taken (either can win). */
  arms?: Node[];
}

interface PV {
  n: number;
  w?: Witness;
  /** The path has not yet passed the statement that starts the partner goroutine. */
  ns?: boolean;
  /** The path passed that statement inside the sub-result (earlier counts are then irrelevant). */
  st?: boolean;
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

/** Key prefix of `continue` statements among the breaks of a result (a break's key is its label, '' for none). */
const CONTINUE = '\u0000continue:';
/** The label of the way out of a `for running { … }` loop by its flag (see flagExits). */
const FLAG = '\u0000flag:';

/**
 * `for running { select { case v := <-ch: …; case <-ctx.Done(): running = false } }` (or `for !done { … done = true
 * }`): the assignments that end the loop, each the last thing its iteration does, so the loop is left right there,
 * as by a break. Only for a loop whose condition is the flag alone, which its body (no function literal in it) sets
 * only to `true` or `false`.
 */
function flagExits(loop: Node): Node[] {
  const h = loopHeader(loop);
  const negated = h?.type === 'unary_expression' && h.childForFieldName('operator')?.text === '!';
  const flag = negated ? unparen(h!.childForFieldName('operand')!) : h;
  const body = loop.childForFieldName('body');
  if (flag?.type !== 'identifier' || !body) return [];
  const leaving = negated ? 'true' : 'false';
  const exits: Node[] = [];
  for (const a of body.descendantsOfType(['assignment_statement', 'short_var_declaration', 'func_literal', 'inc_statement', 'dec_statement'])) {
    if (!a) continue;
    const left = a.childForFieldName('left');
    if (a.type === 'func_literal') {
      if (new RegExp(`\\b${flag.text}\\b`).test(a.text)) return [];
      continue;
    }
    const names = left ? listItems(left) : [];
    const i = names.findIndex((n) => n?.type === 'identifier' && n.text === flag.text);
    if (i < 0) continue;
    if (a.type !== 'assignment_statement' || names.length !== 1 || a.childForFieldName('operator')?.text !== '=') return [];
    const v = listItems(a.childForFieldName('right')!)[0];
    if (v?.text === leaving) {
      if (!endsIteration(a, body)) return [];
      exits.push(a);
    } else if (v?.text !== (negated ? 'false' : 'true')) return [];
  }
  return exits;
}

/** Is `st` the last thing an iteration of the loop with body `body` runs, whatever branch it sits in? */
function endsIteration(st: Node, body: Node): boolean {
  for (let x: Node | null = st; x; ) {
    if (statementAfter(x) !== null) return false;
    const holder = statementHolder(x);
    if (!holder) return false;
    if (holder.id === body.id) return true;
    // Up to the statement the holder belongs to: the if of a branch, the select or switch of a case.
    const up = holder.parent;
    if (!up) return false;
    if (up.type === 'if_statement') {
      // `else if`: the inner if is itself the alternative of an outer one.
      let top: Node = up;
      while (top.parent?.type === 'if_statement') top = top.parent;
      x = top;
    } else if (up.type === 'select_statement' || up.type === 'expression_switch_statement' || up.type === 'type_switch_statement') x = up;
    else if (up.type === 'block' || up.type === 'statement_list') x = holder;
    else return false;
  }
  return false;
}

function decisive(w: Witness | undefined): boolean {
  return w !== undefined && (w.kind === 'select' || w.kind === 'default');
}

/** Is `stmt` a check that ends the goroutine when it fails (`require.NoError(t, err)`), outside the select of `comm`? */
function checkAfter(stmt: Node, comm: Node): boolean {
  if (callEnd(stmt) !== 'maybe-goroutine') return false;
  let select: Node | null = comm;
  while (select && select.type !== 'select_statement') select = select.parent;
  return !!select && !contains(select, stmt);
}

/**
 * Is `ret` a return taken by a choice made after the select case `comm` (`if err := c.Close(); err != nil {
 * return err }` below the select)? Then that choice, not the case, is why the code after it never receives. A
 * return inside the case, or the function's unconditional last return, is not.
 */
function conditionalAfter(ret: Node, comm: Node): boolean {
  let select: Node | null = comm;
  while (select && select.type !== 'select_statement') select = select.parent;
  if (!select || contains(select, ret)) return false;
  for (let p = ret.parent; p; p = p.parent) {
    if (contains(p, comm)) return false; // reached the select's level
    if (BRANCHING.has(p.type)) return true;
  }
  return false;
}

/** Is the return `ret` reached from `from` with no branch of its own: no `if`, `switch` or loop holds it below their common level? */
function straightAfter(ret: Node, from: Node): boolean {
  for (let p = ret.parent; p; p = p.parent) {
    if (contains(p, from)) return true;
    if (BRANCHING.has(p.type)) return false;
  }
  return false;
}

function add(prefix: PV, v: PV | null): PV | null {
  if (!v) return null;
  // Passing the partner's start resets the count: what happened before it is not a way to abandon the partner.
  if (v.st && prefix.ns) return { n: v.n, w: v.w, st: true };
  // The last decisive choice on the path (a select case that let the partner down) explains it best; but a
  // return after that select (not inside its case) is where the path really leaves: the code after it receives.
  // A check that ends the goroutine only when it fails (`require.NoError(t, err)`) is such a choice too.
  const later = v.w && decisive(prefix.w) && v.w.kind === 'return' && (conditionalAfter(v.w.node, prefix.w!.node) || checkAfter(v.w.node, prefix.w!.node));
  let w = later || decisive(v.w) || !decisive(prefix.w) ? (v.w ?? prefix.w) : prefix.w;
  // `for p := range paths { if err = f(p); err != nil { break } }; return err`: the break left the loop that
  // receives; the return that the path then reaches, unconditionally, only ends the function.
  const vw = v.w;
  if (prefix.w?.kind === 'break' && vw !== undefined && w === vw && (vw.kind === 'end' || (vw.kind === 'return' && straightAfter(vw.node, prefix.w.node)))) w = prefix.w;
  // `if ch != nil { close(ch) }; return err`: the return is where the path leaves, the skipped `if` is why.
  if (w && w === v.w && (w.kind === 'return' || w.kind === 'end') && !w.cause && (prefix.w?.kind === 'if' || prefix.w?.kind === 'switch')) w = { ...w, cause: prefix.w };
  const out: PV = { n: prefix.n + v.n, w };
  if (prefix.st || v.st) out.st = true;
  else if (prefix.ns || v.ns) out.ns = true;
  return out;
}

/**
 * How well a give-up explains a path, among paths with as few operations: a select case (a choice) over a return;
 * among cases, one in a select that also waits for the counted channel (it gives up on this very channel, where a
 * case of another select gives up on that select's channel, whose sender may not have got this far), then a timer
 * (it can always win, where a `ctx.Done()` or a failure check in another case may be unable to fire).
 */
function rank(w: Witness | undefined): number {
  if (!decisive(w)) return 0;
  return 1 + (w!.own ? 2 : 0) + (w!.kind === 'select' && isTimerReceive(w!.node) ? 1 : 0);
}

/** `keep`, with `other`'s give-up (and the ones it lists) among where it can also stop: once each, in order. */
function withAlso(keep: PV, other: PV): PV {
  const also = [...(keep.w!.also ?? []), other.w!.node, ...(other.w!.also ?? [])].filter((n, i, all) => n.id !== keep.w!.node.id && all.findIndex((m) => m.id === n.id) === i);
  return { ...keep, w: { ...keep.w!, also: also.sort((x, y) => x.startIndex - y.startIndex) } };
}

function min(a: PV | null, b: PV | null): PV | null {
  if (!a) return b;
  if (!b) return a;
  // Two cases of one select that leave with as few values taken, not both signals (`case <-ctx.Done(): return` beside
  // `case r := <-results: if r.err != nil { return }`): the message names the better explanation, and the other
  // case is where it can also stop.
  if (b.n === a.n && a.w?.kind === 'select' && b.w?.kind === 'select' && a.w.node.id !== b.w.node.id && !(isSignal(a.w.node) && isSignal(b.w.node)) && sameSelect(a.w.node, b.w.node)) {
    const [keep, other] = rank(b.w) > rank(a.w) ? [b, a] : [a, b];
    return withAlso(keep, other);
  }
  if (b.n < a.n || (b.n === a.n && rank(b.w) > rank(a.w))) return b;
  // Of two failing checks with as few values taken, the later one: the partner has had longer to reach its
  // operation (a setup check that fails before the partner has anything to send strands less surely than one after).
  if (b.n === a.n && a.w?.kind === 'return' && b.w?.kind === 'return' && isTestFailureExit(a.w.node) && isTestFailureExit(b.w.node) && a.w.node.id !== b.w.node.id) {
    const [first, last] = b.w.node.startIndex > a.w.node.startIndex ? [a, b] : [b, a];
    return withAlso(last, first);
  }
  // Two cases of one select that leave with as few values taken, and explain it as well: either can win, so the
  // message names both (`case <-s.quit` or `case <-s.done`), the first written first.
  if (b.n === a.n && a.w?.kind === 'select' && b.w?.kind === 'select' && a.w.node.id !== b.w.node.id && isSignal(a.w.node) && isSignal(b.w.node) && sameSelect(a.w.node, b.w.node)) {
    const all = [a.w.node, ...(a.w.arms ?? []), b.w.node, ...(b.w.arms ?? [])].filter((n, i, list) => list.findIndex((m) => m.id === n.id) === i);
    all.sort((x, y) => x.startIndex - y.startIndex);
    const first = all[0].id === b.w.node.id ? b : a;
    return { ...first, w: { ...first.w!, arms: all.filter((n) => n.id !== first.w!.node.id) } };
  }
  return a;
}

/**
 * Is a select communication a signal, a receive that takes no value (`<-s.done`, `<-ctx.Done()`)? A case that takes
 * one (`v := <-res`, `req, ok := <-reqs`) leaves on what it got: it is named alone, never beside another.
 */
function isSignal(comm: Node): boolean {
  return comm.type === 'expression_statement' || (comm.type === 'receive_statement' && !comm.childForFieldName('left'));
}

/** Are two select communications (or cases) cases of the same select statement? */
function sameSelect(x: Node, y: Node): boolean {
  const sel = (n: Node) => {
    let p: Node | null = n;
    while (p && p.type !== 'communication_case' && p.type !== 'default_case') p = p.parent;
    return p?.parent?.type === 'select_statement' ? p.parent.id : -1;
  };
  const s = sel(x);
  return s !== -1 && s === sel(y);
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

/** Statements with statements inside, which a path walks into. */
const COMPOUND = new Set(['if_statement', 'for_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement', 'block', 'labeled_statement']);

/** Where a node is, read once: the path walks ask whether each statement holds it, and reading `endIndex` calls into wasm. */
interface Span {
  tree: Tree;
  start: number;
  end: number;
}

function spansOf(nodes: readonly Node[]): Span[] {
  return nodes.map((n) => ({ tree: n.tree, start: n.startIndex, end: n.endIndex }));
}

/** How many of the nodes `spans` tell lie inside `within` (`contains(within, n)`, its end read only when needed). */
function countIn(spans: readonly Span[], within: Node | null): number {
  if (!within) return 0;
  const start = within.startIndex;
  let end = -1;
  let k = 0;
  for (const s of spans) {
    if (s.tree !== within.tree || s.start < start) continue;
    if (end < 0) end = within.endIndex;
    if (s.end <= end) k++;
  }
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
  /**
   * The statement (or a node inside it) that starts the partner goroutine, when it is in this body: paths that
   * end before it are not counted.
   */
  start?: Node;
  /**
   * Conditions known to hold on every path that matters (`if !async { <-done }` around the partner's wait, over
   * variables nothing assigns): an `if` on one of them takes that branch.
   */
  guards?: readonly Guard[];
  /** The channel's make: a loop around it makes a new channel per iteration, so it counts as one iteration. */
  fresh?: Node;
  /**
   * Whether a path through a select case that does not count (a cancellation, a timeout) is a way to end short.
   * True for receivers (they give up); false for senders, which leave that way only when told to stop.
   */
  selectExits?: boolean;
  /**
   * Select cases that cannot be chosen on a path that still counts: e.g. a receive from a channel that the
   * partner sends on only instead of this one (`if err != nil { errc <- err } else { out <- v }`).
   */
  impossibleCase?: (comm: Node) => boolean;
  /**
   * Whether a path that ends because a test failed (`t.Fatal`, `require.NoError`, `t.Error` + `return` …) counts.
   * Such a call ends only the test's goroutine, so by default it does (false: judge only the other paths).
   */
  failExits?: boolean;
  /** Returns that hand out something else than the channel followed (`return e.wait` beside `return ch`): not counted. */
  otherReturn?: (ret: Node) => boolean;
  /** Ways out that are known not to happen (a return, break, goroutine-ending call, or an if or switch that skips): not counted. */
  ignore?: (n: Node) => boolean;
  /**
   * Statements that wait for every partner to finish (`wg.Wait()`): the partner still blocked there is stranded
   * (a way out, like a return), and after it none is left (the count ends, like a close).
   */
  waitsForAll?: (s: Node) => boolean;
  /** Range loops over the channel that leave only after a number of rounds (see countedExit): that number, else undefined. */
  rangeRounds?: (loop: Node) => number | undefined;
  /** `if` statements whose branch never runs on a path that still counts (`if err := ctx.Err(); err != nil` on a context nothing ends). */
  impossibleIf?: (ifs: Node) => boolean;
  /**
   * The partner never runs dry (an endless producer): a loop that receives some unknown number of times and then
   * ends is a way to end short (its zero rounds stand for any finite number), not a match for every value sent.
   */
  endlessPartner?: boolean;
}

/** Options of minReceives and minSends. */
export interface PathOptions {
  failExits?: boolean;
  /** See CountSpec.impossibleIf. */
  impossibleIf?: (ifs: Node) => boolean;
  /** See CountSpec.endlessPartner. */
  endlessPartner?: boolean;
  waitsForAll?: (s: Node) => boolean;
  /** Operations after which the partner never blocks again (see CountSpec.infinite). */
  infinite?: readonly Node[];
  otherReturn?: (ret: Node) => boolean;
  ignore?: (n: Node) => boolean;
  /** Conditions known to hold where the partner waits (see CountSpec.guards). */
  guards?: readonly Guard[];
  /**
   * Uses of received values that tell, like `ok`, that the channel is closed: `v == nil` for a `v := <-ch` on a
   * channel no send puts nil on (node ids).
   */
  closedTests?: readonly number[];
  rangeRounds?: (loop: Node) => number | undefined;
}

/** The fewest receives from the channel that `block` makes on any path that ends. */
export function minReceives(
  block: Node,
  ops: readonly ChanOp[],
  start?: Node,
  fresh?: Node,
  impossibleCase?: (comm: Node) => boolean,
  opts: PathOptions = {},
): CountSummary {
  const okRefs = new Set<number>();
  for (const o of ops) {
    for (const r of o.okDecl?.refs ?? []) okRefs.add(r.id);
    for (const f of o.okFlags ?? []) for (const r of f.refs) okRefs.add(r.id);
  }
  for (const id of opts.closedTests ?? []) okRefs.add(id);
  return minCount(block, {
    nodes: ops.filter((o) => o.kind === 'recv').map((o) => o.node),
    rangeLoops: new Set(ops.filter((o) => o.kind === 'range').map((o) => o.node.id)),
    okRefs,
    start,
    fresh,
    impossibleCase,
    ...opts,
  });
}

/**
 * The fewest sends (a close counts as unlimited) that `block` makes on any path that ends, not counting paths
 * that leave through a select case (the sender was told to stop).
 */
export function minSends(block: Node, ops: readonly ChanOp[], start?: Node, fresh?: Node, opts: PathOptions = {}): CountSummary {
  const closes = ops.filter((o) => o.kind === 'close');
  if (closes.some((o) => o.deferred)) return { min: Infinity };
  // A guarded send delivers unless its other case fires, and that case is how the sender is told to stop.
  const nodes = ops.filter((o) => o.kind === 'send').map((o) => o.node);
  return minCount(block, { nodes, infinite: closes.map((o) => o.node), start, fresh, selectExits: false, ...opts });
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
  const infiniteSpans = spansOf(infinite);
  const nodeSpans = spansOf(nodes);
  const rc = (n: Node | null) => (countIn(infiniteSpans, n) > 0 ? Infinity : countIn(nodeSpans, n));
  const hasRangeIn = (n: Node) => n.descendantsOfType('for_statement').some((d) => d !== null && rangeLoops.has(d.id));
  const hasRecv = (n: Node) => rc(n) > 0 || (rangeLoops.size > 0 && hasRangeIn(n));

  /**
   * A condition on `ok` of `v, ok := <-ch` (or on a variable that remembers it): the branch may be the one that
   * runs once the channel is closed. We cannot tell which branch that is, so it counts as draining (quiet).
   */
  const closedCheck = (cond: Node | null): boolean => {
    if (!cond || okRefs.size === 0) return false;
    const stack = [cond];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === 'identifier' && okRefs.has(n.id)) return true;
      for (const c of n.namedChildren) if (c) stack.push(c);
    }
    return false;
  };

  const start = contains(block, spec.start) ? spec.start : undefined;
  const guards = [...(spec.guards ?? []), ...(start ? guardsAround(block, start) : [])];
  const startsIn = (s: Node) => contains(s, start);
  /** The empty path: zero operations, or — before the partner's start — a path that does not count. */
  const zero = (ns: boolean, w?: Witness): PV => (ns ? { n: Infinity, ns: true } : { n: 0, w });
  /** A statement that runs straight through: its operations, and whether it starts the partner. */
  const straight = (s: Node, ns: boolean): PV => (startsIn(s) ? { n: rc(s), st: true } : ns ? zero(true) : { n: rc(s) });

  // `ns`: the path reaching this code has not passed the partner's start (every result is then absolute).
  const list = (stmts: Node[], depth: number, ns: boolean): Res => {
    let state: PV | null = zero(ns);
    let exit: PV | null = null;
    const brk = new Map<string, PV>();
    for (const s of stmts) {
      const r = stmt(s, depth, [], state.ns === true);
      exit = min(exit, add(state, r.exit));
      for (const [l, v] of r.brk) brk.set(l, min(brk.get(l) ?? null, add(state, v))!);
      state = add(state, r.fall);
      if (!state) break;
    }
    return { fall: state, exit, brk };
  };

  // A case whose path then ends a failing test keeps that statement as the place the goroutine gives up.
  // A check there that ends the test only when it fails (`case err := <-errs: require.NoError(t, err)`) is itself
  // the choice: the case winning is not the give-up, the check failing is; unless the case ends the test anyway
  // (`case <-timeout: require.Equal(…); require.FailNow(…)`): then winning is giving up, at its last statement.
  const stamp = (r: Res, w: Witness, clause?: Node): Res => {
    const last = r.fall === null && r.brk.size === 0 && clause ? caseStatements(clause).at(-1) : undefined;
    const ends = last !== undefined && isTestFailureExit(last) && callEnd(last) !== 'maybe-goroutine';
    // A case that goes on to take the value on its other paths (`case <-timer.C: if err := kill(); err != nil {
    // return err }; <-done`) lets the partner down only where it returns first: that return is the give-up.
    const takesLater = clause !== undefined && caseStatements(clause).some(hasRecv);
    // A case that on its other paths goes round its loop (`for { select { …; case <-tick: if cancelled() { return }
    // } }`): winning is not giving up, the return inside it is. (Outside a loop, going on past the select leaves too.)
    const goesOn = clause !== undefined && r.fall !== null && loopAround(clause) !== undefined;
    // A case whose body starts the partner (`case err := <-errs: done := …; go …; select { … }`) was chosen before
    // the partner existed: on the paths that pass its start, what lets the partner down comes after, inside.
    const startsInBody = clause !== undefined && startsIn(clause) && !startsIn(clause.childForFieldName('communication') ?? clause);
    return mapRes(r, (v) => startsInBody && v.st ? v : ({
      ...v,
      w:
        v.w?.kind === 'return' && isTestFailureExit(v.w.node) ? (callEnd(v.w.node) === 'maybe-goroutine' ? (ends ? { ...w, at: last } : v.w) : { ...w, at: v.w.node })
        : takesLater && v.w?.kind === 'return' && contains(clause!, v.w.node) ? { ...w, at: v.w.node }
        : goesOn && v.w?.kind === 'return' && contains(clause!, v.w.node) ? { ...w, at: v.w.node, thenReturns: true }
        : w,
    }));
  };

  /** Paths that passed the partner's start: every count on them is relative to it. */
  const started = (r: Res): Res => mapRes(r, (v) => ({ ...v, ns: undefined, st: true }));

  /** Assignments that end their loop's iteration and the loop with it (flagExits), by the label they break. */
  const flagBreaks = new Map<number, string>();

  const stmt = (s: Node, depth: number, labels: string[], ns: boolean): Res => {
    if (depth > MAX_DEPTH) throw new Unsupported('nesting too deep');
    const d = depth + 1;
    // The partner starts right before this statement (a start after a check, `if err != nil { … }; if x { … }`):
    // the statement runs after it, branches and all. (A statement that starts it itself is judged where it does.)
    if (ns && s.id === start?.id && COMPOUND.has(s.type)) return started(stmt(s, depth, labels, false));
    switch (s.type) {
      case 'block':
        return list(blockStatements(s), d, ns);
      case 'return_statement':
        if (spec.ignore?.(s) || spec.otherReturn?.(s) || (spec.failExits === false && isFailureReturn(s))) return { fall: null, exit: null, brk: EMPTY };
        return { fall: null, exit: { ...straight(s, ns), w: { node: s, kind: 'return' } }, brk: EMPTY };
      case 'break_statement':
        if (spec.ignore?.(s)) return { fall: null, exit: null, brk: EMPTY };
        // A break after which the partner never blocks again (`if !ok { break }`: the channel is closed).
        if (countIn(infiniteSpans, s) > 0) return { fall: null, exit: null, brk: new Map([[s.namedChild(0)?.text ?? '', { n: Infinity }]]) };
        return { fall: null, exit: null, brk: new Map([[s.namedChild(0)?.text ?? '', zero(ns, { node: s, kind: 'break' })]]) };
      case 'assignment_statement': {
        // `done = true` that ends a `for !done { … }` loop once the iteration is over (see flagExits).
        const flag = flagBreaks.get(s.id);
        if (flag !== undefined) return { fall: null, exit: null, brk: new Map([[flag, zero(ns, { node: s, kind: 'break' })]]) };
        return { fall: straight(s, ns), exit: null, brk: EMPTY };
      }
      case 'continue_statement':
        // Goes round its loop: the path ends there, unless that loop makes the channel (see for_statement).
        return { fall: null, exit: null, brk: new Map([[CONTINUE + (s.namedChild(0)?.text ?? ''), zero(ns)]]) };
      case 'goto_statement':
        throw new Unsupported('goto');
      case 'fallthrough_statement':
        return { fall: zero(ns), exit: null, brk: EMPTY };
      case 'labeled_statement': {
        const inner = s.namedChildren.find((c) => c && c.type !== 'label_name' && c.type !== 'comment');
        const label = s.childForFieldName('label')?.text ?? '';
        if (!inner) return { fall: zero(ns), exit: null, brk: EMPTY };
        return consumeBreaks(stmt(inner, d, [label], ns), [label]);
      }
      case 'if_statement': {
        // `if err := Monitor(ch); err != nil { … }` starting the partner: its branches come after the start.
        const head = [s.childForFieldName('initializer'), s.childForFieldName('condition')];
        if (ns && head.some((h) => h && contains(h, start))) return started(stmt(s, depth, labels, false));
        const k = rc(s.childForFieldName('initializer')) + rc(s.childForFieldName('condition'));
        // `if err != nil { t.Fatal(err) }` on an error decided by the code: not a way a passing test goes.
        if (k === 0 && decidedFailureBranch(s)) return { fall: zero(ns), exit: null, brk: EMPTY };
        // `case _, ok := <-ticker.C: if !ok { return }`: a time channel is never closed, the branch never runs.
        if (k === 0 && (closedTimeCheck(s) || spec.impossibleIf?.(s))) {
          const alt = s.childForFieldName('alternative');
          return alt ? stmt(alt, d, [], ns) : { fall: zero(ns), exit: null, brk: EMPTY };
        }
        // The same condition as one the partner was started under: every path that started it goes the same way.
        const same = guards.length && !startsIn(s) && !s.childForFieldName('initializer') ? sameAsGuard(s.childForFieldName('condition')!, guards) : undefined;
        if (same !== undefined) {
          const taken = same ? s.childForFieldName('consequence') : s.childForFieldName('alternative');
          return shift(taken ? stmt(taken, d, [], ns) : { fall: zero(ns), exit: null, brk: EMPTY }, k);
        }
        let then = stmt(s.childForFieldName('consequence')!, d, [], ns);
        // `if err1 != nil && err2 != nil { break loop }` where err1 is only ever given a counted receive's value: the
        // branch runs only after one was made.
        if (receivedBefore(s.childForFieldName('condition'), block, nodes)) then = mapRes(then, (v) => (v.n >= 1 ? v : { ...v, n: 1 }));
        if (closedCheck(s.childForFieldName('condition'))) then = mapRes(then, () => ({ n: Infinity }));
        const alt = s.childForFieldName('alternative');
        let other: Res = alt
          ? stmt(alt, d, [], ns)
          : { fall: spec.ignore?.(s) ? null : zero(ns, { node: s, kind: 'if' }), exit: null, brk: EMPTY };
        // `if errc == nil { errc = <-quit }` skipped: errc is not nil, so it was given the value of a receive after which
        // the partner never blocks again (a path that did not pass one cannot skip it). Only for those: a counted
        // receive before it is already in the path's count, and the count here is the if's own.
        const given = alt || infinite.length === 0 ? undefined : givenUnlessNil(s.childForFieldName('condition'), block, infinite);
        if (given) other = mapRes(other, (v) => ({ ...v, n: Infinity }));
        // `if first { … }` skipped: the once flag went false just before an operation (onceFlagIf), so one was made;
        // `if !done { close(c); done = true }` skipped: c was closed.
        const flagged = alt ? undefined : onceFlagIf(s, [...nodes, ...infinite]);
        if (flagged) {
          const closed = flagged.every((n) => infinite.includes(n));
          other = mapRes(other, (v) => (closed ? { ...v, n: Infinity } : v.n >= 1 ? v : { ...v, n: 1 }));
        }
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
          branches.push(consumeBreaks(list(caseStatements(c), d, ns), ['']));
        }
        if (!hasDefault && !spec.ignore?.(s)) branches.push({ fall: zero(ns, { node: s, kind: 'switch' }), exit: null, brk: EMPTY });
        return shift(merge(branches), k);
      }
      case 'select_statement': {
        const branches: Res[] = [];
        // A default beside cases that do not count is a poll (`case <-quit: …; default:`): it just goes on.
        const counted = s.namedChildren.some((c) => c?.type === 'communication_case' && rc(c.childForFieldName('communication')) > 0);
        // `case v := <-start():` — the select evaluates its channel operands on entry, before any case wins.
        const entry = ns && s.namedChildren.some((c) => c?.type === 'communication_case' && startsIn(c.childForFieldName('communication') ?? c));
        const nsCase = entry ? false : ns;
        for (const c of s.namedChildren) {
          if (!c || (c.type !== 'communication_case' && c.type !== 'default_case')) continue;
          const comm = c.childForFieldName('communication');
          const kc = rc(comm);
          if (kc === 0 && comm && spec.impossibleCase?.(comm)) continue;
          let r = shift(consumeBreaks(list(caseStatements(c), d, nsCase), ['']), kc);
          if (entry) r = started(r);
          if (kc === 0 && spec.selectExits === false) {
            if (c.type !== 'default_case' || counted) r = mapRes(r, () => ({ n: Infinity }));
          } else if (kc === 0) {
            // A case that records a test failure (`case <-time.After(d): t.Error("timeout")`) is a path where a test
            // fails, however it leaves afterwards: like `t.Error(…); return`, left out when failing paths are.
            if (spec.failExits === false && caseStatements(c).some(isFailureReport)) continue;
            const w: Witness = { node: comm ?? c, kind: c.type === 'default_case' ? 'default' : 'select', own: counted };
            // A select none of whose cases counts chose nothing for this channel: a path that goes on past it
            // keeps its own explanation (say, an earlier timeout); one that leaves inside a case leaves there.
            r = counted ? stamp(r, w, c) : { ...stamp(r, w, c), fall: r.fall };
          }
          branches.push(r);
        }
        return merge(branches); // `select {}` has no branch: it never ends
      }
      case 'for_statement': {
        // A range that ends only once every sender has returned (its channel closed by their defer): a wait for them.
        if (spec.waitsForAll?.(s)) return { fall: ns ? zero(true) : { n: Infinity }, exit: { ...straight(s, ns), w: { node: s, kind: 'return' } }, brk: EMPTY };
        // `for v := range start()`: the header runs first, so the body is after the partner's start.
        const header = ns && startsIn(s) && !contains(s.childForFieldName('body')!, start);
        if (header) return started(stmt(s, depth, labels, false));
        const flag = FLAG + s.id;
        for (const a of flagExits(s)) flagBreaks.set(a.id, flag);
        const looped = stmt(s.childForFieldName('body')!, d, [], ns);
        const out = ['', flag].concat(labels);
        // `continue` ends this iteration: with one channel per iteration, that channel's life ends there too.
        const again = [CONTINUE].concat(labels.map((l) => CONTINUE + l));
        const body = contains(s, spec.fresh) ? consumeBreaks(looped, again) : { ...looped, brk: new Map([...looped.brk].filter(([l]) => !again.includes(l))) };
        if (contains(s, spec.fresh)) return consumeBreaks(body, out); // one channel per iteration
        const broken = consumeBreaks({ fall: null, exit: body.exit, brk: body.brk }, out);
        if (rangeLoops.has(s.id)) {
          // Receives until the channel is closed; each way out of the body comes after at least one receive, or
          // after a known number of them (`n++; if n == total { break }`).
          const r = shift(broken, Math.max(1, spec.rangeRounds?.(s) ?? 1));
          return { fall: min({ n: Infinity }, r.fall), exit: r.exit, brk: r.brk };
        }
        if (!loopHeader(s)) return broken; // `for { … }`: only breaks and returns leave it
        // A counted loop may run any number of times; with receives inside, how many is unknown. When the
        // partner starts inside the loop, a path through one iteration is the one that counts.
        // A flag the loop tests that its last statement clears (`case <-ctx.Done(): running = false`) ends it there.
        if (hasRecv(s) && !spec.endlessPartner) return { fall: min({ n: Infinity }, body.brk.get(flag) ?? null), exit: broken.exit, brk: broken.brk };
        const once = ns && body.fall?.st ? body.fall : null;
        return { fall: min(min(zero(ns), broken.fall), once), exit: broken.exit, brk: broken.brk };
      }
      case 'expression_statement': {
        // The process ends: nobody is left waiting. A goroutine-ending call (runtime.Goexit, t.Fatal, a failing
        // require.NoError) leaves this goroutine here, and its partner waits in vain: a way out like a return.
        if (spec.waitsForAll?.(s)) return { fall: ns ? zero(true) : { n: Infinity }, exit: { ...straight(s, ns), w: { node: s, kind: 'return' } }, brk: EMPTY };
        const end = callEnd(s);
        if (end === 'process') return { fall: null, exit: null, brk: EMPTY };
        if (end === undefined || (end === 'maybe-goroutine' && decidedCheck(s))) return { fall: straight(s, ns), exit: null, brk: EMPTY };
        const counted = !spec.ignore?.(s) && (spec.failExits !== false || !isTestFailureExit(s));
        const exit = counted ? { ...straight(s, ns), w: { node: s, kind: 'return' as const } } : null;
        return { fall: end === 'goroutine' ? null : straight(s, ns), exit, brk: EMPTY };
      }
      default:
        return { fall: straight(s, ns), exit: null, brk: EMPTY };
    }
  };

  const r = list(blockStatements(block), 0, start !== undefined);
  const end = r.fall && { ...r.fall, w: r.fall.w ?? { node: block, kind: 'end' as const } };
  const best = min(r.exit, end);
  return best ? { min: best.n, witness: best.w } : { min: Infinity };
}

/**
 * Does `cond` require (a conjunct `x != nil`) a variable that starts nil (`var x error`) and is only ever given the
 * value of one of the counted receives (`case x = <-errs:`, `x = <-errs`)? Then it holds only after one of them.
 */
function receivedBefore(cond: Node | null, block: Node, nodes: readonly Node[]): boolean {
  if (!cond || !cond.text.includes('!= nil') || nodes.length === 0) return false;
  const fn = enclosingFuncNode(block);
  if (!fn) return false;
  return conjuncts(cond).some((c) => {
    const x = nilComparedName(c, '!=');
    if (!x) return false;
    const w = writesOf(fn, x);
    return !!w && w.length > 0 && w.every((right) => nodes.some((o) => contains(right, o)));
  });
}

/** `x <op> nil` or `nil <op> x` (parentheses allowed) for an identifier x: its name. */
function nilComparedName(c: Node, op: '==' | '!='): string | undefined {
  if (c.type !== 'binary_expression' || c.childForFieldName('operator')?.text !== op) return undefined;
  const [l, r] = [unparen(c.childForFieldName('left')!), unparen(c.childForFieldName('right')!)];
  return r.type === 'nil' && l.type === 'identifier' ? l.text : l.type === 'nil' && r.type === 'identifier' ? r.text : undefined;
}

/**
 * `x == nil` for a variable that starts nil (`var errc chan error`) and is only ever given the value of one of the
 * receives `taken` (`case errc = <-quit:`): those receives, one of which was made before wherever the test is false;
 * undefined for any other condition.
 */
function givenUnlessNil(cond: Node | null, block: Node, taken: readonly Node[]): Node[] | undefined {
  const x = cond && taken.length > 0 ? nilComparedName(unparen(cond), '==') : undefined;
  const fn = x ? enclosingFuncNode(block) : undefined;
  const w = fn ? writesOf(fn, x!) : undefined;
  if (!w || w.length === 0) return undefined;
  // The receive itself, or the statement that makes it (a select case's `errc = <-quit`).
  const from = w.map((right) => taken.find((o) => contains(right, o) || contains(o, right)));
  return from.every((o): o is Node => o !== undefined) ? from : undefined;
}

/**
 * The right sides of the assignments `x = …` (one name on the left) in `fn`, when x is declared there once by a
 * `var` without a value and given a value nowhere else (no `:=`, parameter, range, `++`, `&x`; literals that declare
 * their own x are skipped); undefined otherwise. The same for every `if x != nil` of the function, so it is worked
 * out once per function and name (receivedBefore asks for each such `if` on every path count).
 */
function writesOf(fn: Node, x: string): Node[] | undefined {
  let byFn = writes.get(fn.tree);
  if (!byFn) writes.set(fn.tree, (byFn = new Map()));
  const key = `${fn.id} ${x}`;
  if (byFn.has(key)) return byFn.get(key);
  pathsWork.writeWalks++;
  let declared = false;
  const rights: Node[] = [];
  // Every node of the function is asked about: its type and child count are read once (each read calls into wasm).
  const ok = (n: Node): boolean => {
    const type = n.type;
    // A literal that declares its own x (`_, x := call()`) holds another variable: its writes are not ours.
    if (type === 'func_literal' && n.id !== fn.id && declaresName(n, x)) return true;
    if (type === 'var_spec' && n.childrenForFieldName('name').some((m) => m?.text === x)) {
      if (n.childForFieldName('value') || declared) return false;
      declared = true;
    }
    if (type === 'short_var_declaration' || type === 'parameter_declaration' || type === 'range_clause') {
      if (n.text.includes(x) && (n.childForFieldName('left') ?? n).descendantsOfType('identifier').some((m) => m?.text === x)) return false;
    }
    if (type === 'assignment_statement' || type === 'receive_statement') {
      const left = n.childForFieldName('left');
      if (left && left.namedChildren.some((m) => m?.text === x)) {
        const right = n.childForFieldName('right');
        if (left.namedChildCount !== 1 || !right) return false;
        rights.push(right);
      }
    }
    if ((type === 'inc_statement' || type === 'dec_statement' || (type === 'unary_expression' && n.childForFieldName('operator')?.text === '&')) && n.text.includes(x)) {
      const t = type === 'unary_expression' ? n.childForFieldName('operand')?.text : n.namedChild(0)?.text;
      if (t === x) return false;
    }
    for (let i = 0, k = n.namedChildCount; i < k; i++) if (!ok(n.namedChild(i)!)) return false;
    return true;
  };
  const out = ok(fn) && declared ? rights : undefined;
  byFn.set(key, out);
  return out;
}

const writes = new WeakMap<object, Map<string, Node[] | undefined>>();

/** How often writesOf walked a function (for the tests: once per function and name, however many `if`s ask). */
export const pathsWork = { writeWalks: 0 };

/** A condition and the value it has on every path through the `if` it guards. */
export interface Guard {
  base: string;
  value: boolean;
}

/** `!x` → (`x`, negated). */
function baseOf(cond: Node, fn?: Node): { base: Node; key: string; negated: boolean } {
  let c = unparen(cond);
  let negated = false;
  while (c.type === 'unary_expression' && c.childForFieldName('operator')?.text === '!') {
    negated = !negated;
    c = unparen(c.childForFieldName('operand')!);
  }
  // `mode == "random"` (or `!=`): the variable compared with a constant literal, the comparison its key. With `fn`,
  // also a name that `fn` does not declare (`srcType == FileType`, a package constant), on the right.
  const op = c.type === 'binary_expression' ? c.childForFieldName('operator')?.type : undefined;
  if (op === '==' || op === '!=') {
    const [l, r] = [unparen(c.childForFieldName('left')!), unparen(c.childForFieldName('right')!)];
    const outer = (n: Node) => fn !== undefined && n.type === 'identifier' && !declaresName(fn, n.text);
    const [v, k] = GUARD_LITERAL.has(r.type) || outer(r) ? [l, r] : GUARD_LITERAL.has(l.type) ? [r, l] : [];
    if (v && k && (v.type === 'identifier' || v.type === 'selector_expression')) return { base: v, key: `${v.text} == ${k.text}`, negated: negated !== (op === '!=') };
  }
  return { base: c, key: c.text, negated };
}

/** Literals a guard may compare a variable with. */
const GUARD_LITERAL = new Set(['interpreted_string_literal', 'raw_string_literal', 'int_literal', 'rune_literal', 'true', 'false', 'nil']);

/**
 * The conditions of the `if` statements around `start` in `block` (`if withDr { …; go f() }`) that read only
 * variables the function never gives another value (an identifier, or a field of one: `pc.withDr`), with the
 * value each has where `start` runs.
 */
export function guardsAround(block: Node, start: Node, from?: Node): Guard[] {
  const fn = enclosingFuncNode(block);
  if (!fn) return [];
  const ifs: { p: Node; base: Node; key: string; value: boolean }[] = [];
  for (let p = start.parent, child: Node = start; p && p.id !== block.id; child = p, p = p.parent) {
    if (p.type !== 'if_statement' || p.childForFieldName('initializer')) continue;
    const cond = p.childForFieldName('condition')!;
    const inThen = p.childForFieldName('consequence')?.id === child.id;
    if (!inThen && p.childForFieldName('alternative')?.id !== child.id) continue;
    const { base, key, negated } = baseOf(cond, fn);
    ifs.push({ p, base, key, value: inThen !== negated });
  }
  // From the outermost of them (or `from`, the partner's go statement, when it comes first) on, nothing may change them.
  const cutoff = [from, ...ifs.map((x) => x.p)].filter((n): n is Node => !!n).reduce<Node | undefined>((a, n) => (!a || n.startIndex < a.startIndex ? n : a), undefined);
  return ifs.filter((x) => cutoff && guardNames(x.base)?.every((n) => stableName(n, fn, cutoff))).map((x) => ({ base: x.key, value: x.value }));
}

/**
 * The variables a guard reads: itself for a name or a field of one; for `a != nil || b != nil`, `!a && x == "k"`, the
 * names its comparisons with literals, negations and `&&`/`||` combine. Undefined when it reads anything else (a call).
 */
function guardNames(e: Node): Node[] | undefined {
  const c = unparen(e);
  if (c.type === 'identifier' || c.type === 'selector_expression') return [c];
  if (GUARD_LITERAL.has(c.type)) return [];
  if (c.type === 'unary_expression' && c.childForFieldName('operator')?.text === '!') return guardNames(c.childForFieldName('operand')!);
  const op = c.type === 'binary_expression' ? c.childForFieldName('operator')?.type : undefined;
  if (op !== '&&' && op !== '||' && op !== '==' && op !== '!=') return undefined;
  const l = guardNames(c.childForFieldName('left')!);
  const r = l && guardNames(c.childForFieldName('right')!);
  return l && r && [...l, ...r];
}

/**
 * `x` or `x.f` (`x` an identifier) that nothing in `fn` assigns, increments or takes the address of from `cutoff`
 * on (a write before it, outside any loop around it, is the value it then keeps).
 */
function stableName(e: Node, fn: Node, cutoff: Node): boolean {
  const root = e.type === 'selector_expression' ? unparen(e.childForFieldName('operand')!) : e;
  if (root.type !== 'identifier' || (e.type === 'selector_expression' && e.childForFieldName('field')?.type !== 'field_identifier')) return false;
  const loops: Node[] = [];
  for (let p = cutoff.parent; p && p.id !== fn.id; p = p.parent) if (p.type === 'for_statement') loops.push(p);
  const before = (n: Node) => n.endIndex <= cutoff.startIndex && !loops.some((l) => contains(l, n));
  const writes = (n: Node): boolean => {
    if (before(n)) return false;
    if (n.type === 'assignment_statement' || n.type === 'short_var_declaration') {
      if ((n.childForFieldName('left')?.namedChildren ?? []).some((l) => l && (l.text === e.text || l.text === root.text))) return true;
    }
    if (n.type === 'inc_statement' || n.type === 'dec_statement') return n.namedChild(0)?.text === e.text;
    if (n.type === 'unary_expression' && n.childForFieldName('operator')?.text === '&') {
      const x = n.childForFieldName('operand')?.text;
      return x === e.text || x === root.text;
    }
    for (let i = 0; i < n.namedChildCount; i++) {
      const c = n.namedChild(i);
      if (c && writes(c)) return true;
    }
    return false;
  };
  return !writes(fn.childForFieldName('body') ?? fn);
}

/** The branch an `if` on one of `guards` takes where the partner was started: true for its consequence. */
function sameAsGuard(cond: Node, guards: Guard[]): boolean | undefined {
  const { key, negated } = baseOf(cond, enclosingFuncNode(cond));
  const g = guards.find((x) => x.base === key);
  return g === undefined ? undefined : g.value !== negated;
}

/** The value of a package constant named by an identifier (undefined when it names anything else). */
export type ConstantOf = (id: Node) => number | undefined;

/**
 * Integer constants as seen from inside a function: package constants (by name, when no local hides them), and
 * locals initialised with a constant expression and never given another value (`n := 10`, `const k = n * 2`).
 */
export function constantsIn(res: Resolution, constants?: ReadonlyMap<string, number>): ConstantOf {
  let depth = 0;
  const of: ConstantOf = (id) => {
    const d = res.declOf(id);
    if (!d) return constants?.get(id.text);
    if ((d.kind !== 'var' && d.kind !== 'const') || !d.init || !neverReassigned(d) || depth > 8) return undefined;
    depth++;
    try {
      return constantValue(unparen(d.init), of);
    } finally {
      depth--;
    }
  };
  return of;
}

/** An integer constant expression: literals, package constants, and + - * / of them. */
export function constantValue(n: Node | null, constOf?: ConstantOf): number | undefined {
  if (!n) return undefined;
  if (n.type === 'parenthesized_expression') return constantValue(n.namedChild(0), constOf);
  if (n.type === 'int_literal') return intLiteral(n);
  if (n.type === 'identifier') return constOf?.(n);
  if (n.type !== 'binary_expression') return undefined;
  const a = constantValue(n.childForFieldName('left'), constOf);
  const b = constantValue(n.childForFieldName('right'), constOf);
  if (a === undefined || b === undefined) return undefined;
  const op = n.childForFieldName('operator')?.type;
  const v = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' && b !== 0 ? Math.trunc(a / b) : undefined;
  return v !== undefined && Number.isSafeInteger(v) ? v : undefined;
}

/**
 * The header of a counted loop, `for i := A; i < B; i++` (or `<=`, or `i += 1`): the index declared, A, B and the operator, when
 * the condition compares the index and the update increments it. The caller decides what A and B may be.
 */
export interface CountedLoop {
  init: Node;
  index: Node;
  from: Node;
  op: '<' | '<=';
  to: Node;
}

export function countedLoop(loop: Node): CountedLoop | undefined {
  const clause = loop.namedChildren.find((c) => c?.type === 'for_clause');
  const init = clause?.childForFieldName('initializer');
  const cond = clause?.childForFieldName('condition');
  const update = clause?.childForFieldName('update');
  if (init?.type !== 'short_var_declaration' || cond?.type !== 'binary_expression' || !update || !stepsByOne(update)) return undefined;
  const index = init.childForFieldName('left')?.namedChild(0);
  const from = init.childForFieldName('right')?.namedChild(0);
  const to = cond.childForFieldName('right');
  const op = cond.childForFieldName('operator')?.type;
  if (!index || !from || !to || (op !== '<' && op !== '<=')) return undefined;
  if (cond.childForFieldName('left')?.text !== index.text || update.namedChild(0)?.text !== index.text) return undefined;
  return { init, index, from, op, to };
}

/** A loop's update that adds one to what it names: `i++` or `i += 1`. */
function stepsByOne(update: Node): boolean {
  if (update.type === 'inc_statement') return true;
  const right = update.type === 'assignment_statement' && update.childForFieldName('operator')?.type === '+=' ? update.childForFieldName('right') : undefined;
  return right?.namedChildCount === 1 && right.namedChild(0)?.type === 'int_literal' && intLiteral(right.namedChild(0)!) === 1;
}

/**
 * Does `loop` run a number of times fixed as it starts, however long each iteration takes: a counted loop whose
 * index its body never assigns (`for i := 0; i < n; i++`), a range over an integer literal or a composite literal,
 * or a range with a key and a value (over a slice, an array, a map or a string: a range over a channel has no key).
 * Not a loop that waits for what comes (`for {}`, `for cond {}`, `for v := range ch`).
 */
export function boundedLoop(loop: Node): boolean {
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  if (range) {
    const right = range.childForFieldName('right');
    const r = right ? unparen(right) : undefined;
    return r?.type === 'int_literal' || r?.type === 'composite_literal' || (range.childForFieldName('left')?.namedChildCount ?? 0) === 2;
  }
  const h = countedLoop(loop);
  const body = loop.childForFieldName('body');
  return h !== undefined && body !== null && !assignsAny(body, [h.index.text]);
}

/** Is every loop around `n`, up to its function, a bounded one (boundedLoop)? True when there is none. */
export function onlyBoundedLoopsAround(n: Node): boolean {
  for (let p = parentOf(n); p && !isFuncNode(p); p = parentOf(p)) if (p.type === 'for_statement' && !boundedLoop(p)) return false;
  return true;
}

/**
 * `for i := 0; i < N; i++` (or `<=`, or starting from another constant) with constant bounds, or a range over a
 * literal: how many times the body runs. Undefined for any other loop.
 */
export function constantTripCount(loop: Node, constOf?: ConstantOf): number | undefined {
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  if (range) return rangeLiteralCount(range.childForFieldName('right'), constOf);
  const h = countedLoop(loop);
  const from = h && constantValue(h.from, constOf);
  const to = h && constantValue(h.to, constOf);
  if (!h || from === undefined || to === undefined) return undefined;
  return Math.max(0, h.op === '<' ? to - from : to - from + 1);
}

/**
 * A loop whose every way out of its body (a `break` of it, a `return`, a call that ends the goroutine) sits under
 * `if n == K` / `n >= K` / `n > K`, where `n` is a variable declared before the loop with a constant value (or
 * none), written only by one `n++` that is a statement of the body before those ways out and before any `continue`:
 * `n` grows by one a round, so the loop leaves only after K - n₀ rounds (K - n₀ + 1 for `>`). That number, or
 * undefined when the loop is not of this shape.
 */
export function countedExit(loop: Node, res: Resolution, constOf?: ConstantOf): number | undefined {
  const body = loop.childForFieldName('body');
  if (!body) return undefined;
  const stmts = blockStatements(body);
  const at = stmts.findIndex((st) => st.type === 'inc_statement' && st.namedChild(0)?.type === 'identifier');
  if (at < 0) return undefined;
  const d = res.declOf(stmts[at].namedChild(0)!);
  if (!d || d.kind !== 'var' || contains(loop, d.node)) return undefined;
  const n0 = d.init ? constantValue(unparen(d.init), constOf) : d.node.parent?.type === 'var_spec' ? 0 : undefined;
  if (n0 === undefined || d.refs.some((r) => writeOf(r) !== undefined && !contains(stmts[at], r))) return undefined;
  let rounds = Infinity;
  // The fewest rounds after which `cond` can hold, for a condition on n; undefined for any other.
  const guardRounds = (cond: Node | null): number | undefined => {
    const c = cond && unparen(cond);
    if (c?.type !== 'binary_expression') return undefined;
    const op = c.childForFieldName('operator')?.type;
    const left = unparen(c.childForFieldName('left')!);
    const k = constantValue(c.childForFieldName('right'), constOf);
    if (k === undefined || left.type !== 'identifier' || res.declOf(left) !== d) return undefined;
    return op === '==' || op === '>=' ? k - n0 : op === '>' ? k - n0 + 1 : undefined;
  };
  // Every way out below `n`, with the fewest rounds of the guards above it; false when one is unguarded.
  const walk = (n: Node, guard: number | undefined, breaks: boolean): boolean => {
    const t = n.type;
    if (t === 'func_literal') return true;
    // To a label: not followed.
    if (t === 'goto_statement' || (t === 'break_statement' && n.namedChildCount > 0)) return false;
    const end = t === 'expression_statement' ? callEnd(n) : undefined;
    if (t === 'return_statement' || (t === 'break_statement' && breaks) || (end !== undefined && end !== 'process')) {
      if (guard === undefined) return false;
      rounds = Math.min(rounds, guard);
      return true;
    }
    if (t === 'if_statement') {
      const r = guardRounds(n.childForFieldName('condition'));
      const cons = n.childForFieldName('consequence');
      if (r !== undefined && cons) {
        if (!walk(cons, Math.max(guard ?? -Infinity, r), breaks)) return false;
        const alt = n.childForFieldName('alternative');
        return !alt || walk(alt, guard, breaks);
      }
    }
    // An unlabeled break in these leaves them, not the loop.
    const inner = t === 'for_statement' || t === 'select_statement' || t === 'expression_switch_statement' || t === 'type_switch_statement';
    return n.namedChildren.every((c) => !c || walk(c, guard, breaks && !inner));
  };
  for (let i = 0; i < stmts.length; i++) {
    if (i < at && (stmts[i].descendantsOfType('continue_statement').length > 0 || stmts[i].type === 'continue_statement')) return undefined;
    if (i !== at && !walk(stmts[i], undefined, true)) return undefined;
  }
  return Number.isFinite(rounds) && rounds >= 1 ? rounds : undefined;
}

/**
 * `for _, x := range targets` where `targets` is a local set once to a slice or array literal and never assigned
 * again (`targets := []string{a, b}`): the loop runs once per element. Undefined otherwise.
 */
export function fixedRangeCount(loop: Node, res: Resolution): number | undefined {
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  const e = range?.childForFieldName('right');
  const u = e ? unparen(e) : undefined;
  const d = u?.type === 'identifier' ? res.declOf(u) : undefined;
  if (!d || d.kind !== 'var' || !d.init || !neverReassigned(d)) return undefined;
  const init = unparen(d.init);
  return literalLength(init) ?? stringRunes(init);
}

/** `range []T{a, b}` / `range [2]T{…}` (element count, when no element is keyed by index), `range 3` or `range n` (a constant). */
function rangeLiteralCount(e: Node | null, constOf?: ConstantOf): number | undefined {
  if (!e) return undefined;
  if (e.type === 'int_literal') return intLiteral(e);
  if (e.type === 'identifier') return constOf?.(e);
  return literalLength(e) ?? stringRunes(e);
}

/**
 * How many runes a string literal holds (`range "bc"` runs twice, `range "héé"` three times): a raw literal, or an
 * interpreted one without escapes (an escape can stand for a byte that is no rune of its own).
 */
function stringRunes(e: Node): number | undefined {
  const body = e.type === 'raw_string_literal' ? e.text.slice(1, -1).replace(/\r/g, '') : e.type === 'interpreted_string_literal' && !e.text.includes('\\') ? e.text.slice(1, -1) : undefined;
  // A character the decoder could not read stands for bytes that are not UTF-8: each is a rune of its own in Go.
  return body === undefined || body.includes('\uFFFD') ? undefined : [...body].length;
}

/**
 * The length of a slice or array literal `[]T{a, b}` / `[2]T{…}` when no element is keyed by index (a map literal
 * is not one: it can grow by `m[k] = v` without being reassigned).
 */
export function literalLength(e: Node): number | undefined {
  if (e.type !== 'composite_literal') return undefined;
  const t = e.childForFieldName('type')?.type;
  if (t !== 'slice_type' && t !== 'array_type' && t !== 'implicit_length_array_type') return undefined;
  const elems = e.childForFieldName('body')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
  return elems.every((c) => c?.type === 'literal_element') ? elems.length : undefined;
}

function intLiteral(n: Node | null): number | undefined {
  if (!n || n.type !== 'int_literal' || !/^[0-9]+$/.test(n.text)) return undefined;
  return Number(n.text);
}

/**
 * The most of the given operations (sends, or receives) that `block` can make on one path: Infinity when one
 * can repeat in a loop (a loop whose iterations may go on after one). Pass only operations that can block (not
 * guarded by a select).
 */
/** The loop's index variable when each iteration has its own value: `for i := …; …; i++` or `for i := range …`. */
function loopIndex(loop: Node): string | undefined {
  let id: Node | null | undefined;
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  if (range) {
    if (range.text.indexOf(':=') < 0) return undefined;
    id = range.childForFieldName('left')?.namedChild(0);
  } else {
    const clause = loop.namedChildren.find((c) => c?.type === 'for_clause');
    const init = clause?.childForFieldName('initializer');
    const update = clause?.childForFieldName('update')?.text.replace(/\s+/g, '') ?? '';
    if (init?.type !== 'short_var_declaration') return undefined;
    id = init.childForFieldName('left')?.namedChild(0);
    if (!id || !new RegExp(`^${id.text}(\\+\\+|--|\\+=[1-9]\\d*|-=[1-9]\\d*)$`).test(update)) return undefined;
  }
  return id?.type === 'identifier' && id.text !== '_' ? id.text : undefined;
}

/** Is any of `names` assigned (or its address taken) in the text of `n`? */
function assignsAny(n: Node, names: string[]): boolean {
  return names.some((x) => new RegExp(`(?<![\\w.])${x}\\s*(=(?!=)|\\+\\+|--|[-+*/%&|^]=|<<=|>>=)|&\\s*${x}\\b|(?<![\\w.])${x}\\s*,[^=;\\n]*:?=`).test(n.text));
}

/**
 * `if i > 0 { …; return }` (or `i != k`, `i >= 1`; no else, no initializer) in the body of a three-clause loop
 * `for i := 0; …; i++` (counting up from a constant by one) whose index the body never assigns, where the branch
 * always leaves the iteration (return, break, continue, or a call that does not return): past it, only one iteration
 * goes on, the first (or the one where i == k).
 */
function oneIterationPast(ifStmt: Node, loop: Node, index: string): boolean {
  if (ifStmt.type !== 'if_statement' || ifStmt.childForFieldName('alternative') || ifStmt.childForFieldName('initializer')) return false;
  const header = countedLoop(loop);
  if (!header || header.index.text !== index) return false;
  const from = intLiteral(header.from);
  const cond = unparen(ifStmt.childForFieldName('condition')!);
  if (cond.type !== 'binary_expression' || from === undefined) return false;
  const op = cond.childForFieldName('operator')?.type;
  const l = unparen(cond.childForFieldName('left')!);
  const k = intLiteral(unparen(cond.childForFieldName('right')!));
  if (l.type !== 'identifier' || l.text !== index || k === undefined) return false;
  if (!((op === '>' && k === from) || (op === '>=' && k === from + 1) || op === '!=')) return false;
  const then = ifStmt.childForFieldName('consequence')!;
  const last = blockStatements(then).at(-1);
  const leaves = last !== undefined && (last.type === 'return_statement' || last.type === 'continue_statement' || (last.type === 'break_statement' && last.namedChildCount === 0) || isTerminatingCall(last));
  return leaves && !assignsAny(loop.childForFieldName('body')!, [index]);
}

/**
 * `if i == k { … }` in the body of a loop over i, with k the same in every iteration (no call, nothing in it
 * assigned in the loop) and i never assigned in the body: the branch runs in at most one iteration.
 */
function oncePerLoop(ifStmt: Node, loop: Node, index: string): boolean {
  if (ifStmt.childForFieldName('alternative') || ifStmt.childForFieldName('initializer')) return false;
  const cond = ifStmt.childForFieldName('condition');
  if (cond?.type !== 'binary_expression' || cond.childForFieldName('operator')?.text !== '==') return false;
  const l = cond.childForFieldName('left');
  const r = cond.childForFieldName('right');
  const other = l?.type === 'identifier' && l.text === index ? r : r?.type === 'identifier' && r.text === index ? l : null;
  // No calls but len and cap: their value changes only if something in the loop assigns their operand.
  if (!other || other.descendantsOfType('call_expression').some((c) => !/^(len|cap)$/.test(c?.childForFieldName('function')?.text ?? ''))) return false;
  const names = [index, ...new Set(other.descendantsOfType('identifier').flatMap((n) => (n ? [n.text] : [])))];
  if (names.slice(1).includes(index)) return false;
  return !assignsAny(loop.childForFieldName('body')!, names);
}

/**
 * Is `ifs` `if first { … }` (no else) for a once flag: a bool the function declares once as `first := true` (or
 * `var first = true`) and otherwise only sets to false, each time inside an `if first { … }` and right before one of
 * `nodes` (`first = false; ready <- v`)? Then the flag is false only once an operation was made, and an
 * `if first` that contains one of `nodes` runs its operation at most once along with the clearing ones. The same
 * for a done flag, `if !done { … }`, declared false (`var done bool`) and only set to true right before or right
 * after one of `nodes` inside such an if (`close(ready); done = true`). The operations next to the flag's writes,
 * or undefined when it is not such a flag.
 */
export function onceFlagIf(ifs: Node, nodes: readonly Node[], anyConjunct = false): Node[] | undefined {
  if (ifs.childForFieldName('alternative') || ifs.childForFieldName('initializer')) return undefined;
  // With anyConjunct, the flag may be one operand of `&&` (`if !r.Failed && !sent { … }`): the branch still runs only
  // while the flag lets it in (skipping it then says nothing about the flag).
  let c = onceFlagTest(ifs, anyConjunct);
  if (!c) return undefined;
  // `if !done`: the flag starts false and is set to true.
  const negated = c.type === 'unary_expression' && c.childForFieldName('operator')?.type === '!';
  if (negated) c = unparen(c.childForFieldName('operand')!);
  const consequence = ifs.childForFieldName('consequence')!;
  if (c.type !== 'identifier' || !nodes.some((n) => contains(consequence, n))) return undefined;
  const name = c.text;
  const next: Node[] = [];
  const ok = onlyCleared(ifs, name, negated ? 'false' : 'true', (st) => {
    // `first = false` right before an operation (or `done = true` right before or after one), inside the same if.
    const guard = statementHolder(st)?.parent;
    const cond = guard?.type === 'if_statement' ? guard.childForFieldName('condition') : null;
    if (!cond || !(anyConjunct ? conjuncts(cond) : [cond]).some((x) => testsFlag(x, name, negated))) return false;
    const around = [statementAfter(st), ...(negated ? [statementBefore(st)] : [])];
    const ops = nodes.filter((n) => around.some((a) => a && contains(a, n)));
    next.push(...ops);
    return ops.length > 0;
  });
  return ok ? next : undefined;
}

/**
 * The flag test of `if first { … }` / `if !done { … }`: the condition, or with anyConjunct the first of its `&&`
 * operands that is a bare name or a negated one.
 */
export function onceFlagTest(ifs: Node, anyConjunct = false): Node | undefined {
  const cond = unparen(ifs.childForFieldName('condition')!);
  const isFlag = (x: Node) => {
    const u = unparen(x);
    const v = u.type === 'unary_expression' && u.childForFieldName('operator')?.type === '!' ? unparen(u.childForFieldName('operand')!) : u;
    return v.type === 'identifier';
  };
  if (!anyConjunct) return cond;
  return conjuncts(cond).find(isFlag);
}

/**
 * Is `ifs` a branch that runs at most once in a run of its function: `if ctrl.start && !started { started = true; … }`,
 * its condition requiring a flag (one of its `&&` operands is `!started`, or `first`) that its first statement sets
 * the other way, a local bool declared once with the value that lets the branch in (`started := false`, `var started
 * bool`; `first := true`) and otherwise only ever set to the value that keeps it out, its address never taken? Once
 * the branch has been entered the condition stays false. (Skipping it says nothing: another operand may be false.)
 */
export function onceBranch(ifs: Node): boolean {
  if (ifs.childForFieldName('alternative') || ifs.childForFieldName('initializer')) return false;
  const first = blockStatements(ifs.childForFieldName('consequence'))[0];
  const left = first?.type === 'assignment_statement' ? listItems(first.childForFieldName('left')) : [];
  const value = first?.childForFieldName('right')?.text;
  if (left.length !== 1 || left[0]?.type !== 'identifier' || (value !== 'true' && value !== 'false') || first!.childForFieldName('operator')?.text !== '=') return false;
  const name = left[0].text;
  const negated = value === 'true'; // `if !started { started = true }`; else `if first { first = false }`
  if (!conjuncts(ifs.childForFieldName('condition')!).some((c) => testsFlag(c, name, negated))) return false;
  return onlyCleared(ifs, name, negated ? 'false' : 'true', () => true);
}

/** Is `e` the test that lets a once flag's branch in: `!name` for a flag that starts false (`negated`), else `name`? */
function testsFlag(e: Node, name: string, negated: boolean): boolean {
  let u = unparen(e);
  if (negated) {
    if (u.type !== 'unary_expression' || u.childForFieldName('operator')?.type !== '!') return false;
    u = unparen(u.childForFieldName('operand')!);
  }
  return u.type === 'identifier' && u.text === name;
}

/**
 * Does the local bool `name` only ever hold what a once flag may? Every use of the name in the outermost function
 * around `at` (a goroutine's literal may use its starter's flag): exactly one declaration, giving it `initial` (or no
 * value, `var name bool`, when that is false); its address never taken, no `++` or `--`; every assignment of it alone
 * (`name = v`) giving it the other value and accepted by `clears` (which may look at where it is made); the rest reads.
 */
function onlyCleared(at: Node, name: string, initial: 'true' | 'false', clears: (st: Node) => boolean): boolean {
  let fn = enclosingFuncNode(at);
  while (fn?.type === 'func_literal' && enclosingFuncNode(fn)) fn = enclosingFuncNode(fn);
  const body = fn?.childForFieldName('body');
  if (!body) return false;
  const cleared = initial === 'true' ? 'false' : 'true';
  let decls = 0;
  const ok = body.descendantsOfType('identifier').every((id) => {
    if (id?.text !== name) return true;
    const p = id.parent?.type === 'expression_list' ? id.parent : id;
    const st = p.parent;
    if (st?.type === 'unary_expression' && st.childForFieldName('operator')?.type === '&') return false;
    if (st?.type === 'short_var_declaration' || st?.type === 'var_spec') {
      if (st.type === 'short_var_declaration' && st.childForFieldName('left')?.id !== p.id) return true; // a use on the right
      decls++;
      const names = st.type === 'var_spec' ? st.childrenForFieldName('name').filter((n): n is Node => n !== null) : listItems(st.childForFieldName('left'));
      const value = st.type === 'var_spec' ? st.childForFieldName('value') : st.childForFieldName('right');
      // `var done bool`: the zero value.
      if (!value) return initial === 'false' && st.type === 'var_spec' && st.childForFieldName('type')?.text === 'bool';
      return listItems(value)[names.findIndex((n) => n?.id === id.id)]?.text === initial;
    }
    if (st?.type === 'inc_statement' || st?.type === 'dec_statement') return false;
    if (st?.type !== 'assignment_statement' || st.childForFieldName('left')?.id !== p.id) return true; // a read
    if (listItems(p).length !== 1 || st.childForFieldName('operator')?.text !== '=' || st.childForFieldName('right')?.text !== cleared) return false;
    return clears(st);
  });
  return ok && decls === 1;
}

/** Is `n` under `if i == k { … }` in `loop`'s body (oncePerLoop): run in at most one of its iterations? */
export function onceInLoop(n: Node, loop: Node): boolean {
  const index = loopIndex(loop);
  if (!index) return false;
  for (let p = n.parent; p && p.id !== loop.id; p = p.parent) {
    if (p.type === 'if_statement' && contains(p.childForFieldName('consequence')!, n) && oncePerLoop(p, loop, index)) return true;
  }
  return false;
}

export function maxCount(block: Node, ops: readonly Node[], fresh?: Node, paced?: (loop: Node) => boolean, constOf?: ConstantOf): number {
  return maxCounts(block, ops, fresh, paced, constOf).any;
}

/**
 * The most of `ops` on a path from the start of `block` to `target` (before it), or null when no path reaches it:
 * `if err != nil { ch <- err; return }; ch <- nil` sends at most 0 times before `ch <- nil`, though 1 in all.
 */
export function maxCountBefore(block: Node, ops: readonly Node[], target: Node, fresh?: Node): number | null {
  // All of `ops`: in a loop, those written after the target come before it too, from an earlier iteration.
  return maxCounts(block, ops, fresh, undefined, undefined, target).at;
}

function maxCounts(block: Node, ops: readonly Node[], fresh?: Node, paced?: (loop: Node) => boolean, constOf?: ConstantOf, target?: Node): { any: number; at: number | null } {
  const opSpans = spansOf(ops);
  const sc = (n: Node | null) => countIn(opSpans, n);
  /** Most on a path into the leaf statement `s` up to the target, when `s` holds it. */
  const leafAt = (s: Node): number | null => (target && contains(s, target) ? countIn(opSpans.filter((o) => o.end <= target.startIndex), s) : null);
  /** The loops around the statement being walked (innermost last), with their index variable if any. */
  const indexes: { loop: Node; index: string; once: number }[] = [];
  /** Assignments that leave their loop as a break would (flagExits: `done = true` ending `for !done { … }`). */
  const flagStops = new Set<number>();
  /**
   * fall: most on a path to the end; any: most on any path; brk/cont: most on a path to a break/continue; lbrk: most
   * on a path to a labeled break (`break loop` in a select or switch leaves the loop, not just the select); at: most
   * on a path to the target (null: none reaches it).
   */
  interface M {
    fall: number | null;
    any: number;
    brk: number | null;
    cont: number | null;
    lbrk?: number | null;
    at?: number | null;
  }
  const mx = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  const plus = (a: number, b: number | null) => (b === null ? null : a + b);
  const simple = (k: number, s?: Node): M => ({ fall: k, any: k, brk: null, cont: null, at: s ? leafAt(s) : null });
  const list = (stmts: Node[], depth: number): M => {
    let state = 0;
    const out: M = { fall: null, any: 0, brk: null, cont: null, at: null };
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      const r = stmt(s, depth);
      // `if i > 0 { …; return }` in a loop `for i := 0; …; i++`: what follows runs in the first iteration only, so
      // it counts once for the whole loop (as under `if i == k`), with the way it leaves kept.
      const frame = indexes[indexes.length - 1];
      if (frame?.index && r.fall !== null && i + 1 < stmts.length && oneIterationPast(s, frame.loop, frame.index)) {
        const rest = list(stmts.slice(i + 1), depth);
        if (rest.brk === null && (rest.lbrk ?? null) === null) {
          frame.once += rest.any;
          const zero = (x: number | null) => (x === null ? null : 0);
          const m: M = { fall: zero(rest.fall), any: 0, brk: null, cont: zero(rest.cont), at: rest.at === null || rest.at === undefined ? null : Infinity };
          out.at = mx(out.at ?? null, plus(state, r.at ?? null));
          out.at = mx(out.at ?? null, plus(state + r.fall, m.at ?? null));
          out.any = Math.max(out.any, state + r.any, state + r.fall);
          out.brk = mx(out.brk, plus(state, r.brk));
          out.cont = mx(mx(out.cont, plus(state, r.cont)), plus(state + r.fall, m.cont));
          out.lbrk = mx(out.lbrk ?? null, plus(state, r.lbrk ?? null));
          out.fall = m.fall === null ? null : state + r.fall;
          return out;
        }
      }
      out.at = mx(out.at ?? null, plus(state, r.at ?? null));
      out.any = Math.max(out.any, state + r.any);
      out.brk = mx(out.brk, plus(state, r.brk));
      out.cont = mx(out.cont, plus(state, r.cont));
      out.lbrk = mx(out.lbrk ?? null, plus(state, r.lbrk ?? null));
      if (r.fall === null) return out;
      state += r.fall;
      out.any = Math.max(out.any, state);
    }
    out.fall = state;
    return out;
  };
  const branches = (ms: M[], consumeBreak: boolean): M => {
    const out: M = { fall: null, any: 0, brk: null, cont: null, at: null };
    for (const m of ms) {
      out.at = mx(out.at ?? null, m.at ?? null);
      out.fall = mx(out.fall, consumeBreak ? mx(m.fall, m.brk) : m.fall);
      out.any = Math.max(out.any, m.any);
      if (!consumeBreak) out.brk = mx(out.brk, m.brk);
      out.cont = mx(out.cont, m.cont);
      out.lbrk = mx(out.lbrk ?? null, m.lbrk ?? null);
    }
    return out;
  };
  const loopResult = (s: Node, loopBody: M): M => {
    // A labeled break leaves this loop at least (the innermost loop around it, or one further out).
    const body = loopBody.lbrk === null || loopBody.lbrk === undefined ? loopBody : { ...loopBody, brk: mx(loopBody.brk, loopBody.lbrk), lbrk: null };
    const r = loopCounts(s, body);
    // A later iteration reaches the target after the sends of the earlier ones.
    const perIteration = mx(body.fall, body.cont) ?? 0;
    r.at = body.at === null || body.at === undefined ? null : perIteration > 0 ? Infinity : body.at;
    return r;
  };
  const loopCounts = (s: Node, body: M): M => {
    if (contains(s, fresh) || paced?.(s)) {
      // A new channel per iteration, or an iteration that waits for the partner's next request: one
      // iteration's worth is all that can be outstanding.
      const fall = mx(mx(body.fall, body.cont), body.brk);
      return { fall, any: Math.max(body.any, fall ?? 0), brk: null, cont: null };
    }
    const perIteration = mx(body.fall, body.cont) ?? 0;
    const isInfinite = !loopHeader(s);
    const trips = constantTripCount(s, constOf);
    if (perIteration > 0) {
      if (trips === undefined) return { fall: Infinity, any: Infinity, brk: null, cont: null };
      const total = trips * perIteration;
      return { fall: total, any: Math.max(total, body.any + (trips - 1) * perIteration), brk: null, cont: null };
    }
    // Operations only on the ways out of the loop: at most one iteration's worth.
    const fall = isInfinite ? body.brk : mx(0, body.brk);
    return { fall, any: Math.max(body.any, fall ?? 0), brk: null, cont: null };
  };
  const stmt = (s: Node, depth: number): M => {
    if (depth > MAX_DEPTH) throw new Unsupported('nesting too deep');
    const d = depth + 1;
    switch (s.type) {
      case 'block':
        return list(blockStatements(s), d);
      case 'return_statement':
        return { fall: null, any: sc(s), brk: null, cont: null, at: leafAt(s) };
      case 'break_statement':
        return s.namedChildCount > 0 ? { fall: null, any: 0, brk: null, cont: null, lbrk: 0 } : { fall: null, any: 0, brk: 0, cont: null };
      case 'continue_statement':
        return { fall: null, any: 0, brk: null, cont: 0 };
      case 'goto_statement':
        throw new Unsupported('goto');
      case 'labeled_statement': {
        const inner = s.namedChildren.find((c) => c && c.type !== 'label_name' && c.type !== 'comment');
        if (!inner) return simple(0);
        const r = stmt(inner, d);
        // A labeled select or switch: `break label` leaves it and goes on after it.
        return inner.type === 'for_statement' || r.lbrk === null || r.lbrk === undefined ? r : { ...r, fall: mx(r.fall, r.lbrk), lbrk: null };
      }
      case 'for_statement': {
        const index = loopIndex(s);
        const frame = { loop: s, index: index ?? '', once: 0 };
        for (const a of flagExits(s)) flagStops.add(a.id);
        indexes.push(frame); // every loop, so that an `if` only ever looks at its innermost loop
        let body: M;
        try {
          body = stmt(s.childForFieldName('body')!, d);
        } finally {
          indexes.pop();
        }
        const m = loopResult(s, body);
        // Operations under `if i == k` run in at most one iteration: once for the whole loop, on top.
        return frame.once > 0 ? { ...m, fall: m.fall === null ? null : m.fall + frame.once, any: m.any + frame.once, at: m.at === null || m.at === undefined ? null : Infinity } : m;
      }
      case 'if_statement': {
        const k = sc(s.childForFieldName('initializer')) + sc(s.childForFieldName('condition'));
        const alt = s.childForFieldName('alternative');
        const then = stmt(s.childForFieldName('consequence')!, d);
        const frame = indexes[indexes.length - 1];
        // Every path through the branch makes them, and goes on after it or round the loop (`continue`).
        const through = then.fall ?? then.cont;
        const allMade = through !== null && (then.fall === null || then.cont === null || then.fall === then.cont) && through === then.any;
        if (frame?.index && allMade && then.brk === null && (then.lbrk ?? null) === null && then.any > 0 && oncePerLoop(s, frame.loop, frame.index)) {
          frame.once += then.any; // counted once for the whole loop, not per iteration
          return { ...simple(k), at: then.at === null || then.at === undefined ? null : Infinity };
        }
        const m = branches([then, alt ? stmt(alt, d) : simple(0)], false);
        return { fall: plus(k, m.fall), any: m.any + k, brk: plus(k, m.brk), cont: plus(k, m.cont), lbrk: plus(k, m.lbrk ?? null), at: plus(k, m.at ?? null) };
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
          const comm = c.childForFieldName('communication');
          const at = comm && target && contains(comm, target) ? leafAt(comm) : plus(k, m.at ?? null);
          ms.push({ fall: plus(k, m.fall), any: m.any + k, brk: plus(k, m.brk), cont: plus(k, m.cont), lbrk: plus(k, m.lbrk ?? null), at });
        }
        if (!hasDefault) ms.push(simple(0));
        return branches(ms, true);
      }
      case 'expression_statement':
        if (isTerminatingCall(s)) return { fall: null, any: 0, brk: null, cont: null, at: null };
        return simple(sc(s), s);
      case 'assignment_statement':
        // The loop's flag set to leave, as the iteration's last act: out of the loop, past any select or switch
        // around it (as a labeled break).
        if (flagStops.has(s.id)) return { fall: null, any: sc(s), brk: null, cont: null, lbrk: sc(s), at: leafAt(s) };
        return simple(sc(s), s);
      default:
        return simple(sc(s), s);
    }
  };
  const m = list(blockStatements(block), 0);
  return { any: m.any, at: m.at ?? null };
}
