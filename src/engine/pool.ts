/**
 * Parallel linting with node:worker_threads. Work is split by package (a package never spans
 * workers, so package-level facts stay whole); the biggest packages go first and each worker
 * pulls the next package when it is done. Results are merged in package order and sorted, so
 * the output is identical whatever the number of workers.
 */
import * as fs from 'fs';
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { Rule } from '../rule';
import { findRule } from '../registry';
import {
  DEFAULT_PACKAGE_TIMEOUT_MS,
  lintPackages,
  mergeOutputs,
  packageFailure,
  packageTimeout,
  type LintOptions,
  type LintOutput,
  type PackageInput,
} from './lint';
import { assetPath } from './root';

/** Below this many files, workers cost more to start than they save. */
export const MIN_FILES_FOR_WORKERS = 16;

/** The compiled worker entry; `npm test` and `npm run build` compile it before use. */
export const WORKER_FILE = 'dist/src/engine/worker.js';

/** How much longer than its package budget a worker may take before runPool stops it. */
export const WATCHDOG_SLACK_MS = 1000;

export interface ParallelOptions extends LintOptions {
  /** Worker threads to use; defaults to os.availableParallelism(). 1 means in process. */
  jobs?: number;
}

/** Data every worker starts with. */
export interface WorkerConfig {
  ruleIds: readonly string[];
  maxFileBytes?: number;
  packageTimeoutMs?: number;
}

/** Main thread → worker: lint this package. */
export interface ToWorker {
  index: number;
  pkg: PackageInput;
}

/** Worker → main thread: the output for package `index`. */
export interface FromWorker {
  index: number;
  output: LintOutput;
}

/** Rules by id, from the registry (how workers get their rules). */
export function resolveRules(ids: readonly string[]): Rule[] {
  return ids.map((id) => {
    const r = findRule(id);
    if (!r) throw new Error(`unknown rule '${id}'`);
    return r;
  });
}

export function defaultJobs(): number {
  return os.availableParallelism();
}

/** Approximate work for a package: its bytes (stat errors count as 0; the worker reports them). */
export function packageWeight(pkg: PackageInput): number {
  let n = 0;
  for (const f of pkg.files) {
    if (f.text !== undefined) n += f.text.length;
    else {
      try {
        n += fs.statSync(f.path).size;
      } catch {
        /* reported by the worker as a read-error */
      }
    }
  }
  return n;
}

/**
 * Lint packages on `jobs` worker threads. Small runs (one job, or fewer than
 * MIN_FILES_FOR_WORKERS files) stay in this thread, as do rules that are not in the registry
 * (a worker can only find a rule by id).
 */
export async function lintPackagesParallel(pkgs: readonly PackageInput[], opts: ParallelOptions): Promise<LintOutput> {
  const fileCount = pkgs.reduce((n, p) => n + p.files.length, 0);
  const jobs = Math.min(opts.jobs ?? defaultJobs(), pkgs.length);
  const registered = opts.rules.every((r) => findRule(r.meta.id) === r);
  if (jobs <= 1 || fileCount < MIN_FILES_FOR_WORKERS || !registered) return lintPackages(pkgs, opts);
  const config: WorkerConfig = { ruleIds: opts.rules.map((r) => r.meta.id), maxFileBytes: opts.maxFileBytes, packageTimeoutMs: opts.packageTimeoutMs };
  const file = assetPath(WORKER_FILE);
  return runPool(pkgs, jobs, () => new Worker(file, { workerData: config }), opts.packageTimeoutMs);
}

/**
 * Schedule packages over `jobs` workers made by `spawn`. A worker that dies turns the package it
 * held into a 'worker-error' notification and is replaced, at most `jobs` times in all; when no
 * worker is left, the packages still waiting get the same notification. Never hangs: a worker that
 * holds one package for longer than `timeoutMs` (with some slack over the budget the worker checks
 * itself) is terminated, its package gets an 'analysis-timeout' notification, and a fresh worker
 * takes its place (timeouts do not use up the replacements for crashes).
 */
export function runPool(
  pkgs: readonly PackageInput[],
  jobs: number,
  spawn: () => Worker,
  timeoutMs = DEFAULT_PACKAGE_TIMEOUT_MS,
): Promise<LintOutput> {
  const weights = pkgs.map(packageWeight);
  // Biggest first; ties by index so the schedule is deterministic.
  const queue = pkgs.map((_, i) => i).sort((a, b) => weights[b] - weights[a] || a - b);
  const outputs: (LintOutput | undefined)[] = new Array(pkgs.length);
  let remaining = pkgs.length;
  let live = 0;
  let respawns = jobs;

  return new Promise<LintOutput>((resolve) => {
    const settle = (index: number, output: LintOutput) => {
      if (outputs[index]) return;
      outputs[index] = output;
      if (--remaining === 0) resolve(mergeOutputs(outputs as LintOutput[]));
    };
    const fail = (index: number, why: string) =>
      settle(index, { findings: [], notifications: [packageFailure(pkgs[index], 'worker-error', why)], filesScanned: 0 });

    const start = () => {
      live++;
      const w = spawn();
      let current: number | undefined;
      let finished = false;
      let watchdog: NodeJS.Timeout | undefined;
      const finish = () => {
        finished = true;
        clearTimeout(watchdog);
        live--;
      };
      const next = () => {
        clearTimeout(watchdog);
        current = queue.shift();
        if (current === undefined) {
          finish();
          void w.terminate();
        } else {
          const index = current;
          watchdog = setTimeout(() => overran(index), timeoutMs + WATCHDOG_SLACK_MS);
          w.postMessage({ index, pkg: pkgs[index] } satisfies ToWorker);
        }
      };
      const overran = (index: number) => {
        if (finished) return;
        finish();
        settle(index, { findings: [], notifications: [packageTimeout(pkgs[index], timeoutMs, 'its worker thread was stopped')], filesScanned: 0 });
        void w.terminate();
        if (queue.length > 0) start();
      };
      const died = (why: string) => {
        if (finished) return;
        finish();
        if (current !== undefined) fail(current, `worker thread failed: ${why}`);
        if (queue.length > 0 && respawns > 0) {
          respawns--;
          start();
        } else if (live === 0) {
          for (const i of queue.splice(0)) fail(i, 'no worker thread left to analyse it');
        }
      };
      w.on('message', (m: FromWorker) => {
        if (finished) return; // a late reply from a worker the watchdog stopped
        settle(m.index, m.output);
        next();
      });
      w.on('error', (e) => died(String(e?.stack ?? e)));
      w.on('exit', (code) => died(`exited with code ${code}`));
      next();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}
