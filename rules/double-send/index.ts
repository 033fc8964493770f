import type { Rule } from '../../src/rule';
import { leaks, sendLeakKind } from '../../src/analysis/leaks';
import { prefills } from '../../src/analysis/prefill';
import { chanText, LEAK_STEP_MESSAGES, sendLeakReport, sendPartner, StepMsg, times } from '../../src/analysis/describe';

type Msg = 'secondSendBlocks' | 'bufferFullBeforeShared' | 'bufferFullNoReceiver' | 'filledHere' | 'reachedThrough' | StepMsg;

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
      bufferFullNoReceiver:
        '{{who}} blocks forever sending on channel {{chan}} of {{value}} (made in {{maker}}): its buffer of {{cap}} is already full from {{earlier}} on this path, and no code that {{value}} is handed to ever receives from it',
      filledHere: 'this send fills the buffer of {{chan}}',
      reachedThrough: 'the send is reached through this call on {{value}}',
      ...LEAK_STEP_MESSAGES,
    },
  },
  check(ctx) {
    for (const p of ctx.pkg.fact(prefills)) {
      const data = { who: p.fn.displayName, chan: p.chan, value: p.value, maker: p.maker, cap: String(p.capacity), earlier: p.earlier.length === 1 ? 'one earlier send' : `${p.earlier.length} earlier sends` };
      // A send repeated by a loop or by calls of one method is one related location.
      const seen = new Set<number>();
      const filled = p.earlier
        .filter((e) => !seen.has(e.node.id) && !!seen.add(e.node.id))
        .map((e) => ({ file: e.file, node: e.node, messageId: 'filledHere' as const, data: { chan: p.chan } }));
      const via = p.via ? [{ file: p.via.file, node: p.via.node, messageId: 'reachedThrough' as const, data: { value: p.value } }] : [];
      const messageId = p.handedOn ? ('bufferFullNoReceiver' as const) : ('bufferFullBeforeShared' as const);
      ctx.report({ file: p.file, node: p.send, messageId, data, related: [...filled, ...via], flow: [...filled, ...via, { file: p.file, node: p.send, messageId, data }] });
    }
    for (const leak of ctx.pkg.fact(leaks).sendLeaks) {
      if (sendLeakKind(leak) !== 'double-send') continue;
      // Point at the send that blocks: the last send of the goroutine on that path.
      const own = leak.world.ops.filter((o) => o.kind === 'send' && o.body === leak.sender);
      const last = own.reduce((a, b) => (b.node.startIndex > a.node.startIndex ? b : a));
      const data = { chan: chanText(leak.world.chan), sends: leak.sendsUpTo ? `up to ${times(leak.sends)}` : times(leak.sends), receiver: leak.receiver!.label, recvs: times(leak.recvs) };
      ctx.report(sendLeakReport(leak, { messageId: 'secondSendBlocks', data, at: { file: leak.sender.file, node: last.node }, partner: sendPartner(leak) }));
    }
  },
};
export default rule;
