/**
 * Benchmark golint-chan against the raw cost of parsing the same files:
 *
 *   npm run bench -- DIR [--jobs N] [--runs R]
 *
 * Lints DIR/... and every nested module below it (each go.mod directory/...), like running
 * `golint-chan ./...` in every module. Each measurement runs in a fresh child process, so its
 * peak RSS (process.resourceUsage().maxRSS, threads included) is its own:
 *
 * - raw parse: read and decode every file first, then time only parse + delete, on one thread;
 * - lintPackagesParallel with jobs = 1 and jobs = N (timed from the call to its result, which
 *   includes reading files, starting workers, analysis and sorting).
 *
 * With R runs the fastest run is kept. The outputs of the lint runs are hashed to check that
 * they are identical whatever the number of jobs.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import { discover, packagesOf } from '../discover';
import type { PackageInput } from '../engine/lint';
import { initParser, parseGo } from '../engine/parser';
import { defaultJobs, lintPackagesParallel } from '../engine/pool';
import { assetPath } from '../engine/root';
import { decodeSource } from '../engine/source';
import { rules } from '../registry';

/** What one child process measures. */
export interface Measurement {
  ms: number;
  maxRssMb: number;
  /** sha256 of the JSON output (lint runs only). */
  outputHash?: string;
  findings?: number;
  notifications?: number;
}

type Mode = { kind: 'parse' } | { kind: 'lint'; jobs: number };

/** Every .go file below DIR, vendor/ and testdata/ included, one package per directory (`--all-files`). */
export async function allFilePackages(dir: string): Promise<PackageInput[]> {
  return packagesOf(await fg('**/*.go', { cwd: dir, absolute: true, onlyFiles: true, followSymbolicLinks: false }));
}

/** DIR/... plus every nested module's directory/..., so nested modules are linted too. */
export async function benchPackages(dir: string): Promise<PackageInput[]> {
  const modules = await fg('**/go.mod', { cwd: dir, ignore: ['**/vendor/**', '**/testdata/**', '**/.*/**', '**/_*/**'] });
  const patterns = [dir, ...modules.map((m) => path.join(dir, path.dirname(m)))].map((d) => `${d}/...`);
  return (await discover(patterns, process.cwd())).packages;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function measureParse(pkgs: readonly PackageInput[]): Promise<Measurement> {
  const texts: string[] = [];
  for (const p of pkgs) {
    for (const f of p.files) {
      const d = decodeSource(fs.readFileSync(f.path));
      if (d) texts.push(d.text);
    }
  }
  await initParser();
  const t0 = performance.now();
  for (const t of texts) parseGo(t).delete();
  return { ms: performance.now() - t0, maxRssMb: peakRssMb() };
}

async function measureLint(pkgs: readonly PackageInput[], jobs: number): Promise<Measurement> {
  const t0 = performance.now();
  const out = await lintPackagesParallel(pkgs, { rules, jobs });
  const ms = performance.now() - t0;
  return {
    ms,
    maxRssMb: peakRssMb(),
    outputHash: createHash('sha256').update(JSON.stringify(out)).digest('hex'),
    findings: out.findings.length,
    notifications: out.notifications.length,
  };
}

/** Run one measurement in a fresh node process. */
function inChild(listFile: string, mode: Mode): Measurement {
  const args = [assetPath('dist/src/bench/bench.js'), '--child', listFile, mode.kind === 'parse' ? 'parse' : String(mode.jobs)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`benchmark child failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Measurement;
}

function best(listFile: string, mode: Mode, runs: number): Measurement {
  let b: Measurement | undefined;
  for (let i = 0; i < runs; i++) {
    const m = inChild(listFile, mode);
    if (!b || m.ms < b.ms) b = { ...m, maxRssMb: Math.max(m.maxRssMb, b?.maxRssMb ?? 0) };
    else b.maxRssMb = Math.max(b.maxRssMb, m.maxRssMb);
  }
  return b!;
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (m: Measurement) => `peak RSS ${m.maxRssMb.toFixed(0)} MB`;

export async function runBench(dir: string, jobs: number, runs: number, allFiles = false): Promise<string> {
  const pkgs = allFiles ? await allFilePackages(path.resolve(dir)) : await benchPackages(path.resolve(dir));
  const files = pkgs.flatMap((p) => p.files.map((f) => f.path));
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const listFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'golint-chan-bench-')), 'packages.json');
  fs.writeFileSync(listFile, JSON.stringify(pkgs));
  try {
    const raw = best(listFile, { kind: 'parse' }, runs);
    const one = best(listFile, { kind: 'lint', jobs: 1 }, runs);
    const many = best(listFile, { kind: 'lint', jobs }, runs);
    const ratio = (m: Measurement) => `${(m.ms / raw.ms).toFixed(2)}× raw parse`;
    return [
      `tree: ${dir}`,
      `files: ${files.length} in ${pkgs.length} packages, ${(bytes / 1e6).toFixed(1)} MB; cpus: ${os.availableParallelism()} (${os.cpus()[0]?.model ?? '?'}); node ${process.version}; best of ${runs}`,
      `raw parse, 1 thread:   ${sec(raw.ms)}  ${mb(raw)}`,
      `golint-chan, 1 job:    ${sec(one.ms)}  ${ratio(one)}  ${mb(one)}`,
      `golint-chan, ${jobs} jobs:   ${sec(many.ms)}  ${ratio(many)}  ${mb(many)}`,
      `findings: ${many.findings}, notifications: ${many.notifications}; output identical for 1 and ${jobs} jobs: ${one.outputHash === many.outputHash ? 'yes' : 'NO'}`,
    ].join('\n');
  } finally {
    fs.rmSync(path.dirname(listFile), { recursive: true, force: true });
  }
}

async function child(listFile: string, mode: string): Promise<void> {
  const pkgs = JSON.parse(fs.readFileSync(listFile, 'utf8')) as PackageInput[];
  const m = mode === 'parse' ? await measureParse(pkgs) : await measureLint(pkgs, Number(mode));
  process.stdout.write(JSON.stringify(m));
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return child(argv[1], argv[2]);
  let dir: string | undefined;
  let jobs = defaultJobs();
  let runs = 1;
  let allFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all-files') allFiles = true;
    else if (a === '--jobs' || a === '--runs') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer`);
      if (a === '--jobs') jobs = v;
      else runs = v;
    } else if (!a.startsWith('-') && dir === undefined) dir = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!dir) throw new Error('usage: bench DIR [--jobs N] [--runs R] [--all-files]');
  process.stdout.write((await runBench(dir, jobs, runs, allFiles)) + '\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}
