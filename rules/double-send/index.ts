import type { Rule } from '../../src/rule';
import { leaks, sendLeakKind } from '../../src/analysis/leaks';
import { prefills } from '../../src/analysis/prefill';
import { chanText, LEAK_STEP_MESSAGES, sendLeakReport, sendPartner, StepMsg, times } from '../../src/analysis/describe';

type Msg = 'secondSendBlocks' | 'bufferFullBeforeShared' | 'filledHere' | StepMsg;

const rule: Rule<Msg> = {
  meta: {
    id: 'double-send',
    name: 'DoubleSend',
    summary: 'goroutine sends more values on one path than its partner receives',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    messages: {
      secondSendBlocks:
        'goroutine may block forever sending on {{chan}}: one path sends {{sends}} but {{receiver}} receives at most {{recvs}} (a missing return?)',
      bufferFullBeforeShared:
        '{{who}} blocks forever sending on channel {{chan}} of {{value}} (made in {{maker}}): its buffer of {{cap}} is already full from {{earlier}} on this path, and nothing else holds {{value}} yet to receive',
      filledHere: 'this send fills the buffer of {{chan}}',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    for (const p of ctx.pkg.fact(prefills)) {
      const data = { who: p.fn.displayName, chan: p.chan, value: p.value, maker: p.maker, cap: String(p.capacity), earlier: p.earlier.length === 1 ? 'one earlier send' : `${p.earlier.length} earlier sends` };
      const filled = p.earlier.map((e) => ({ file: e.file, node: e.node, messageId: 'filledHere' as const, data: { chan: p.chan } }));
      ctx.report({ file: p.file, node: p.send, messageId: 'bufferFullBeforeShared', data, related: filled, flow: [...filled, { file: p.file, node: p.send, messageId: 'bufferFullBeforeShared', data }] });
    }
    for (const leak of ctx.pkg.fact(leaks).sendLeaks) {
      if (sendLeakKind(leak) !== 'double-send') continue;
      // Point at the send that blocks: the last send of the goroutine on that path.
      const own = leak.world.ops.filter((o) => o.kind === 'send' && o.body === leak.sender);
      const last = own.reduce((a, b) => (b.node.startIndex > a.node.startIndex ? b : a));
      const data = { chan: chanText(leak.world.chan), sends: times(leak.sends), receiver: leak.receiver!.label, recvs: times(leak.recvs) };
      ctx.report(sendLeakReport(leak, { messageId: 'secondSendBlocks', data, at: { file: leak.sender.file, node: last.node }, partner: sendPartner(leak) }));
    }
  },
};
export default rule;
