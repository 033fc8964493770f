import type { Rule } from '../../src/rule';
import { timers } from '../../src/analysis/timers';
import { MAY_RUN_ONCE_TAG, PENDING_TIMER_TAG } from '../../src/types';

type Msg = 'tickerNeverStopped' | 'timerNeverStopped' | 'tickerNotAlwaysStopped' | 'timerNotAlwaysStopped' | 'leftRunning' | 'tickOutsideMain' | 'afterInLoop' | 'endlessTickerLoop' | 'endlessTickerLoopPerValue' | 'goStarts' | 'drainedTwice' | 'valueTaken';

const rule: Rule<Msg> = {
  meta: {
    id: 'timer-leak',
    name: 'TimerLeak',
    summary: 'ticker or timer never stopped, endless ticker loop, timer drained twice',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability', 'timers'],
    since: '0.1.0',
    messages: {
      tickerNeverStopped: 'ticker is never stopped: before Go 1.23 ({{version}}) it is never garbage collected',
      timerNeverStopped: 'timer is never stopped: before Go 1.23 ({{version}}) it stays in memory until it fires',
      tickerNotAlwaysStopped: 'ticker is not stopped on every path: before Go 1.23 ({{version}}) one left running is never garbage collected',
      timerNotAlwaysStopped: 'timer is not stopped on every path: before Go 1.23 ({{version}}) one left pending stays in memory until it fires',
      leftRunning: '{{exit}} here without stopping the {{what}}',
      tickOutsideMain: 'time.Tick outside main leaks its ticker before Go 1.23 ({{version}}): use time.NewTicker and Stop it',
      afterInLoop: 'time.After in a loop makes a timer per iteration that lives until it fires before Go 1.23 ({{version}}): reuse a time.Timer',
      endlessTickerLoop: 'goroutine loops over {{ticker}} forever: it has no way to exit, so every call of {{fn}} leaks one',
      endlessTickerLoopPerValue: 'goroutine loops over {{ticker}} forever: it has no way to exit, so every {{type}} whose {{method}} runs leaks one',
      goStarts: 'the goroutine starts here',
      drainedTwice:
        '<-{{timer}}.C blocks forever: the case at line {{line}} can already have received the timer\'s one value and gone round without {{timer}}.Reset, so {{timer}}.Stop() returns false and nothing is left to receive',
      valueTaken: 'this case receives the timer\'s value and the loop goes round without resetting it',
    },
  },
  check(ctx) {
    const { version, findings } = ctx.pkg.fact(timers);
    const data = { version: version ? `go.mod says go ${version.major}.${version.minor}` : 'no go.mod' };
    // A timer (not a ticker) is freed when it fires: what it holds is bounded by its duration.
    const pending = [PENDING_TIMER_TAG];
    for (const f of findings) {
      switch (f.kind) {
        case 'endless-ticker-loop': {
          const start = { file: f.goFile, node: f.go, messageId: 'goStarts' as const };
          const data: Record<string, string> = f.perValue ? { ticker: f.ticker, type: f.fn.recvType!, method: f.fn.name } : { ticker: f.ticker, fn: f.starter };
          ctx.report({ file: f.file, node: f.loop, messageId: f.perValue ? 'endlessTickerLoopPerValue' : 'endlessTickerLoop', data, related: [start], flow: [start], tags: f.mayRunOnce ? [MAY_RUN_ONCE_TAG] : undefined });
          break;
        }
        case 'never-stopped':
          ctx.report({ file: f.file, node: f.call, messageId: f.timer === 'ticker' ? 'tickerNeverStopped' : 'timerNeverStopped', data, tags: f.timer === 'timer' ? pending : f.mayRunOnce ? [MAY_RUN_ONCE_TAG] : undefined });
          break;
        case 'not-always-stopped': {
          const related = f.exits.map((e) => ({ file: f.file, node: e, messageId: 'leftRunning' as const, data: { exit: e.type === 'return_statement' ? 'returns' : 'ends', what: f.timer } }));
          ctx.report({ file: f.file, node: f.call, messageId: f.timer === 'ticker' ? 'tickerNotAlwaysStopped' : 'timerNotAlwaysStopped', data, related, flow: related, tags: f.timer === 'timer' ? pending : undefined });
          break;
        }
        case 'tick-outside-main':
          ctx.report({ file: f.file, node: f.call, messageId: 'tickOutsideMain', data });
          break;
        case 'drained-twice': {
          const taken = { file: f.file, node: f.taken, messageId: 'valueTaken' as const };
          ctx.report({ file: f.file, node: f.drain, messageId: 'drainedTwice', data: { timer: f.timer, line: f.taken.startPosition.row + 1 }, related: [taken], flow: [taken] });
          break;
        }
        case 'after-in-loop':
          ctx.report({ file: f.file, node: f.call, messageId: 'afterInLoop', data, tags: pending });
          break;
      }
    }
  },
};
export default rule;
