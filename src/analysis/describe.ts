import type { Node } from 'web-tree-sitter';
import type { NodeRef, ReportDescriptor } from '../rule';
import type { SourceFile } from '../source/source';
import type { ChanInfo } from './channels';
import type { RecvLeak, SendLeak } from './leaks';
import type { Witness } from './paths';
import { blockStatements, caseStatements, contains, enclosingLoop, isTerminatingCall, snippet, statementBefore, waitedGroup } from './syntax';
import { AFTER_SHUTDOWN_TAG, TEST_FAILURE_TAG } from '../types';

/**
 * Turning leak facts into reports. The wording of every message lives in the rules' meta; the steps of a leak
 * path (made → started → blocks → partner gives up) share these templates, spread into each rule's messages.
 */
export const LEAK_STEP_MESSAGES = {
  made: '{{ch}} is made here ({{capacity}})',
  returnedTo: 'the channel returned by {{fn}} is used here',
  discardedHere: '{{caller}} discards the channel returned by {{fn}} here',
  startedSender: 'the goroutine that sends on {{ch}} starts here',
  startedReceiver: 'the goroutine that receives from {{ch}} starts here',
  blocksSend: 'the goroutine blocks here sending on {{ch}}',
  alsoBlocks: 'the goroutine can also block here sending on {{ch}}',
  waitsFirst: 'before it sends, the goroutine waits here in `{{group}}.Wait()`: if that never returns, it stays blocked here instead',
  heldFirst: 'before it sends, the goroutine runs `{{call}}` here, handed {{arg}}, which {{receiver}} {{release}} only past the places where it gives up: if that call waits for it, the goroutine stays blocked here instead',
  blocksRecv: '{{receiver}} blocks here receiving from {{ch}}',
  givesUp: '{{receiver}} stops receiving from {{ch}} here',
  alsoGivesUp: '{{receiver}} can also stop receiving from {{ch}} here',
  receivesHere: '{{receiver}} receives from {{ch}} here, {{recvs}}',
  skipsSend: '{{sender}} can finish here without sending on {{ch}}',
  alsoSkipsSend: '{{sender}} can also finish here without sending on {{ch}}',
  stopsSending: '{{sender}} can finish here having sent on {{ch}} only {{sends}}',
  addBuffer: 'make {{ch}} buffered (capacity 1)',
  deferClose: 'close {{ch}} in a defer right after starting the goroutine',
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

/**
 * How a select case reads in a message: `case <-time.After(d)` or `the default case`; with the other cases that give up
 * as surely (Witness.arms), `case <-s.quit` or `case <-done` (four and more: the first three, then how many others).
 */
function armText(w: Witness): string {
  const one = (n: Node) => (n.type === 'default_case' ? 'the default case' : `\`case ${snippet(n)}\``);
  const arms = w.arms ?? [];
  // Named up to three; beyond that, counted (the related locations show them).
  const named = arms.length > 3 ? arms.slice(0, 2) : arms;
  const rest = arms.length - named.length;
  return [w.kind === 'default' ? 'the default case' : one(w.node), ...named.map(one), ...(rest ? [`one of ${rest} other cases`] : [])].join(' or ');
}

/**
 * `\`case <-time.After(d)\` wins`; for a case that goes on unless it returns (`case <-tick: if cancelled() { return
 * }` in a loop), `… wins and then returns`: winning alone is not the give-up.
 */
export function winsText(w: Witness): string {
  return `${armText(w)} wins${w.thenReturns ? ' and then returns' : ''}`;
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
  fix?: Fix<StepMsg>;
}

/**
 * A leak's own tags: `test-failure-path` when it happens only on a path where a test fails; `after-shutdown` when a
 * send blocks only if its callers send after the loop that receives has stopped.
 */
function leakTags(leak: SendLeak | RecvLeak): string[] | undefined {
  const tags = [...(leak.testFailure ? [TEST_FAILURE_TAG] : []), ...('afterShutdown' in leak && leak.afterShutdown ? [AFTER_SHUTDOWN_TAG] : [])];
  return tags.length > 0 ? tags : undefined;
}

/** The report for a send leak: the main message comes from the rule, the path is shared. */
export function sendLeakReport<M extends string>(leak: SendLeak, main: Described<M>): ReportDescriptor<M | StepMsg> {
  const c = leak.world.chan;
  const ch = c.name;
  const flow: Step<M | StepMsg>[] = [step(c.file, c.make, 'made', { ch, capacity: capacityText(c.capacity) })];
  if (leak.sender.goStmt) flow.push(step(leak.sender.fn.file, leak.sender.goStmt, 'startedSender', { ch }));
  flow.push(step(leak.sender.file, main.at?.node ?? leak.send.node, 'blocksSend', { ch }));
  const site = leak.world.site;
  if (site && c.returnedBy && !leak.world.discarded) flow.push(step(site.file, site.call, 'returnedTo', { fn: c.returnedBy.displayName }));
  const related: Step<M | StepMsg>[] = [];
  if (main.partner) {
    const p = step(main.partner.file, main.partner.node, main.partner.messageId, main.partner.data);
    related.push(p);
    flow.push(p);
    // Other failing checks that let the goroutine down as surely: which one fails first depends on what went wrong.
    if (main.partner.messageId === 'givesUp' && leak.receiver) {
      for (const n of [...(leak.witness?.also ?? []), ...(leak.witness?.arms ?? [])].slice(0, 6)) related.push(step(leak.receiver.file, n, 'alsoGivesUp', main.partner.data as { receiver: string; ch: string }));
    }
  }
  const at = main.at ?? { file: leak.sender.file, node: leak.send.node };
  // `wg.Wait(); done <- true`: a goroutine whose group is never done stays in that wait, never reaching its send.
  const before = at.node.type === 'send_statement' ? statementBefore(at.node) : null;
  const group = before ? waitedGroup(before) : undefined;
  if (before && group) related.push(step(at.file, before, 'waitsFirst', { group }));
  const held = leak.heldIn;
  if (held) related.push(step(at.file, held.call, 'heldFirst', { call: snippet(held.call), arg: held.arg, receiver: leak.receiver!.label, release: held.release }));
  // The goroutine's other sends that can block: one finding per goroutine, the other places as related.
  for (const other of blockingSends(leak).slice(0, 6)) {
    if (other.node.id !== at.node.id) related.push(step(other.file, other.node, 'alsoBlocks', { ch }));
  }
  // Its sends on other channels that nothing receives from either: the same goroutine, blocked at whichever fills first.
  for (const l of leak.alsoOn ?? []) related.push(step(l.sender.file, l.send.node, 'alsoBlocks', { ch: l.world.chan.name }));
  return { file: at.file, node: at.node, messageId: main.messageId, data: main.data, related, flow, fix: main.fix, tags: leakTags(leak) };
}

/** Every send of the leaking goroutine that can block (each is a place where it may park forever), in order. */
export function blockingSends(leak: SendLeak): NodeRef[] {
  return leak.blocking.map((o) => ({ file: o.body.file, node: o.node }));
}

/**
 * How many values the receiver takes, truthfully: `none when \`case <-time.After(d)\` wins` (or `none on some
 * paths`), `at most twice` when no path takes more, `only until \`case …\` wins` when that case is in a loop that
 * receives and can come after any number of values, else `only once when \`case …\` wins` or `only once on some
 * paths`.
 */
export function recvsText(leak: SendLeak): string {
  const w = leak.witness;
  const arm = w && (w.kind === 'select' || w.kind === 'default') ? winsText(w) : undefined;
  // A give-up inside a loop that receives (`for item := range out { select { … case <-ctx.Done(): return } }`):
  // it can come after any number of values, none or more, so no count is true.
  const inLoop = arm !== undefined && w !== undefined && givesUpInReceivingLoop(leak, w.node, leak.recvs === 0);
  if (leak.recvs === 0) return arm ? (inLoop ? `only until ${arm}` : `none when ${arm}`) : 'none on some paths';
  if (leak.maxRecvs <= leak.recvs) return `at most ${times(leak.recvs)}`;
  if (inLoop) return `only until ${arm}`;
  if (arm) return `only ${times(leak.recvs)} when ${arm}`;
  return `only ${times(leak.recvs)} on some paths`;
}

/** How many values the receiver of a sender that never runs dry takes (SendLeak.endless): what its loop allows. */
export function endlessRecvsText(leak: SendLeak): string {
  return Number.isFinite(leak.maxRecvs) && leak.maxRecvs > 0 ? `at most ${times(leak.maxRecvs)}` : 'only until its loop ends';
}

/**
 * Is the give-up `n`, a case of a select with other cases, inside a loop of the receiver that also receives from the
 * channel (its range, or a receive in its body)? The loop may go round any number of times before that case wins.
 * (A select with that case alone waits for it: `for v := range ch { select { case <-ctx.Done(): return v } }` takes
 * one value, as the count says.)
 */
function givesUpInReceivingLoop(leak: SendLeak, n: Node, none = false): boolean {
  const receiver = leak.receiver;
  let select: Node | null = n;
  while (select && select.type !== 'select_statement') select = select.parent;
  const cases = select?.namedChildren.filter((c) => c?.type === 'communication_case' || c?.type === 'default_case').length ?? 0;
  if (!receiver || cases < 2) return false;
  const recvs = leak.world.ops.filter((o) => (o.kind === 'recv' || o.kind === 'range') && o.body === receiver);
  for (let loop = enclosingLoop(n, receiver.block); loop; loop = enclosingLoop(loop, receiver.block)) {
    const l = loop;
    // Where the count on the way to the give-up is none, the loop must also be able to take a value and go round
    // (`case <-errs: t.Fatal(…)` takes one and leaves), with every sender started before it (a sender that the loop
    // starts anew each time has only the iterations from its own on).
    if (none && leak.world.ops.some((o) => o.kind === 'send' && o.body.goStmt && contains(l, o.body.goStmt))) continue;
    if (recvs.some((o) => contains(l, o.node) && (!none || !leavesAfter(o.node)))) return true;
  }
  return false;
}

/** Is the receive `r` a select case's whose statements end by leaving (return, or a call that does not return)? */
function leavesAfter(r: Node): boolean {
  let c: Node | null = r;
  while (c && c.type !== 'communication_case' && c.type !== 'block') c = c.parent;
  const last = c?.type === 'communication_case' ? caseStatements(c).at(-1) : undefined;
  return last !== undefined && (last.type === 'return_statement' || isTerminatingCall(last));
}

/** The partner step for a send leak: where the receiver gives up, or its receive when it takes too few. */
export function sendPartner(leak: SendLeak): Described<never>['partner'] {
  const site = leak.world.site;
  if (site && leak.world.discarded && leak.world.chan.returnedBy) {
    return { file: site.file, node: site.call, messageId: 'discardedHere', data: { caller: site.fn.displayName, fn: leak.world.chan.returnedBy.displayName } };
  }
  const receiver = leak.receiver;
  if (!receiver) return undefined;
  const ch = leak.world.chan.name;
  const w = leak.witness;
  // Where the receiver stops: a competing select case, an early return or a break out of the loop that receives
  // (also after some receives, as in a `for v := range ch` loop that returns or breaks on an error).
  const leaves = w && (w.kind === 'select' || w.kind === 'default' || w.kind === 'break' || (w.kind === 'return' && (enclosingLoop(w.node, receiver.block) !== undefined || leak.maxRecvs > leak.recvs)));
  if (w && w.kind !== 'end' && (leak.recvs === 0 || leaves)) {
    return { file: receiver.file, node: w.at ?? w.node, messageId: 'givesUp', data: { receiver: receiver.label, ch } };
  }
  if (leak.firstRecv) {
    const recvs = leak.endless ? endlessRecvsText(leak) : leak.recvs === 0 ? 'on some paths not at all' : recvsText(leak);
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
  // A channel made in another function (a test's, handed to the code it tests): say where, so the finding names
  // the channel the reader has to look at.
  if (c.file !== leak.receiver.fn.file || !contains(leak.receiver.fn.node, c.make)) related.push(flow[0]);
  if (leak.sender && leak.witness) {
    // On a path that sends some values but fewer than are received, the way out comes after them.
    const p =
      leak.sends > 0 && Number.isFinite(leak.sends)
        ? step(leak.sender.file, leak.witness.node, 'stopsSending', { sender: leak.sender.label, ch, sends: times(leak.sends) })
        : step(leak.sender.file, leak.witness.node, 'skipsSend', { sender: leak.sender.label, ch });
    related.push(p);
    flow.push(p);
    // Other failing checks that leave as early (`t.Fatal` after each step of a test): whichever fails, the receiver
    // is left waiting, as for a sender's receiver that can give up in several places.
    for (const n of (leak.witness.also ?? []).slice(0, 6)) related.push(step(leak.sender.file, n, 'alsoSkipsSend', { sender: leak.sender.label, ch }));
  }
  return { file: leak.receiver.file, node: leak.recv.node, messageId: main.messageId, data: main.data, related, flow, fix: main.fix, tags: leakTags(leak) };
}

type Fix<M extends string> = NonNullable<ReportDescriptor<M>['fix']>;

/** The last statement a body runs when it falls off its end (ignoring a trailing bare return). */
function lastStatement(block: Node): Node | undefined {
  const stmts = blockStatements(block);
  let last = stmts[stmts.length - 1];
  if (last?.type === 'return_statement' && last.namedChildCount === 0) last = stmts[stmts.length - 2];
  return last;
}

/**
 * `make(chan T)` → `make(chan T, 1)`, offered only when a buffer of one always takes the send: one goroutine
 * (not started in a loop) makes exactly one send, as its last statement, and the channel is unbuffered.
 */
export function bufferOneFix(leak: SendLeak): Fix<'addBuffer'> | undefined {
  const c = leak.world.chan;
  if (c.capacity !== 0 || leak.sends !== 1 || leak.senderCount !== 1 || leak.sender.copies !== 1) return undefined;
  const sendStmt = leak.send.node;
  if (lastStatement(leak.sender.block)?.id !== sendStmt.id) return undefined;
  const args = c.make.childForFieldName('arguments');
  if (!args) return undefined;
  const cap = args.namedChild(1);
  const edit = cap
    ? { file: c.file, startIndex: cap.startIndex, endIndex: cap.endIndex, text: '1' }
    : { file: c.file, startIndex: args.endIndex - 1, endIndex: args.endIndex - 1, text: ', 1' };
  return { messageId: 'addBuffer', data: { ch: c.name }, edits: [edit] };
}

/**
 * The function returns before closing the channel its goroutine waits on: move the close into a defer placed
 * right after the statement that starts the goroutine. Offered when the function's only operation on the
 * channel is one `close(ch)` statement at the top level of its body, after the go statement, which is itself at
 * the top level.
 */
export function deferCloseFix(leak: RecvLeak): Fix<'deferClose'> | undefined {
  const sender = leak.sender;
  const go = leak.receiver.goStmt;
  if (!sender || sender.kind !== 'func' || !go) return undefined;
  const ops = leak.world.ops.filter((o) => o.body === sender);
  if (ops.length !== 1 || ops[0].kind !== 'close' || ops[0].deferred) return undefined;
  const closeStmt = ops[0].node.parent;
  const top = blockStatements(sender.block);
  if (!closeStmt || closeStmt.type !== 'expression_statement' || !top.some((s) => s.id === closeStmt.id) || !top.some((s) => s.id === go.id)) return undefined;
  if (closeStmt.startIndex < go.endIndex) return undefined;
  const file = sender.file;
  const indent = /[ \t]*$/.exec(file.text.slice(0, go.startIndex))![0];
  // Remove the close statement with its line.
  const lineStart = file.text.lastIndexOf('\n', closeStmt.startIndex - 1) + 1;
  const lineEnd = file.text.indexOf('\n', closeStmt.endIndex);
  const removeEnd = lineEnd === -1 ? closeStmt.endIndex : lineEnd + 1;
  const onlyStmtOnLine = file.text.slice(lineStart, closeStmt.startIndex).trim() === '' && file.text.slice(closeStmt.endIndex, removeEnd).trim() === '';
  const removal = onlyStmtOnLine
    ? { file, startIndex: lineStart, endIndex: removeEnd, text: '' }
    : { file, startIndex: closeStmt.startIndex, endIndex: closeStmt.endIndex, text: '' };
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const insert = { file, startIndex: go.endIndex, endIndex: go.endIndex, text: `${eol}${indent}defer ${closeStmt.text}` };
  return { messageId: 'deferClose', data: { ch: leak.world.chan.name }, edits: [insert, removal] };
}
