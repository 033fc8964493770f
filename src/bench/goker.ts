/**
 * Recall on GoKer, the blocking-bug kernels of the gobench benchmark (timmyyuan/gobench):
 *
 *   npm run bench:goker -- GOBENCH_DIR [--markdown]
 *
 * GOBENCH_DIR is a local checkout (or extract) of the gobench repository: it must hold
 * gobench/configures/goker/blocking.json and gobench/goker/blocking/<project>/<id>/. Each kernel is linted on its
 * own, as `golint-chan --no-config --format json <kernel dir>` would (what the defaults suppress left out), and
 * grouped by its category: channel communication deadlocks ('Communication Deadlock' with a channel subtype), mixed
 * channel/lock deadlocks ('Mixed Deadlock' with a channel subtype), and kernels without channels (the rest).
 * Prints one line per kernel (or a Markdown table) and a summary per group.
 */
import * as fs from 'fs';
import * as path from 'path';
import { applyConfig } from '../config';
import { discover } from '../discover';
import { readTextFromDisk } from '../formatters/options';
import { lintPackagesParallel } from '../driver/pool';
import { rules } from '../registry';

interface Kernel {
  id: string;
  dir: string;
  group: 'channel' | 'mixed' | 'none';
  subtype: string;
}

function kernels(root: string): Kernel[] {
  const cfg = JSON.parse(fs.readFileSync(path.join(root, 'gobench/configures/goker/blocking.json'), 'utf8')) as Record<string, { type: string; subtype: string }>;
  return Object.entries(cfg)
    .map(([id, v]) => {
      const [project, num] = id.split('_');
      const channel = /channel/i.test(v.subtype);
      const group: Kernel['group'] = channel && v.type === 'Communication Deadlock' ? 'channel' : channel && v.type === 'Mixed Deadlock' ? 'mixed' : 'none';
      return { id, dir: path.join(root, 'gobench/goker/blocking', project, num), group, subtype: v.subtype };
    })
    .sort((a, b) => a.group.localeCompare(b.group) || a.id.localeCompare(b.id));
}

async function main(argv: string[]): Promise<number> {
  const root = argv.find((a) => !a.startsWith('--'));
  if (!root) {
    process.stderr.write('usage: npm run bench:goker -- GOBENCH_DIR [--markdown]\n');
    return 2;
  }
  const markdown = argv.includes('--markdown');
  const list = kernels(root);
  const caught = { channel: 0, mixed: 0, none: 0 };
  const total = { channel: 0, mixed: 0, none: 0 };
  if (markdown) process.stdout.write('| kernel | group | subtype | findings (line: rule) |\n| --- | --- | --- | --- |\n');
  for (const k of list) {
    total[k.group]++;
    const { packages } = await discover(['.'], k.dir);
    const out = await lintPackagesParallel(packages, { rules: [...rules], jobs: 1 });
    // What `--no-config` shows: the defaults leave out the findings only a configuration asks for (pending timers, sends
    // after a serving loop stops, ticker loops started by code that may run once per process).
    const shown = applyConfig(out.findings, { config: { version: 1 } }, { readText: readTextFromDisk, cwd: k.dir }).filter((f) => !f.suppression);
    const found = shown.map((f) => `${f.range.start.line}: ${f.ruleId}`);
    if (found.length > 0) caught[k.group]++;
    const text = found.length ? found.join(', ') : '—';
    process.stdout.write(markdown ? `| ${k.id} | ${k.group} | ${k.subtype} | ${text} |\n` : `${k.id}\t${k.group}\t${text}\n`);
  }
  process.stdout.write(
    `\nreported: channel ${caught.channel}/${total.channel}, mixed ${caught.mixed}/${total.mixed}, without channels ${caught.none}/${total.none}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`bench:goker: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
