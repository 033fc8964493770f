import type { Fact, Package } from './package';
import { Body, ChanOp, ChanWorld, channels } from './channels';
import { maxCount, minCount, minReceives, minSends, Unsupported, Witness } from './paths';
import { fieldChannels, FieldWorld } from './fields';
import { packageIndex } from './funcs';
import { blockStatements, BRANCHING, caseStatements, communicationReceiveOperand, contains, findBelow, receiveOperand, unparen } from './syntax';
import type { Node } from 'web-tree-sitter';
import type { Decl } from './scope';

/**
 * The two ways a goroutine blocks forever on a channel golint-chan can follow:
 * - a send leak: goroutines can make more sends than the receiver takes plus the buffer;
 * - a receive leak: a receiver waits for more values than the sending side sends on some path (and it does not
 *   close the channel).
 */
export interface SendLeak {
  world: ChanWorld;
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
  /** Where that path leaves (competing select case, early return, end of the function). */
  witness?: Witness;
  /** The receiver's first receive, when it has one. */
  firstRecv?: ChanOp;
  /** The receiver is a long-lived loop that can stop receiving; the send blocks when it comes after that. */
  afterStop?: boolean;
  /** The function that makes the channel sends on it before anything else can have it (no receiver can exist). */
  early?: boolean;
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
}

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
      if (/(^|[^<])<-/.test(s.text) && s.descendantsOfType('unary_expression').some((u) => u !== null && receiveOperand(u) !== undefined)) return true;
    }
  }
  return false;
}

/** The first of the candidate start points (go statements, call sites) that lies inside `body`. */
function partnerStart(body: Body | undefined, candidates: (import('web-tree-sitter').Node | undefined)[]) {
  if (!body) return undefined;
  return candidates.find((n) => contains(body.block, n));
}

/** Local channels by declaration, to find the world of another channel a select case receives from. */
export type WorldsByDecl = ReadonlyMap<Decl, ChanWorld>;

/**
 * Are `a` and `b` on different branches of one if, switch or select, with no loop around that statement inside
 * `block`: can one run of `block` perform at most one of them?
 */
function exclusive(a: Node, b: Node, block: Node): boolean {
  const above = new Set<number>();
  for (let p: Node | null = a; p && p.id !== block.id; p = p.parent) above.add(p.id);
  let lca: Node | null = b;
  let child: Node | null = null;
  while (lca && lca.id !== block.id && !above.has(lca.id)) {
    child = lca;
    lca = lca.parent;
  }
  if (!lca || lca.id === block.id || !BRANCHING.has(lca.type) || !child) return false;
  // Both under the same branch of the statement (or in its condition) is not exclusive.
  const branchOf = (n: Node) => {
    let c: Node | null = n;
    while (c && c.parent && c.parent.id !== lca!.id) c = c.parent;
    return c;
  };
  const ba = branchOf(a);
  const bb = branchOf(b);
  if (!ba || !bb || ba.id === bb.id) return false;
  const isBranch = (n: Node) =>
    lca!.type === 'if_statement'
      ? n.id === lca!.childForFieldName('consequence')?.id || n.id === lca!.childForFieldName('alternative')?.id
      : n.type.endsWith('_case');
  if (!isBranch(ba) || !isBranch(bb)) return false;
  for (let p: Node | null = lca; p && p.id !== block.id; p = p.parent) if (p.type === 'for_statement') return false;
  return true;
}

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
function alternativeCase(world: ChanWorld, sender: Body, receiver: Body, byDecl: WorldsByDecl | undefined): ((comm: Node) => boolean) | undefined {
  if (!byDecl || sender.copies !== 1 || world.site) return undefined;
  const mine = world.ops.filter((o) => o.kind === 'send');
  if (mine.some((o) => o.body.block.id !== sender.block.id)) return undefined;
  return (comm) => {
    const operand = communicationReceiveOperand(comm);
    if (operand?.type !== 'identifier') return false;
    const other = byDecl.get(receiver.fn.resolution().declOf(operand)!);
    if (!other || other === world || other.escape || other.site || other.chan.field) return false;
    const theirs = other.ops.filter((o) => o.kind !== 'recv' && o.kind !== 'range');
    if (theirs.length === 0 || theirs.some((o) => o.kind !== 'send' || o.guarded || o.body.block.id !== sender.block.id)) return false;
    return theirs.every((t) => mine.every((m) => exclusive(t.node, m.node, sender.block)) || mine.some((m) => precedes(m.node, t.node)));
  };
}

