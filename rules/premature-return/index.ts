import type { Rule } from '../../src/rule';
import { leaks, recvLeakKind, sendLeakKind } from '../../src/analysis/leaks';
import { bufferOneFix, chanText, deferCloseFix, LEAK_STEP_MESSAGES, recvLeakReport, sendLeakReport, sendPartner, StepMsg } from '../../src/analysis/describe';
import { callEnd, snippet } from '../../src/analysis/syntax';

type Msg = 'returnsBeforeReceive' | 'waitsBeforeReceive' | 'returnsBeforeSend' | StepMsg;

const rule: Rule<Msg> = {
  meta: {
    id: 'premature-return',
    name: 'PrematureReturn',
    summary: 'function returns before the channel operation its goroutine waits for',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    fixable: true,
    messages: {
      returnsBeforeReceive: 'goroutine may block forever sending on {{chan}}: {{receiver}} can return before receiving from it',
      waitsBeforeReceive: 'goroutine may block forever sending on {{chan}}: {{receiver}} waits in `{{wait}}` for every sender to finish before it receives, and the buffer cannot hold all their values',
      returnsBeforeSend: '{{receiver}} may block forever receiving from {{chan}}: {{sender}} can return before sending on or closing it',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    const facts = ctx.pkg.fact(leaks);
    for (const leak of facts.sendLeaks) {
      if (sendLeakKind(leak) !== 'premature-return') continue;
      const data = { chan: chanText(leak.world.chan), receiver: leak.receiver!.label };
      // The way out is `wg.Wait()` for every sender (not a return, nor a call that ends the test).
      const w = leak.witness!.node;
      // Or a range over a channel the sender closes as it returns (`for d := range decoded`): named by its header.
      if ((w.type === 'expression_statement' && callEnd(w) === undefined) || w.type === 'for_statement') {
        const body = w.type === 'for_statement' ? w.childForFieldName('body') : null;
        const wait = body ? w.text.slice(0, body.startIndex - w.startIndex).replace(/\s+/g, ' ').trim() : snippet(w);
        ctx.report(sendLeakReport(leak, { messageId: 'waitsBeforeReceive', data: { ...data, wait }, partner: sendPartner(leak) }));
        continue;
      }
      ctx.report(sendLeakReport(leak, { messageId: 'returnsBeforeReceive', data, partner: sendPartner(leak), fix: bufferOneFix(leak) }));
    }
    for (const leak of facts.recvLeaks) {
      if (recvLeakKind(leak) !== 'premature-return') continue;
      const data = { chan: chanText(leak.world.chan), receiver: leak.receiver.label, sender: leak.sender!.label };
      ctx.report(recvLeakReport(leak, { messageId: 'returnsBeforeSend', data, fix: deferCloseFix(leak) }));
    }
  },
};
export default rule;
