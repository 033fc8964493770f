import type { Fact, Package } from './package';
import { Body, ChanOp, ChanWorld, channels } from './channels';
import { maxSends, minReceives, Unsupported, Witness } from './paths';

/**
 * A goroutine that can block forever sending: it can make more sends than its receiver takes plus the buffer.
 */
export interface SendLeak {
  world: ChanWorld;
  /** The goroutine that blocks, and its first send that can block. */
  sender: Body;
  send: ChanOp;
  /** Sends that goroutine (or all copies of it) can make; Infinity for a loop. */
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

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function byPosition(a: ChanOp, b: ChanOp): number {
  return a.node.startIndex - b.node.startIndex;
}

/** Judge one channel world. Undefined when it cannot leak or golint-chan cannot tell. */
export function judgeSends(world: ChanWorld): SendLeak | undefined {
  if (world.escape || world.chan.capacity === undefined) return undefined;
  const sends = world.ops.filter((o) => o.kind === 'send' && !o.guarded).sort(byPosition);
  if (sends.length === 0) return undefined;
  const receives = world.ops.filter((o) => o.kind === 'recv' || o.kind === 'range').sort(byPosition);
  const senders = unique(sends.map((o) => o.body));
  const receivers = unique(receives.map((o) => o.body));
  // Only goroutines are judged as senders; the receiving side must be one body that does not send too.
  if (senders.some((b) => b.kind !== 'go')) return undefined;
  if (receivers.length > 1) return undefined;
  const receiver = receivers[0];
  if (receiver && (senders.includes(receiver) || receiver.multi)) return undefined;
  // A guarded send or receive elsewhere means the code has its own protocol: stay quiet.
  if (world.ops.some((o) => o.guarded && o.kind === 'send')) return undefined;

  let total = 0;
  try {
    for (const b of senders) {
      const n = maxSends(b.block, sends.filter((o) => o.body === b).map((o) => o.node));
      total += b.multi && n > 0 ? Infinity : n;
    }
    let recvs = 0;
    let witness: Witness | undefined;
    if (receiver) {
      const s = minReceives(receiver.block, receives);
      recvs = s.min;
      witness = s.witness;
    }
    if (!(total > recvs + world.chan.capacity)) return undefined;
    const sender = senders[0];
    return {
      world,
      sender,
      send: sends.find((o) => o.body === sender)!,
      sends: total,
      receiver,
      recvs,
      witness,
      firstRecv: receives[0],
    };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** The receiver returns before its first receive: the premature-return shape rather than a give-up. */
export function isPrematureReturn(leak: SendLeak): boolean {
  return leak.receiver !== undefined && leak.recvs === 0 && leak.witness?.kind === 'return';
}

export interface LeakFacts {
  sendLeaks: SendLeak[];
}

export const leaks: Fact<LeakFacts> = {
  key: 'leaks',
  compute(pkg: Package): LeakFacts {
    const sendLeaks: SendLeak[] = [];
    const seen = new Set<number>();
    for (const w of pkg.fact(channels).worlds) {
      const leak = judgeSends(w);
      // One report per blocking send, even when several call sites of a producer leak it.
      if (leak && !seen.has(leak.send.node.id)) {
        seen.add(leak.send.node.id);
        sendLeaks.push(leak);
      }
    }
    return { sendLeaks };
  },
};
