import type { Rule } from '../../src/rule';
import { leaks, recvLeakKind } from '../../src/analysis/leaks';
import { chanText, LEAK_STEP_MESSAGES, recvLeakReport, StepMsg } from '../../src/analysis/describe';

type Msg = 'senderCanSkip' | 'neverSent' | StepMsg;

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
      neverSent: '{{receiver}} blocks forever receiving from {{chan}}: nothing sends on or closes it',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    for (const leak of ctx.pkg.fact(leaks).recvLeaks) {
      if (recvLeakKind(leak) !== 'orphan-receive') continue;
      const chan = chanText(leak.world.chan);
      if (!leak.sender) ctx.report(recvLeakReport(leak, { messageId: 'neverSent', data: { chan, receiver: leak.receiver.label } }));
      else ctx.report(recvLeakReport(leak, { messageId: 'senderCanSkip', data: { chan, receiver: leak.receiver.label, sender: leak.sender.label } }));
    }
  },
};
export default rule;
