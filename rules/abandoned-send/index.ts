import type { Rule } from '../../src/rule';

type Msg = 'selectGiveUp' | 'fewerReceives' | 'givesUp' | 'receivesHere' | 'made' | 'started' | 'blocks';

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
      selectGiveUp:
        'goroutine may block forever sending on {{chan}}: {{receiver}} can stop receiving when {{arm}} wins',
      fewerReceives:
        'goroutine may block forever sending on {{chan}}: it can send {{sends}} but {{receiver}} receives at most {{recvs}}',
      givesUp: '{{receiver}} stops receiving from {{ch}} here',
      receivesHere: '{{receiver}} receives from {{ch}} here, at most {{recvs}}',
      made: 'channel {{ch}} is made here ({{capacity}})',
      started: 'goroutine that sends on {{ch}} starts here',
      blocks: 'goroutine blocks here sending on {{ch}}',
    },
  },
  check() {
    /* implemented in the next commit */
  },
};
export default rule;
