import type { Rule } from '../../src/rule';
import { leaks, sendLeakKind } from '../../src/analysis/leaks';
import { winsText, bufferOneFix, chanText, endlessRecvsText, LEAK_STEP_MESSAGES, recvsText, sendLeakReport, sendPartner, StepMsg, times, type Described } from '../../src/analysis/describe';

type Msg = 'selectGiveUp' | 'fewerReceives' | 'endlessStream' | 'neverReceived' | 'receiverStops' | 'resultDiscarded' | 'sendsFirst' | StepMsg;

const rule: Rule<Msg> = {
  meta: {
    id: 'abandoned-send',
    name: 'AbandonedSend',
    summary: 'goroutine sends on a channel whose receiver can stop receiving first',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    fixable: true,
    messages: {
      selectGiveUp: 'goroutine may block forever sending on {{chan}}: {{receiver}} stops receiving when {{wins}}',
      fewerReceives: 'goroutine may block forever sending on {{chan}}: it can send {{sends}} but {{receiver}} receives {{recvs}}',
      endlessStream: 'goroutine may block forever sending on {{chan}}: it sends without end but {{receiver}} receives {{recvs}}',
      neverReceived: 'goroutine blocks forever sending on {{chan}}: nothing receives from it',
      resultDiscarded: 'goroutine blocks forever sending on {{chan}}: {{caller}} discards it',
      sendsFirst: '{{sender}} blocks forever sending on {{chan}}: nothing else has the channel yet, so nothing can receive from it',
      receiverStops: 'goroutine may block forever sending on {{chan}}: {{receiver}}, its only receiver, can return first',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    for (const leak of ctx.pkg.fact(leaks).sendLeaks) {
      if (sendLeakKind(leak) !== 'abandoned-send') continue;
      const chan = chanText(leak.world.chan);
      const receiver = leak.receiver?.label ?? '';
      const w = leak.witness;
      const partner = sendPartner(leak);
      const fix = bufferOneFix(leak);
      const recvs = recvsText(leak);
      const site = leak.world.site;
      const main: Described<Msg> = leak.early
        ? { messageId: 'sendsFirst', data: { chan, sender: leak.sender.label } }
        : leak.world.discarded && site
        ? { messageId: 'resultDiscarded', data: { chan, caller: site.fn.displayName }, partner }
        : !leak.receiver
        ? { messageId: 'neverReceived', data: { chan } }
        : w && leak.recvs === 0 && (w.kind === 'select' || w.kind === 'default')
          ? { messageId: 'selectGiveUp', data: { chan, receiver, wins: winsText(w) }, partner }
          : leak.afterStop
            ? { messageId: 'receiverStops', data: { chan, receiver }, partner }
            : leak.endless
            ? { messageId: 'endlessStream', data: { chan, receiver, recvs: endlessRecvsText(leak) }, partner }
            : { messageId: 'fewerReceives', data: { chan, receiver, sends: leak.sendsUpTo ? `up to ${times(leak.sends)}` : times(leak.sends), recvs }, partner };
      ctx.report(sendLeakReport(leak, { ...main, fix }));
    }
  },
};
export default rule;
