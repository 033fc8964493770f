import type { ReportDescriptor, Rule } from '../../src/rule';
import { channels, fedForever, ownerRunsForever } from '../../src/analysis/channels';
import { packageIndex, runsForProgram } from '../../src/analysis/funcs';
import { capacityText, chanText } from '../../src/analysis/describe';
import { loopHasWayOut } from '../../src/analysis/syntax';

type Msg = 'neverClosed' | 'made' | 'started';

const rule: Rule<Msg> = {
  meta: {
    id: 'unclosed-range',
    name: 'UnclosedRange',
    summary: 'range over a local channel that nothing ever closes',
    severity: 'warning',
    precision: 'high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    messages: {
      neverClosed: '{{ranger}} blocks forever in `for range {{loop}}`: nothing closes {{chan}}, so the loop never ends',
      made: '{{ch}} is made here ({{capacity}}) and never closed',
      started: 'the goroutine that ranges over {{ch}} starts here',
    },
  },
  check(ctx) {
    const index = ctx.pkg.fact(packageIndex);
    // One report per loop, even when several channels (made at several call sites) reach it.
    const seen = new Set<number>();
    for (const w of ctx.pkg.fact(channels).worlds) {
      if (w.escape || w.ops.some((o) => o.kind === 'close')) continue;
      // A producer that sends forever keeps the loop fed: it never waits for good.
      if (fedForever(w)) continue;
      // So does an owner that never returns once it started the loops: its workers live as long as it does.
      if (ownerRunsForever(w)) continue;
      // Long-lived programs range forever on purpose in main and init.
      if (runsForProgram(w.chan.fn)) continue;
      // So do they over a channel that main or init gets from a function of the package that makes and returns it.
      if (w.site && runsForProgram(w.site.fn)) continue;
      if (!w.chan.field && index.runsOncePerProcessAt(w.chan.make)) continue;
      let once: boolean | undefined;
      for (const op of w.ops) {
        if (op.kind !== 'range' || loopHasWayOut(op.node) || seen.has(op.node.id)) continue;
        // And in a function that main or init alone calls (or starts), once: it lives as long as the program (asked
        // last, as it may read the module's other packages).
        if ((once ??= index.runsOnceInMain(w.chan.fn))) break;
        seen.add(op.node.id);
        const c = w.chan;
        const flow: NonNullable<ReportDescriptor<Msg>['flow']>[number][] = [
          { file: c.file, node: c.make, messageId: 'made', data: { ch: c.name, capacity: capacityText(c.capacity) } },
        ];
        if (op.body.goStmt) flow.push({ file: op.body.fn.file, node: op.body.goStmt, messageId: 'started', data: { ch: c.name } });
        ctx.report({
          file: op.body.file,
          node: op.node,
          messageId: 'neverClosed',
          // The loop as written (`for range traces`), the channel by the name it was made under.
          data: { ranger: op.body.label, loop: rangeOperand(op.node) ?? c.name, chan: chanText(c) },
          related: [flow[0]],
          flow,
        });
      }
    }
  },
};
export default rule;

/** The channel expression a `for … range x` loop ranges over, as written. */
function rangeOperand(loop: import('web-tree-sitter').Node): string | undefined {
  return loop.namedChildren.find((c) => c?.type === 'range_clause')?.childForFieldName('right')?.text;
}
