import type { Rule } from '../../src/rule';
import { leaks, recvLeakKind } from '../../src/analysis/leaks';
import { stuckWaits } from '../../src/analysis/waits';
import { chanText, LEAK_STEP_MESSAGES, recvLeakReport, StepMsg, times } from '../../src/analysis/describe';
import { uncancelledWaits, type UncancelledWait } from '../../src/analysis/contexts';
import type { ReportDescriptor } from '../../src/rule';
import { selfClosedWaits } from '../../src/analysis/selfclose';

type Msg =
  | 'senderCanSkip'
  | 'fewerSends'
  | 'neverSent'
  | 'neverCancelled'
  | 'loopNeverEnds'
  | 'ownDeferredClose'
  | 'ownDeferredCloseVia'
  | 'deferredClose'
  | 'aliasGets'
  | 'ctxMade'
  | 'cancelLost'
  | 'ctxRoot'
  | 'waitGroupNoDone'
  | 'addedHere'
  | 'condLoopNeverEnds'
  | 'loopCondition'
  | StepMsg;

const rule: Rule<Msg> = {
  meta: {
    id: 'orphan-receive',
    name: 'OrphanReceive',
    summary: 'receive on a channel whose only sender can finish without sending',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    messages: {
      senderCanSkip: '{{receiver}} may block forever receiving from {{chan}}: {{sender}} can finish without sending on or closing it',
      fewerSends: '{{receiver}} may block forever receiving from {{chan}}: it can receive {{recvs}} but {{sender}} sends {{sends}} on some paths',
      neverSent: '{{receiver}} blocks forever receiving from {{chan}}: nothing sends on or closes it',
      neverCancelled:
        '{{receiver}} blocks forever receiving from {{ctx}}.Done(): the context is made by {{withCancel}} (line {{line}}) from {{parent}}, which is never done{{rootNote}}, and its cancel function {{lost}}',
      loopNeverEnds:
        'the loop in {{receiver}} never ends: its only way out is receiving from {{ctx}}.Done(), and the context is made by {{withCancel}} (line {{line}}) from {{parent}}, which is never done{{rootNote}}, and its cancel function {{lost}}',
      ownDeferredClose:
        '{{fn}} blocks forever receiving from {{chan}}: its only close is {{fn}}\'s own deferred close({{chan}}), which runs after this receive, and nothing can send on it (it goes only to receives and <-chan parameters)',
      ownDeferredCloseVia:
        '{{fn}} blocks forever receiving from {{alias}}: it can only hold nil or {{chan}}, whose only close is {{fn}}\'s own deferred close({{chan}}), which runs after this receive, and nothing can send on it (it goes only to receives and <-chan parameters)',
      deferredClose: 'the only close, deferred: it runs when {{fn}} returns',
      aliasGets: '{{alias}} is declared here (nil) and is only ever given {{chan}}',
      ctxMade: 'the context is made here; only its cancel function or its parent can end it',
      cancelLost: '{{lostAt}}',
      ctxRoot: 'its chain of parents starts here, with a context that is never done',
      waitGroupNoDone: '{{waiter}} blocks forever waiting on WaitGroup {{wg}} once it has been added to: nothing in the package calls {{wg}}.Done',
      addedHere: '{{wg}} is added to here',
      condLoopNeverEnds: '{{waiter}} waits on condition variable {{cond}} forever: nothing changes the loop condition, so no Signal or Broadcast can end the loop',
      loopCondition: 'this loop condition never changes',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    for (const w of ctx.pkg.fact(uncancelledWaits)) ctx.report(contextReport(w));
    for (const w of ctx.pkg.fact(selfClosedWaits)) {
      const data = { fn: w.fn.displayName, chan: w.chan.name, alias: w.alias?.name ?? '' };
      const related = [
        { file: w.file, node: w.close, messageId: 'deferredClose' as const, data },
        ...(w.alias ? [{ file: w.file, node: w.alias.node, messageId: 'aliasGets' as const, data }] : []),
      ];
      ctx.report({ file: w.file, node: w.recv, messageId: w.alias ? 'ownDeferredCloseVia' : 'ownDeferredClose', data, related });
    }
    for (const w of ctx.pkg.fact(stuckWaits)) {
      if (w.kind === 'waitGroupNoDone') {
        const data = { waiter: w.label, wg: w.name };
        const added = { file: w.related.file, node: w.related.node, messageId: 'addedHere' as const, data: { wg: w.name } };
        ctx.report({ file: w.file, node: w.node, messageId: 'waitGroupNoDone', data, related: [added], flow: [added, { file: w.file, node: w.node, messageId: 'waitGroupNoDone', data }] });
      } else {
        const loop = { file: w.related.file, node: w.related.node, messageId: 'loopCondition' as const, data: {} };
        ctx.report({ file: w.file, node: w.node, messageId: 'condLoopNeverEnds', data: { waiter: w.label, cond: w.name }, related: [loop] });
      }
    }
    for (const leak of ctx.pkg.fact(leaks).recvLeaks) {
      if (recvLeakKind(leak) !== 'orphan-receive') continue;
      const chan = chanText(leak.world.chan);
      if (!leak.sender) ctx.report(recvLeakReport(leak, { messageId: 'neverSent', data: { chan, receiver: leak.receiver.label } }));
      else if (leak.sends === 0) {
        ctx.report(recvLeakReport(leak, { messageId: 'senderCanSkip', data: { chan, receiver: leak.receiver.label, sender: leak.sender.label } }));
      } else {
        const data = { chan, receiver: leak.receiver.label, sender: leak.sender.label, recvs: times(leak.recvs), sends: `only ${times(leak.sends)}` };
        ctx.report(recvLeakReport(leak, { messageId: 'fewerSends', data }));
      }
    }
  },
};
export default rule;

/** The report of a wait on a context nobody cancels: where it is made, where its cancel is lost, where its parents start. */
function contextReport(w: UncancelledWait): ReportDescriptor<Msg> {
  const o = w.origin;
  const lost = o.lost;
  const line = (n: { startPosition: { row: number } }) => n.startPosition.row + 1;
  let lostText: string;
  let lostAt: string;
  let lostRefs: { file: typeof w.file; node: typeof w.recv }[];
  if (lost.kind === 'discarded') {
    lostText = 'is discarded (`_`)';
    lostAt = 'the cancel function is discarded here';
    lostRefs = [{ file: lost.file, node: lost.node }];
  } else if (lost.kind === 'unread-field') {
    lostText = `is stored in ${lost.node.text}, a field nothing in the package reads`;
    lostAt = `the cancel function is stored in ${lost.node.text} here and never read`;
    lostRefs = [{ file: lost.file, node: lost.node }];
  } else if (lost.discardedBy.length === 0) {
    const held = lost.storedIn ? `; the ${lost.type} is stored only in ${lost.storedIn.type}.${lost.storedIn.field}, which no method called on its ${lost.storedIn.type} reads` : '';
    lostText = `is kept only in the ${lost.type} made by ${lost.fn.displayName} (field ${lost.field}), on which no method that uses it is ever called${held}`;
    lostAt = `the ${lost.type} that holds the cancel function is made here and stays in ${lost.fn.displayName}`;
    lostRefs = [{ file: lost.file, node: lost.node }];
  } else {
    const n = lost.discardedBy.length;
    lostText = `is kept only in the ${lost.type} (field ${lost.field}) that ${lost.fn.displayName} returns, and ${n === 1 ? 'its only caller discards' : `all ${n} of its callers discard`} it`;
    lostAt = `the result of ${lost.fn.displayName}, the ${lost.type} that holds the cancel function, is discarded here`;
    lostRefs = lost.discardedBy.map((c) => ({ file: c.file, node: c.call }));
  }
  const parentText = o.call.childForFieldName('arguments')?.namedChild(0)?.text ?? '';
  const data = {
    receiver: w.label,
    ctx: w.ctx,
    withCancel: o.call.childForFieldName('function')?.text ?? 'context.WithCancel',
    line: line(o.call),
    parent: parentText,
    rootNote: parentText === o.root.node.text ? '' : ` (it comes from ${o.root.node.text}, line ${line(o.root.node)})`,
    lost: lostText,
    lostAt,
  };
  const related = [
    { file: o.file, node: o.call, messageId: 'ctxMade' as const, data },
    ...lostRefs.map((r) => ({ ...r, messageId: 'cancelLost' as const, data })),
    ...(o.root.node.id === o.call.childForFieldName('arguments')?.namedChild(0)?.id ? [] : [{ ...o.root, messageId: 'ctxRoot' as const, data }]),
  ];
  return { file: w.file, node: w.recv, messageId: w.loop ? 'loopNeverEnds' : 'neverCancelled', data, related };
}
