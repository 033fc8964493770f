import type { Rule } from '../../src/rule';
import { heldLocks } from '../../src/analysis/locks';
import { chanText } from '../../src/analysis/describe';

type Msg = 'sendUnderLock' | 'recvUnderLock' | 'sendUnderLockVia' | 'recvUnderLockVia' | 'locked' | 'partnerLocks' | 'partnerWaits';

const rule: Rule<Msg> = {
  meta: {
    id: 'blocking-under-lock',
    name: 'BlockingUnderLock',
    summary: 'channel operation that waits while holding a mutex its partner needs',
    severity: 'warning',
    precision: 'medium',
    tags: ['concurrency', 'deadlock', 'goroutine-leak', 'reliability'],
    since: '0.2.0',
    messages: {
      sendUnderLock: '{{who}} may block forever sending on {{chan}} while holding {{lock}}: {{partner}} must lock {{lock}} before it can receive',
      recvUnderLock: '{{who}} may block forever receiving from {{chan}} while holding {{lock}}: {{partner}} must lock {{lock}} before it can send or close',
      sendUnderLockVia: '{{who}} may block forever sending on {{chan}} while holding {{lock}}: before it can receive, {{partner}} waits on {{gate}}, which only {{locker}} sends on or closes after it locks {{lock}}',
      recvUnderLockVia: '{{who}} may block forever receiving from {{chan}} while holding {{lock}}: before it can send or close, {{partner}} waits on {{gate}}, which only {{locker}} sends on or closes after it locks {{lock}}',
      partnerWaits: '{{partner}} waits on {{gate}} here',
      locked: '{{lock}} is locked here',
      partnerLocks: '{{partner}} waits for {{lock}} here',
    },
  },
  check(ctx) {
    for (const l of ctx.pkg.fact(heldLocks)) {
      const who = l.op.body.label;
      const partner = l.partner.label;
      const lock = l.lock.text;
      const locked = { file: l.lockedAt.fn.file, node: l.lockedAt.node, messageId: 'locked' as const, data: { lock } };
      if (l.via) {
        const gate = chanText(l.via.world.chan);
        const locker = l.via.locker.label;
        const data = { who, chan: chanText(l.world.chan), lock, partner, gate, locker };
        const waitsOn = { file: l.via.recv.body.file, node: l.via.recv.node, messageId: 'partnerWaits' as const, data: { partner, gate } };
        const waits = { file: l.partnerLock.fn.file, node: l.partnerLock.node, messageId: 'partnerLocks' as const, data: { partner: locker, lock } };
        const messageId = l.op.kind === 'send' ? ('sendUnderLockVia' as const) : ('recvUnderLockVia' as const);
        ctx.report({
          file: l.op.body.file,
          node: l.op.node,
          messageId,
          data,
          related: [locked, waitsOn, waits],
          flow: [locked, { file: l.op.body.file, node: l.op.node, messageId, data }, waitsOn, waits],
        });
        continue;
      }
      const data = { who, chan: chanText(l.world.chan), lock, partner };
      const waits = { file: l.partnerLock.fn.file, node: l.partnerLock.node, messageId: 'partnerLocks' as const, data: { partner, lock } };
      ctx.report({
        file: l.op.body.file,
        node: l.op.node,
        messageId: l.op.kind === 'send' ? 'sendUnderLock' : 'recvUnderLock',
        data,
        related: [locked, waits],
        flow: [locked, { file: l.op.body.file, node: l.op.node, messageId: l.op.kind === 'send' ? 'sendUnderLock' : 'recvUnderLock', data }, waits],
      });
    }
  },
};
export default rule;
