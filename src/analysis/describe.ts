import type { Node } from 'web-tree-sitter';
import type { NodeRef, ReportDescriptor } from '../rule';
import type { SourceFile } from '../engine/source';
import type { ChanInfo } from './channels';
import type { RecvLeak, SendLeak } from './leaks';
import type { Witness } from './paths';
import { snippet } from './syntax';

/**
 * Turning leak facts into reports. The wording of every message lives in the rules' meta; the steps of a leak
 * path (made → started → blocks → partner gives up) share these templates, spread into each rule's messages.
 */
export const LEAK_STEP_MESSAGES = {
  made: '{{ch}} is made here ({{capacity}})',
  startedSender: 'the goroutine that sends on {{ch}} starts here',
  startedReceiver: 'the goroutine that receives from {{ch}} starts here',
  blocksSend: 'the goroutine blocks here sending on {{ch}}',
  blocksRecv: '{{receiver}} blocks here receiving from {{ch}}',
  givesUp: '{{receiver}} stops receiving from {{ch}} here',
  receivesHere: '{{receiver}} receives from {{ch}} here, {{recvs}}',
  skipsSend: '{{sender}} can finish here without sending on {{ch}}',
} as const;

export type StepMsg = keyof typeof LEAK_STEP_MESSAGES;
type Step<M extends string> = NonNullable<ReportDescriptor<M>['flow']>[number];

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

/** `unbuffered channel ch`, `channel ch (capacity 1)`, `… returned by Stage`. */
export function chanText(c: ChanInfo): string {
  const base =
    c.capacity === 0 ? `unbuffered channel ${c.name}` : c.capacity === undefined ? `channel ${c.name}` : `channel ${c.name} (capacity ${c.capacity})`;
  return c.returnedBy ? `${base} returned by ${c.returnedBy.displayName}` : base;
}

/** How a select case reads in a message: `case <-time.After(d)` or `the default case`. */
export function armText(w: Witness): string {
  return w.kind === 'default' ? 'the default case' : `\`case ${snippet(w.node)}\``;
}

function step<M extends string>(file: SourceFile, node: Node, messageId: M, data: Record<string, string>): Step<M> {
  return { file, node, messageId, data } as Step<M>;
}

export interface Described<M extends string> {
  /** Main message id and its data. */
  messageId: M;
  data: Record<string, string>;
  /** Where to report (defaults to the blocking operation). */
  at?: NodeRef;
  /** The partner's decisive location, if it is not already in the default steps. */
  partner?: { file: SourceFile; node: Node; messageId: StepMsg; data: Record<string, string> };
}

/** The report for a send leak: the main message comes from the rule, the path is shared. */
export function sendLeakReport<M extends string>(leak: SendLeak, main: Described<M>): ReportDescriptor<M | StepMsg> {
  const c = leak.world.chan;
  const ch = c.name;
  const flow: Step<M | StepMsg>[] = [step(c.file, c.make, 'made', { ch, capacity: capacityText(c.capacity) })];
  if (leak.sender.goStmt) flow.push(step(leak.sender.fn.file, leak.sender.goStmt, 'startedSender', { ch }));
  flow.push(step(leak.sender.file, main.at?.node ?? leak.send.node, 'blocksSend', { ch }));
  const related: Step<M | StepMsg>[] = [];
  if (main.partner) {
    const p = step(main.partner.file, main.partner.node, main.partner.messageId, main.partner.data);
    related.push(p);
    flow.push(p);
  }
  const at = main.at ?? { file: leak.sender.file, node: leak.send.node };
  return { file: at.file, node: at.node, messageId: main.messageId, data: main.data, related, flow };
}

/** The partner step for a send leak: where the receiver gives up, or its receive when it takes too few. */
export function sendPartner(leak: SendLeak): Described<never>['partner'] {
  const receiver = leak.receiver;
  if (!receiver) return undefined;
  const ch = leak.world.chan.name;
  const w = leak.witness;
  if (w && w.kind !== 'end' && leak.recvs === 0) {
    return { file: receiver.file, node: w.node, messageId: 'givesUp', data: { receiver: receiver.label, ch } };
  }
  if (leak.firstRecv) {
    const recvs = leak.recvs === 0 ? 'on some paths not at all' : `at most ${times(leak.recvs)}`;
    return { file: receiver.file, node: leak.firstRecv.node, messageId: 'receivesHere', data: { receiver: receiver.label, ch, recvs } };
  }
  return undefined;
}

/** The report for a receive leak. */
export function recvLeakReport<M extends string>(leak: RecvLeak, main: Described<M>): ReportDescriptor<M | StepMsg> {
  const c = leak.world.chan;
  const ch = c.name;
  const flow: Step<M | StepMsg>[] = [step(c.file, c.make, 'made', { ch, capacity: capacityText(c.capacity) })];
  if (leak.receiver.goStmt) flow.push(step(leak.receiver.fn.file, leak.receiver.goStmt, 'startedReceiver', { ch }));
  flow.push(step(leak.receiver.file, leak.recv.node, 'blocksRecv', { ch, receiver: leak.receiver.label }));
  const related: Step<M | StepMsg>[] = [];
  if (leak.sender && leak.witness) {
    const p = step(leak.sender.file, leak.witness.node, 'skipsSend', { sender: leak.sender.label, ch });
    related.push(p);
    flow.push(p);
  }
  return { file: leak.receiver.file, node: leak.recv.node, messageId: main.messageId, data: main.data, related, flow };
}
