import type { Rule } from '../../src/rule';
import { isPrematureReturn, leaks } from '../../src/analysis/leaks';
import { describeLeak } from '../../src/analysis/describe';

type Msg = 'selectGiveUp' | 'fewerReceives' | 'neverReceived' | 'givesUp' | 'receivesHere' | 'made' | 'started' | 'blocks';

const rule: Rule<Msg> = {
  meta: {
    id: 'abandoned-send',
    name: 'AbandonedSend',
    summary: 'goroutine sends on a channel whose receiver can stop receiving first',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    messages: {
      selectGiveUp: 'goroutine may block forever sending on {{chan}}: {{receiver}} stops receiving when {{arm}} wins',
      fewerReceives: 'goroutine may block forever sending on {{chan}}: it can send {{sends}} but {{receiver}} receives {{recvs}}',
      neverReceived: 'goroutine blocks forever sending on {{chan}}: nothing receives from it',
      givesUp: '{{receiver}} stops receiving from {{ch}} here',
      receivesHere: '{{receiver}} receives from {{ch}} here, {{recvs}}',
      made: '{{ch}} is made here ({{capacity}})',
      started: 'the goroutine that sends on {{ch}} starts here',
      blocks: 'the goroutine blocks here sending on {{ch}}',
    },
  },
  check(ctx) {
    for (const leak of ctx.pkg.fact(leaks).sendLeaks) {
      if (isPrematureReturn(leak)) continue; // reported by premature-return
      ctx.report(describeLeak(leak));
    }
  },
};
export default rule;
