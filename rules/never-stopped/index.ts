import type { ReportDescriptor, Rule } from '../../src/rule';
import { unstoppedWorkers } from '../../src/analysis/workers';
import { snippet } from '../../src/analysis/syntax';

type Msg = 'neverStopped' | 'neverStoppedIf' | 'made' | 'called' | 'starts' | 'exit' | 'stopper' | 'deferStop';
type Step = NonNullable<ReportDescriptor<Msg>['flow']>[number];

const rule: Rule<Msg> = {
  meta: {
    id: 'never-stopped',
    name: 'NeverStopped',
    summary: 'worker goroutine that waits for a Stop its starter never calls',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    fixable: true,
    messages: {
      neverStopped:
        'goroutine started by {{starter}} never exits: it leaves only when {{type}}.{{stop}} closes {{v}}.{{field}}, and {{fn}} never calls {{v}}.{{stop}}() nor lets {{v}} escape',
      neverStoppedIf:
        'goroutine that {{starter}} starts when {{cond}} never exits: it leaves only when {{type}}.{{stop}} closes {{v}}.{{field}}, and {{fn}} never calls {{v}}.{{stop}}() nor lets {{v}} escape',
      made: '{{v}} is made here and stays in {{fn}}',
      called: '{{fn}} starts the worker here and never stops it',
      starts: 'the goroutine starts here',
      exit: 'its only way out: this case, once {{field}} is closed',
      stopper: '{{type}}.{{stop}} closes {{field}} here; {{fn}} never calls it',
      deferStop: 'defer {{v}}.{{stop}}() right after starting it',
    },
  },
  check(ctx) {
    for (const { file, fn, v, type, call, starter: s, stop, cond, fix } of ctx.pkg.fact(unstoppedWorkers)) {
      const starter = s.ctor ? `${s.start.name}()` : `${v.name}.${s.start.name}()`;
      const data = { v: v.name, starter, type, stop: stop.fn.name, field: s.field, fn: fn.displayName, cond: cond ? snippet(cond) : '' };
      const flow: Step[] = [
        { file, node: v.node, messageId: 'made', data },
        { file, node: call, messageId: 'called', data },
        { file: s.goFile, node: s.go, messageId: 'starts' },
        { file: s.exitFile, node: s.exit, messageId: 'exit', data },
      ];
      if (s.ctor) flow.splice(1, 1); // made and started by the same call
      const related = [flow[flow.length - 2], flow[flow.length - 1], { file: stop.fn.file, node: stop.close, messageId: 'stopper' as const, data }];
      ctx.report({ file, node: call, messageId: cond ? 'neverStoppedIf' : 'neverStopped', data, related, flow, fix: fix && { messageId: 'deferStop', data, edits: [fix] } });
    }
  },
};

export default rule;
