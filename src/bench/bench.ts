/**
 * Benchmark golint-chan against the raw cost of parsing the same files, and against `gofmt -l`:
 *
 *   npm run bench -- DIR [--jobs N] [--runs R] [--all-files]
 *
 * Lints DIR/... and every nested module below it (each go.mod directory/...), like running
 * `golint-chan ./...` in every module (`--all-files`: every .go file below DIR, vendor/ included). Each
 * measurement runs in a fresh child process, so its peak RSS (process.resourceUsage().maxRSS, threads included)
 * and CPU time (user + system, every thread) are its own:
 *
 * - raw parse: read and decode every file first, then time only parse + delete, on one thread;
 * - lintPackagesParallel with jobs = 1 and jobs = N (timed from the call to its result, which includes reading
 *   files, starting workers, analysis and sorting);
 * - `gofmt -l` on the same files, when gofmt is on PATH (Go's own parser; it uses every core);
 * - once, the N-job lint with every file parsed (`parseAll`): every lint run's findings must be identical to it.
 *
 * Each is run R times, the runs interleaved (raw, 1 job, N jobs, gofmt, raw, …) so that a change in the load of a
 * shared machine touches all of them; the median and the range of the runs are printed, with the load average.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import { discover, packagesOf } from '../discover';
import type { PackageInput } from '../driver/lint';
import { initParser, parseGo } from '../source/parser';
import { defaultJobs, lintPackagesParallel } from '../driver/pool';
import { assetPath } from '../source/root';
import { decodeSource } from '../source/source';
import { rules } from '../registry';

/** What one child process measures. */
export interface Measurement {
  ms: number;
  /** User + system CPU time of the whole process (every thread), in ms. */
  cpuMs: number;
  maxRssMb: number;
  /** sha256 of the findings (lint runs only). */
  findingsHash?: string;
  findings?: number;
  notifications?: number;
  /** Files parsed (lint runs). */
  parsedFiles?: number;
  /** Characters parsed (lint runs; a declaration parsed on demand counts with the imports parsed with it). */
  parsedChars?: number;
}

type Mode = { kind: 'parse' } | { kind: 'lint'; jobs: number; parseAll?: boolean };

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

