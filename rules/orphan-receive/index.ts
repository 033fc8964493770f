import type { Rule } from '../../src/rule';
import { leaks, recvLeakKind } from '../../src/analysis/leaks';
import { chanText, LEAK_STEP_MESSAGES, recvLeakReport, StepMsg, times } from '../../src/analysis/describe';

type Msg = 'senderCanSkip' | 'fewerSends' | 'neverSent' | StepMsg;

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
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
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
