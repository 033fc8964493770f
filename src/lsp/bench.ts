/**
 * Latency of the language server, as an editor sees it: `npm run bench:lsp [-- --runs N]`.
 *
 * Generates a ~2,000-line Go file (functions with goroutines, channels, selects: the synthetic
 * generator of src/bench), opens it in a warm server, then measures, over N edits each:
 * - save: didChange + didSave → publishDiagnostics for that version;
 * - change: didChange → publishDiagnostics for that version, minus the debounce delay.
 * Prints the median and p95 in milliseconds.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import fg from 'fast-glob';
import { generateTree } from '../bench/gen-tree';
import { LspClient } from './client';
import { DEFAULT_DEBOUNCE_MS } from './server';

/** Seed and mean size for which the generator writes one file of about 2,000 lines. */
const SEED = 1;
const MEAN_KB = 12.5;
const WARMUP = 5;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function summary(name: string, samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `${name}: median ${quantile(s, 0.5).toFixed(1)} ms, p95 ${quantile(s, 0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`;
}

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg === -1 ? 50 : Number(process.argv[runsArg + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-lsp-bench-'));
  const client = await LspClient.start({ debounceMs: DEFAULT_DEBOUNCE_MS }, dir);
  try {
    generateTree(dir, { files: 1, seed: SEED, meanKb: MEAN_KB });
    const [file] = await fg('**/*.go', { cwd: dir, absolute: true });
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    process.stdout.write(`file: ${text.split('\n').length} lines, ${Buffer.byteLength(text)} bytes\n`);

    const opened = client.nextDiagnostics(uri);
    await client.open(uri, text);
    process.stdout.write(`diagnostics on open: ${(await opened).diagnostics.length}\n`);

    let edit = 0;
    /** A new buffer text each time, as typing makes it. */
    const edited = () => `${text}\n// edit ${++edit}\n`;

    const save = async (): Promise<number> => {
      const version = await client.change(uri, edited());
      const published = client.nextDiagnostics(uri, (p) => p.version === version);
      const t0 = performance.now();
      await client.save(uri);
      await published;
      return performance.now() - t0;
    };
    const change = async (): Promise<number> => {
      const next = client.version(uri) + 1;
      const published = client.nextDiagnostics(uri, (p) => p.version === next);
      const t0 = performance.now();
      await client.change(uri, edited());
      await published;
      return performance.now() - t0 - DEFAULT_DEBOUNCE_MS;
    };

    for (let i = 0; i < WARMUP; i++) await save();
    const saves: number[] = [];
    for (let i = 0; i < runs; i++) saves.push(await save());
    const changes: number[] = [];
    for (let i = 0; i < runs; i++) changes.push(await change());
    process.stdout.write(`${summary('didSave → publishDiagnostics', saves)}\n`);
    process.stdout.write(`${summary(`didChange → publishDiagnostics, after the ${DEFAULT_DEBOUNCE_MS} ms debounce`, changes)}\n`);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:lsp: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 1;
});
