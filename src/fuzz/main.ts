/**
 * `npm run fuzz -- --iterations N --seed S [--out DIR]`: the long fuzz run. Prints progress, then
 * iterations, time and crashes; each crashing input is saved to DIR for replay. Exits 1 on a crash.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import yargs from 'yargs';
import { DEFAULT_PER_INPUT_LIMIT_MS, fuzz } from './fuzz';
import { BOUND_SLACK_MS, checkBounded, deepNesting, longLine } from './pathological';

async function main(): Promise<number> {
  const args = await yargs(process.argv.slice(2))
    .scriptName('fuzz')
    .options({
      iterations: { alias: 'n', type: 'number', default: 1000, describe: 'Mutants to lint' },
      seed: { alias: 's', type: 'number', default: 1, describe: 'Seed (iteration i of seed s replays alone)' },
      out: { type: 'string', default: path.join(os.tmpdir(), 'golint-chan-fuzz'), describe: 'Directory for crashing inputs' },
      'per-input-limit': { type: 'number', default: DEFAULT_PER_INPUT_LIMIT_MS, describe: 'Milliseconds one mutant may take' },
      pathological: { type: 'boolean', default: true, describe: 'Also lint a 20 MB line and 20,000 nested goroutines (--jobs 1, 2, server)' },
      'pathological-budget': { type: 'number', default: 3, describe: 'The --package-timeout (seconds) of the pathological runs' },
    })
    .strict()
    .parseAsync();
  const report = await fuzz({
    seed: args.seed,
    iterations: args.iterations,
    perInputLimitMs: args['per-input-limit'],
    onCrash: (c) => {
      fs.mkdirSync(args.out, { recursive: true });
      const file = path.join(args.out, `seed${c.seed}-iter${c.iteration}.go`);
      fs.writeFileSync(file, c.input);
      process.stderr.write(`crash: seed ${c.seed} iteration ${c.iteration} (${c.source} via ${c.applied.join(', ')}) → ${file}\n  ${c.problem}\n`);
    },
  });
  const s = (report.ms / 1000).toFixed(1);
  process.stdout.write(
    `iterations ${report.iterations}, time ${s} s (${(report.ms / Math.max(1, report.iterations)).toFixed(1)} ms each, ` +
      `slowest ${Math.round(report.slowestMs)} ms), crashes ${report.crashes.length}\n`,
  );
  let bad = 0;
  if (args.pathological) {
    const budgetMs = args['pathological-budget'] * 1000;
    for (const c of [
      { name: 'longline', text: longLine(20 * 1024 * 1024) },
      { name: 'deep', text: deepNesting(20_000) },
    ]) {
      for (const r of await checkBounded(c, budgetMs, true)) {
        bad += r.problems.length;
        process.stdout.write(`${c.name} (${(Buffer.byteLength(c.text) / 1e6).toFixed(1)} MB), ${r.mode}: ${Math.round(r.ms)} ms (bound ${budgetMs + BOUND_SLACK_MS} ms)${r.problems.map((p) => `\n  problem: ${p}`).join('')}\n`);
      }
    }
  }
  return report.crashes.length || bad ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`fuzz: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