function usage(): { maxRssMb: number; cpuMs: number } {
  const u = process.resourceUsage();
  return { maxRssMb: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
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
  const c0 = usage().cpuMs;
  const t0 = performance.now();
  for (const t of texts) parseGo(t).delete();
  const ms = performance.now() - t0;
  const u = usage();
  return { ms, cpuMs: u.cpuMs - c0, maxRssMb: u.maxRssMb };
}

async function measureLint(pkgs: readonly PackageInput[], jobs: number, parseAll: boolean): Promise<Measurement> {
  const c0 = usage().cpuMs;
  const t0 = performance.now();
  const out = await lintPackagesParallel(pkgs, { rules, jobs, parseAll });
  const ms = performance.now() - t0;
  const u = usage();
  return {
    ms,
    cpuMs: u.cpuMs - c0,
    maxRssMb: u.maxRssMb,
    findingsHash: createHash('sha256').update(JSON.stringify(out.findings)).digest('hex'),
    findings: out.findings.length,
    notifications: out.notifications.length,
    parsedFiles: out.filesParsed ?? 0,
    parsedChars: out.charsParsed ?? 0,
  };
}

/** Run one measurement in a fresh node process. */
function inChild(listFile: string, mode: Mode): Measurement {
  const what = mode.kind === 'parse' ? 'parse' : `${mode.jobs}${mode.parseAll ? ':all' : ''}`;
  const r = spawnSync(process.execPath, [assetPath('dist/src/bench/bench.js'), '--child', listFile, what], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`benchmark child failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Measurement;
}

/** `gofmt -l` on the files (listed in FILE, one per line), timed by /usr/bin/time when it is there. */
function gofmt(filesList: string): Measurement | undefined {
  const script = 'xargs -d "\\n" -a "$1" gofmt -l > /dev/null';
  const timer = fs.existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%e %U %S %M'] : [];
  const t0 = performance.now();
  const r = spawnSync(timer[0] ?? 'bash', [...timer.slice(1), ...(timer.length ? ['bash'] : []), '-c', script, 'gofmt-l', filesList], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  // gofmt exits 2 on a file it cannot parse (xargs then 123): it still read every file.
  if (r.error || r.signal) return undefined;
  const m = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return m ? { ms, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, maxRssMb: Number(m[4]) / 1024 } : { ms, cpuMs: NaN, maxRssMb: NaN };
}

function hasGofmt(): boolean {
  return spawnSync('gofmt', ['-l'], { input: 'package p\n', stdio: ['pipe', 'ignore', 'ignore'] }).status === 0;
}

/** Median and range of the runs. */
interface Summary {
  runs: Measurement[];
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

function summarise(runs: Measurement[]): Summary {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return { runs, ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mega = (chars: number | undefined) => `${((chars ?? 0) / 1e6).toFixed(2)} M`;

function line(label: string, s: Summary, raw?: Summary, fmt?: Summary): string {
  const ms = s.runs.map((r) => r.ms);
  const cpu = s.runs.map((r) => r.cpuMs);
  const range = (xs: number[]) => (xs.length > 1 ? ` [${sec(Math.min(...xs))}–${sec(Math.max(...xs))}]` : '');
  const parts = [`${label.padEnd(26)}wall ${sec(s.ms)}${range(ms)}`, `cpu ${sec(s.cpuMs)}${range(cpu)}`];
  if (raw) parts.push(`${(s.ms / raw.ms).toFixed(2)}× raw parse (cpu ${(s.cpuMs / raw.cpuMs).toFixed(2)}×)`);
  if (fmt) parts.push(`${(s.ms / fmt.ms).toFixed(2)}× gofmt -l`);
  parts.push(`peak RSS ${s.maxRssMb.toFixed(0)} MB`);
  return parts.join('  ');
}

export async function runBench(dir: string, jobs: number, runs: number, allFiles = false): Promise<string> {
  const pkgs = allFiles ? await allFilePackages(path.resolve(dir)) : await benchPackages(path.resolve(dir));
  const files = pkgs.flatMap((p) => p.files.map((f) => f.path));
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'golint-chan-bench-'));
  const listFile = path.join(tmp, 'packages.json');
  const filesList = path.join(tmp, 'files.txt');
  fs.writeFileSync(listFile, JSON.stringify(pkgs));
  fs.writeFileSync(filesList, files.join('\n') + '\n');
  const withGofmt = hasGofmt();
  const loads: string[] = [];
  const load = () => loads.push(os.loadavg().map((l) => l.toFixed(2)).join(' '));
  try {
    load();
    const reference = inChild(listFile, { kind: 'lint', jobs, parseAll: true });
    const raw: Measurement[] = [];
    const one: Measurement[] = [];
    const many: Measurement[] = [];
    const fmt: Measurement[] = [];
    for (let i = 0; i < runs; i++) {
      raw.push(inChild(listFile, { kind: 'parse' }));
      one.push(inChild(listFile, { kind: 'lint', jobs: 1 }));
      many.push(inChild(listFile, { kind: 'lint', jobs }));
      const g = withGofmt ? gofmt(filesList) : undefined;
      if (g) fmt.push(g);
      load();
    }
    const lints = [...one, ...many];
    const identical = lints.every((m) => m.findingsHash === reference.findingsHash);
    const r = summarise(raw);
    const f = fmt.length ? summarise(fmt) : undefined;
    return [
      `tree: ${dir}${allFiles ? ' (every .go file)' : ''}`,
      `files: ${files.length} in ${pkgs.length} packages, ${(bytes / 1e6).toFixed(1)} MB; cpus: ${os.availableParallelism()} (${os.cpus()[0]?.model ?? '?'}); node ${process.version}; ${runs} run(s) each, median [range]`,
      `load average (1 5 15 min) before and after each round: ${loads.join(' | ')}`,
      line('raw parse, 1 thread:', r),
      line('golint-chan, 1 job:', summarise(one), r, f),
      line(`golint-chan, ${jobs} jobs:`, summarise(many), r, f),
      f ? line('gofmt -l:', f, r) : 'gofmt -l: not measured (gofmt is not on PATH)',
      line(`every file parsed, ${jobs} jobs:`, summarise([reference]), r, f),
      `files parsed by golint-chan: ${one[0].parsedFiles} of ${files.length} (every file parsed: ${reference.parsedFiles}); ` +
        `characters parsed: ${mega(one[0].parsedChars)} (every file parsed: ${mega(reference.parsedChars)})`,
      `findings: ${reference.findings}, notifications: ${many[0].notifications} (${reference.notifications} with every file parsed); ` +
        `findings identical to every file parsed in all ${lints.length} runs: ${identical ? 'yes' : 'NO'}`,
    ].join('\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function child(listFile: string, mode: string): Promise<void> {
  const pkgs = JSON.parse(fs.readFileSync(listFile, 'utf8')) as PackageInput[];
  const m = mode === 'parse' ? await measureParse(pkgs) : await measureLint(pkgs, parseInt(mode, 10), mode.endsWith(':all'));
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
