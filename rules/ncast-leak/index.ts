import type { Rule } from '../../src/rule';
import { leaks, sendLeakKind } from '../../src/analysis/leaks';
import { chanText, LEAK_STEP_MESSAGES, recvsText, sendLeakReport, sendPartner, StepMsg } from '../../src/analysis/describe';

type Msg = 'moreSendersThanReceives' | 'moreSendsThanReceives' | StepMsg;

const rule: Rule<Msg> = {
  meta: {
    id: 'ncast-leak',
    name: 'NcastLeak',
    summary: 'several goroutines send on a channel that is received from fewer times',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    messages: {
      moreSendersThanReceives:
        'goroutines may block forever sending on {{chan}}: {{senders}} of them send but {{receiver}} receives {{recvs}}',
      moreSendsThanReceives:
        'goroutines may block forever sending on {{chan}}: {{senders}} of them send {{sends}} but {{receiver}} receives {{recvs}}',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    for (const leak of ctx.pkg.fact(leaks).sendLeaks) {
      if (sendLeakKind(leak) !== 'ncast-leak') continue;
      const senders = leak.senderCount === Infinity ? 'any number' : String(leak.senderCount);
      const recvs = leak.receiver ? recvsText(leak) : 'from it';
      const data = { chan: chanText(leak.world.chan), senders, receiver: leak.receiver?.label ?? 'nothing', recvs };
      // Senders that can each send more than once: the values, not the senders, outnumber the buffer and receives.
      // (Finitely many senders, one of which sends in a loop: any number of values.)
      if (leak.sends > leak.senderCount && Number.isFinite(leak.senderCount)) {
        const sends = !Number.isFinite(leak.sends) ? 'any number of values' : `${leak.sendsUpTo || leak.sendsVary ? 'up to ' : ''}${leak.sends} values in all`;
        ctx.report(sendLeakReport(leak, { messageId: 'moreSendsThanReceives', data: { ...data, sends }, partner: sendPartner(leak) }));
        continue;
      }
      ctx.report(sendLeakReport(leak, { messageId: 'moreSendersThanReceives', data, partner: sendPartner(leak) }));
    }
  },
};
export default rule;
