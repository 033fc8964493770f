import type { Node } from 'web-tree-sitter';
import type { NodeRef, ReportDescriptor } from '../rule';
import type { SendLeak } from './leaks';
import { snippet } from './syntax';

type LeakMsg = 'selectGiveUp' | 'fewerReceives' | 'neverReceived' | 'givesUp' | 'receivesHere' | 'made' | 'started' | 'blocks';
type Step = NonNullable<ReportDescriptor<LeakMsg>['flow']>[number];

export function times(n: number): string {
  if (n === Infinity) return 'any number of times';
  if (n === 0) return 'never';
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

export function capacityText(cap: number | undefined): string {
  if (cap === undefined) return 'capacity unknown';
  return cap === 0 ? 'unbuffered' : `capacity ${cap}`;
}

/** `unbuffered channel ch`, `channel ch (capacity 1)`, `channel out returned by Stage`. */
export function chanText(leak: SendLeak): string {
  const c = leak.world.chan;
  const base = c.capacity === 0 ? `unbuffered channel ${c.name}` : `channel ${c.name} (capacity ${c.capacity})`;
  return c.returnedBy ? `${base} returned by ${c.returnedBy.displayName}` : base;
}

/** Turn a send leak into a report: message, related location where the partner gives up, and the leak path. */
export function describeLeak(leak: SendLeak): ReportDescriptor<LeakMsg> {
  const c = leak.world.chan;
  const ch = c.name;
  const chan = chanText(leak);
  const receiver = leak.receiver?.label ?? 'nothing';
  const at = (file: NodeRef['file'], node: Node) => ({ file, node });
  const related: Step[] = [];
  const flow: Step[] = [
    { ...at(c.file, c.make), messageId: 'made', data: { ch, capacity: capacityText(c.capacity) } },
  ];
  if (leak.sender.goStmt) flow.push({ ...at(leak.sender.fn.file, leak.sender.goStmt), messageId: 'started', data: { ch } });
  flow.push({ ...at(leak.sender.file, leak.send.node), messageId: 'blocks', data: { ch } });

  let messageId: LeakMsg;
  let data: Record<string, string>;
  const w = leak.witness;
  if (!leak.receiver) {
    messageId = 'neverReceived';
    data = { chan };
  } else if (w && (w.kind === 'select' || w.kind === 'default')) {
    messageId = 'selectGiveUp';
    data = { chan, receiver, arm: w.kind === 'default' ? 'the default case' : `\`case ${snippet(w.node)}\`` };
    const give = { ...at(leak.receiver.file, w.node), messageId: 'givesUp' as const, data: { receiver, ch } };
    related.push(give);
    flow.push(give);
  } else {
    messageId = 'fewerReceives';
    const recvs = leak.recvs === 0 ? 'none on some paths' : `at most ${times(leak.recvs)}`;
    data = { chan, sends: times(leak.sends), receiver, recvs };
    if (w && w.kind !== 'end' && leak.recvs === 0) {
      const give = { ...at(leak.receiver.file, w.node), messageId: 'givesUp' as const, data: { receiver, ch } };
      related.push(give);
      flow.push(give);
    } else if (leak.firstRecv) {
      const r = { ...at(leak.receiver.file, leak.firstRecv.node), messageId: 'receivesHere' as const, data: { receiver, ch, recvs } };
      related.push(r);
      flow.push(r);
    }
  }
  return { file: leak.sender.file, node: leak.send.node, messageId, data, related, flow };
}