/**
 * Judge the sending side of one channel world. Undefined when no send can block forever, or when unsure.
 * Throws Unsupported when a body is beyond what the path counting handles (goto, extreme nesting).
 */
export function judgeSends(world: ChanWorld, byDecl?: WorldsByDecl, constants?: ReadonlyMap<string, number>): SendLeak | undefined {
  if (world.escape || world.chan.capacity === undefined) return undefined;
  const sends = world.ops.filter((o) => o.kind === 'send' && !o.guarded).sort(byPosition);
  if (sends.length === 0) return undefined;
  // A guarded send means the code has its own cancellation protocol: stay quiet.
  if (world.ops.some((o) => o.guarded && o.kind === 'send')) return undefined;
  const receives = world.ops.filter((o) => o.kind === 'recv' || o.kind === 'range').sort(byPosition);
  // Nothing receives, but the code reads len(ch): it expects the sends not to happen (a test asserting that
  // nothing was queued) or checks room before sending. We cannot see that run-time knowledge: stay quiet.
  if (receives.length === 0 && world.inspected) return undefined;
  const senders = unique(sends.map((o) => o.body));
  const receivers = unique(receives.map((o) => o.body));
  // Only goroutines are judged as senders; the receiving side must be one body that does not send too.
  if (senders.some((b) => b.kind !== 'go')) return undefined;
  if (receivers.length > 1) return undefined;
  const receiver = receivers[0];
  if (receiver && (senders.includes(receiver) || receiver.copies !== 1)) return undefined;
  {
    let total = 0;
    for (const b of senders) {
      const constOf = (id: Node) => (b.fn.resolution().declOf(id) ? undefined : constants?.get(id.text));
      const n = maxCount(b.block, sends.filter((o) => o.body === b).map((o) => o.node), world.chan.make, (loop) => pacedLoop(loop, b, world), constOf);
      total += n === 0 ? 0 : b.copies * n;
    }
    const start = partnerStart(receiver, [world.site?.call, ...senders.map((b) => b.goStmt)]);
    const impossible = receiver && senders.length === 1 ? alternativeCase(world, senders[0], receiver, byDecl) : undefined;
    const s = receiver ? minReceives(receiver.block, receives, start, world.chan.make, impossible) : { min: 0, witness: undefined };
    // A buffer of several values was sized on purpose; against an unbounded number of sends we cannot tell.
    if (total === Infinity && world.chan.capacity! > 1) return undefined;
    if (!(total > s.min + world.chan.capacity!)) return undefined;
    const sender = senders[0];
    return {
      world,
      sender,
      send: sends.find((o) => o.body === sender)!,
      senderCount: senders.reduce((k, b) => k + b.copies, 0),
      sends: total,
      receiver,
      recvs: s.min,
      witness: s.witness,
      firstRecv: receives[0],
    };
  }
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

/** Judge the receiving side of one channel world. */
export function judgeReceives(world: ChanWorld): RecvLeak | undefined {
  if (world.escape) return undefined;
  const recvs = world.ops.filter((o) => o.kind === 'recv' && !o.guarded).sort(byPosition);
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
  // Every body but the receiver must be a goroutine or the function itself; both are fine as senders.
  {
    const start = partnerStart(sender, [world.site?.call, receiver.goStmt]);
    // A send or close before the receiver starts counts on every later path; we do not model that: stay quiet.
    if (start && senderOps.some((o) => o.node.startIndex < start.startIndex)) return undefined;
    const s = sender ? minSends(sender.block, senderOps, start, world.chan.make) : { min: 0, witness: undefined };
    // When the sender can send nothing, any receive it reaches waits forever. When it sends some, count only the
    // receives every path of the receiver makes (the top-level ones): receives behind conditions are often
    // exclusive in ways we cannot see (an assertion that stops the test between them).
    const need = s.min === 0 ? 1 : unconditional(receiver.block, recvs);
    if (!(need > s.min)) return undefined;
    return { world, receiver, recv: recvs[0], recvs: need, sender, sends: s.min, witness: s.witness };
  }
}

/** Is `n` inside a for loop of `block` (not counting loops of nested function literals)? */
function inLoopOf(n: Node, block: Node): boolean {
  for (let p = n.parent; p && p.id !== block.id; p = p.parent) {
    if (p.type === 'for_statement') return true;
    if (p.type === 'func_literal') return false;
  }
  return false;
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
function stopsReceiving(block: Node, receives: ChanOp[]): Witness | undefined {
  const own: Node[] = [];
  for (const o of receives) {
    let stmt: Node | null = o.node;
    while (stmt && stmt.parent && stmt.parent.type !== 'statement_list' && stmt.parent.type !== 'block' && stmt.parent.type !== 'communication_case') stmt = stmt.parent;
    if (!stmt?.parent) continue;
    const list = stmt.parent.type === 'communication_case' ? stmt.parent : stmt.parent;
    const after = list.type === 'communication_case' ? caseStatements(list) : list.namedChildren.filter((c): c is Node => c !== null && c.startIndex >= stmt!.endIndex);
    const exits = (a: Node) => a.type === 'return_statement' || (a.type === 'break_statement' && a.namedChildCount > 0);
    const mark = list.type === 'communication_case' ? (list.childForFieldName('communication') ?? stmt) : stmt;
    if (after.some(exits) || endsLoop(mark, o.node)) own.push(mark);
  }
  // A receive in a loop inside a case (`case <-quit: for ; active > 0; active-- { <-done }`), or a range, drains
  // the channel on the way out: leaving that way is a protocol, not giving up.
  for (const o of receives) {
    if (o.kind === 'range' || drainLoop(o.node, block)) own.push(o.node);
  }
  const s = minCount(block, { nodes: [], infinite: own });
  if (s.min !== 0 || !s.witness) return undefined;
  // The case that receives from the channel itself is not why it stops: a return inside that case is.
  const w = s.witness;
  if (w.kind === 'select' && receives.some((o) => contains(w.node, o.node))) {
    const ret = findBelow(w.node.parent!, (n) => n.type === 'return_statement', true)[0];
    return ret ? { node: ret, kind: 'return' } : undefined;
  }
  return w;
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
export function judgeField(world: FieldWorld): { sends: SendLeak[]; recvs: RecvLeak[] } {
  const out = { sends: [] as SendLeak[], recvs: [] as RecvLeak[] };
  if (world.escape || world.writes.length === 0) return out;
  const cap = world.chan.capacity;
  const ops = [...world.ops].sort(byPosition);
  const sends = ops.filter((o) => o.kind === 'send' && !o.guarded);
  const receives = ops.filter((o) => o.kind === 'recv' || o.kind === 'range');
  const senderOps = ops.filter((o) => o.kind === 'send' || o.kind === 'close');
  if (receives.length === 0 && !world.inspected && !world.unseenReceivers && cap !== undefined) {
    for (const b of unique(sends.map((o) => o.body))) {
      const mine = sends.filter((o) => o.body === b);
      const n = maxCount(b.block, mine.map((o) => o.node), undefined, (loop) => pacedLoop(loop, b, world)) * (b.kind === 'go' ? b.copies : 1);
      if (cap === 0 || n > cap) out.sends.push({ world, sender: b, send: mine[0], senderCount: 1, sends: n, recvs: 0 });
    }
  }
  const receivers = unique(receives.map((o) => o.body));
  if (cap === 0 && !world.unseenReceivers && receivers.length === 1 && receivers[0].kind === 'go' && receivers[0].copies === 1 && !receives.some((o) => o.kind === 'range')) {
    const loop = receivers[0];
    const clients = sends.filter((o) => o.body !== loop);
    // A receiver that takes a bounded number of values is waiting for that many (a start signal): callers we
    // cannot count may well send exactly that. A loop that serves requests is what can stop while they come.
    const serves = receives.some((o) => inLoopOf(o.node, loop.block));
    if (clients.length > 0 && serves) {
      const s = stopsReceiving(loop.block, receives);
      if (s) {
        for (const b of unique(clients.map((o) => o.body))) {
          const send = clients.find((o) => o.body === b)!;
          out.sends.push({ world, sender: b, send, senderCount: 1, sends: 1, receiver: loop, recvs: 0, witness: s, firstRecv: receives[0], afterStop: true });
        }
      }
    }
  }
  const waits = receives.filter((o) => !o.guarded && (o.kind === 'recv' || senderOps.length === 0));
  if (senderOps.length === 0) {
    for (const b of unique(waits.map((o) => o.body))) {
      out.recvs.push({ world, receiver: b, recv: waits.find((o) => o.body === b)!, recvs: 1, sends: 0 });
    }
    return out;
  }
  const senders = unique(senderOps.map((o) => o.body));
  const g = senders[0];
  if (senders.length === 1 && g.kind === 'go' && g.copies === 1 && !receivers.includes(g)) {
    const s = minSends(g.block, senderOps);
    if (s.min === 0 && s.witness) {
      for (const b of unique(waits.map((o) => o.body))) {
        out.recvs.push({ world, receiver: b, recv: waits.find((o) => o.body === b)!, recvs: 1, sender: g, sends: 0, witness: s.witness });
      }
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
  const own = world.ops.filter((o) => o.kind === 'send' && !o.guarded && o.body.kind === 'func' && o.body.fn === world.chan.fn && contains(o.body.block, world.chan.make));
  for (const send of own.sort(byPosition)) {
    const ref = send.node.childForFieldName('channel');
    const others = decl.refs.filter((r) => !ref || !contains(ref, r));
    // In a loop around the make too, each iteration has a fresh channel; in a loop without it, a later
    // iteration may come after a use.
    const loop = enclosingLoop(send.node, send.body.block);
    if (loop && !contains(loop, world.chan.make)) continue;
    if (others.every((r) => r.startIndex > send.node.endIndex)) return { world, sender: send.body, send, senderCount: 1, sends: 1, recvs: 0, early: true };
  }
  return undefined;
}

function enclosingLoop(n: Node, block: Node): Node | undefined {
  for (let p = n.parent; p && p.id !== block.id; p = p.parent) if (p.type === 'for_statement') return p;
  return undefined;
}

export type SendLeakKind = 'abandoned-send' | 'premature-return' | 'ncast-leak' | 'double-send';
export type RecvLeakKind = 'premature-return' | 'orphan-receive';

/** Which rule tells a send leak best. */
export function sendLeakKind(l: SendLeak): SendLeakKind {
  if (l.afterStop) return 'abandoned-send';
  if (l.receiver && l.recvs === 0 && l.witness?.kind === 'return') return 'premature-return';
  if (l.senderCount > 1) return 'ncast-leak';
  // A receiver that leaves a loop early (a return or a select case inside it) abandons the rest: not a double send.
  const leavesLoop = l.witness && l.receiver && (l.witness.kind === 'return' || l.witness.kind === 'select') && inLoopOf(l.witness.node, l.receiver.block);
  if (l.receiver && l.recvs > 0 && l.sends >= 2 && l.sends !== Infinity && !leavesLoop) return 'double-send';
  return 'abandoned-send';
}

/** Which rule tells a receive leak best. */
export function recvLeakKind(l: RecvLeak): RecvLeakKind {
  if (l.sender && l.sender.kind === 'func' && l.witness?.kind === 'return') return 'premature-return';
  return 'orphan-receive';
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
    const worlds = pkg.fact(channels).worlds;
    const byDecl = new Map<Decl, ChanWorld>();
    for (const w of worlds) if (!w.site && !w.chan.field && w.chan.decl) byDecl.set(w.chan.decl, w);
    for (const w of worlds) {
      try {
        // One report per blocking operation, even when several call sites of a producer leak it.
        const s = judgeEarlySend(w) ?? judgeSends(w, byDecl, pkg.fact(packageIndex).constants);
        if (s && !seen.has(s.send.node.id)) {
          seen.add(s.send.node.id);
          sendLeaks.push(s);
        }
        const r = judgeReceives(w);
        if (r && !seen.has(r.recv.node.id)) {
          seen.add(r.recv.node.id);
          recvLeaks.push(r);
        }
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        const at = w.chan.file.position(w.chan.make.startPosition.row, w.chan.make.startPosition.column);
        pkg.limits.push({ file: w.chan.file, message: `channel ${w.chan.name} (line ${at.line}) was not analysed: ${e.message}` });
      }
    }
    for (const w of pkg.fact(fieldChannels).worlds) {
      try {
        const j = judgeField(w);
        for (const l of j.sends) if (!seen.has(l.send.node.id)) (seen.add(l.send.node.id), sendLeaks.push(l));
        for (const l of j.recvs) if (!seen.has(l.recv.node.id)) (seen.add(l.recv.node.id), recvLeaks.push(l));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        pkg.limits.push({ file: w.chan.file, message: `field ${w.chan.name} was not analysed: ${e.message}` });
      }
    }
    return { sendLeaks, recvLeaks };
  },
};
