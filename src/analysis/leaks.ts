import type { Fact, Package } from './package';
import { Body, ChanOp, ChanWorld, channels } from './channels';
import { maxCount, minReceives, minSends, Unsupported, Witness } from './paths';
import { blockStatements, contains, receiveOperand } from './syntax';
import type { Node } from 'web-tree-sitter';

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
function pacedLoop(loop: Node, body: Body): boolean {
  const range = loop.namedChildren.find((c) => c?.type === 'range_clause');
  const over = range?.childForFieldName('right');
  if (over?.type === 'identifier') {
    const d = body.fn.resolution().declOf(over);
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

/**
 * Judge the sending side of one channel world. Undefined when no send can block forever, or when unsure.
 * Throws Unsupported when a body is beyond what the path counting handles (goto, extreme nesting).
 */
export function judgeSends(world: ChanWorld): SendLeak | undefined {
  if (world.escape || world.chan.capacity === undefined) return undefined;
  const sends = world.ops.filter((o) => o.kind === 'send' && !o.guarded).sort(byPosition);
  if (sends.length === 0) return undefined;
  // A guarded send means the code has its own cancellation protocol: stay quiet.
  if (world.ops.some((o) => o.guarded && o.kind === 'send')) return undefined;
  const receives = world.ops.filter((o) => o.kind === 'recv' || o.kind === 'range').sort(byPosition);
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
      const n = maxCount(b.block, sends.filter((o) => o.body === b).map((o) => o.node), world.chan.make, (loop) => pacedLoop(loop, b));
      total += n === 0 ? 0 : b.copies * n;
    }
    const start = partnerStart(receiver, [world.site?.call, ...senders.map((b) => b.goStmt)]);
    const s = receiver ? minReceives(receiver.block, receives, start, world.chan.make) : { min: 0, witness: undefined };
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

export type SendLeakKind = 'abandoned-send' | 'premature-return' | 'ncast-leak' | 'double-send';
export type RecvLeakKind = 'premature-return' | 'orphan-receive';

/** Which rule tells a send leak best. */
export function sendLeakKind(l: SendLeak): SendLeakKind {
  if (l.receiver && l.recvs === 0 && l.witness?.kind === 'return') return 'premature-return';
  if (l.senderCount > 1) return 'ncast-leak';
  if (l.receiver && l.recvs > 0 && l.sends >= 2 && l.sends !== Infinity) return 'double-send';
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
    for (const w of pkg.fact(channels).worlds) {
      try {
        // One report per blocking operation, even when several call sites of a producer leak it.
        const s = judgeSends(w);
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
    return { sendLeaks, recvLeaks };
  },
};
