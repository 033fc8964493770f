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
  type FileInput,
  type LintOptions,
  type LintOutput,
  type PackageInput,
} from './lint';
import type { Notification } from '../types';
import { assetPath } from '../source/root';

/** Below this many files, workers cost more to start than they save. */
export const MIN_FILES_FOR_WORKERS = 16;

/**
 * Source bytes each worker thread must have to lint for it to pay for itself. Starting a worker and loading the
 * grammar in it costs about 0.1 s of CPU; since only the files that can leak are parsed, one thread lints about
 * 12 MB of source per CPU second (moby: 80 MB in 6.7 s, BENCHMARKS.md), so a second worker that takes half of
 * X bytes saves about X / 24 MB/s of wall time: worth it from about 2.5 MB, and 3 MB leaves a margin.
 */
export const BYTES_PER_WORKER = 3_000_000;

/** What workersFor uses; tests lower it to run small trees on worker threads. */
export const poolTuning = { bytesPerWorker: BYTES_PER_WORKER };

/** How many worker threads `bytes` of source pay for: at least 1, at most `jobs`. */
export function workersFor(bytes: number, jobs: number): number {
  const per = poolTuning.bytesPerWorker;
  const paid = per <= 0 ? jobs : Math.floor(bytes / per);
  return Number.isFinite(paid) ? Math.max(1, Math.min(jobs, paid)) : 1;
}

/** The compiled worker entry; `npm test` and `npm run build` compile it before use. */
export const WORKER_FILE = 'dist/src/driver/worker.js';

/** How much longer than its package budget a worker may take before runPool stops it. */
export const WATCHDOG_SLACK_MS = 500;

/**
 * Extra time for a language-server worker's first package before it answers `started` (the worker is still loading
 * the grammar; on a loaded machine that takes a second or more).
 */
export const STARTUP_GRACE_MS = 2000;

/**
 * How long runPool waits for a new worker to answer its first package. A worker that has not by then is taken as
 * stuck in its start-up (it has not begun the package, so the package is not to blame): it is stopped and the
 * package goes to a fresh worker. Without this a worker that never came up held its package for the whole budget
 * (120 s by default) before anything happened.
 */
export const STARTUP_LIMIT_MS = 20_000;

export interface ParallelOptions extends LintOptions {
  /** Worker threads to use; defaults to os.availableParallelism(). 1 means in process. */
  jobs?: number;
}

/** Data every worker starts with. */
export interface WorkerConfig {
  ruleIds: readonly string[];
  maxFileBytes?: number;
  packageTimeoutMs?: number;
  parseAll?: boolean;
  /** The buffer of the worker's ProgressBoard: where it writes what it is doing instead of posting a `progress` message. */
  progress?: SharedArrayBuffer;
}

/**
 * What a worker is doing (`reading FILE`, `running rule ID`), written to memory shared with the main thread and read
 * only when the worker is stopped: a message per file and per rule kept the main thread busy (thousands of them on a
 * tree of a few hundred packages) while the workers needed both cores. A sequence number, odd while a write is under
 * way, makes the reader retry instead of reading half of one text and half of the next.
 */
export class ProgressBoard {
  /** The longest text kept (longer ones are cut). */
  static readonly MAX_CHARS = 8192;

  private readonly head: Int32Array;
  private readonly chars: Uint16Array;

  constructor(readonly buffer = new SharedArrayBuffer(3 * 4 + 2 * ProgressBoard.MAX_CHARS)) {
    this.head = new Int32Array(buffer, 0, 3); // sequence, package index, length
    this.chars = new Uint16Array(buffer, 12, ProgressBoard.MAX_CHARS);
  }

  /** The worker is at `what` in package `index`. */
  write(index: number, what: string): void {
    const n = Math.min(what.length, ProgressBoard.MAX_CHARS);
    Atomics.add(this.head, 0, 1);
    for (let i = 0; i < n; i++) this.chars[i] = what.charCodeAt(i);
    this.head[1] = index;
    this.head[2] = n;
    Atomics.add(this.head, 0, 1);
  }

  /** What the worker last said it was doing in package `index` (undefined when nothing, or about another package). */
  read(index: number): string | undefined {
    for (let tries = 0; tries < 1000; tries++) {
      const seq = Atomics.load(this.head, 0);
      if (seq % 2 === 1) continue;
      const at = this.head[1];
      const text = String.fromCharCode(...this.chars.slice(0, this.head[2]));
      if (Atomics.load(this.head, 0) === seq) return seq > 0 && at === index ? text : undefined;
    }
    return undefined;
  }
}

/** The progress board of each worker that has one (made by spawnLintWorker). */
const boards = new WeakMap<Worker, ProgressBoard>();

/** A lint worker thread (WORKER_FILE) with `config` and a ProgressBoard of its own. */
export function spawnLintWorker(config: WorkerConfig): Worker {
  const board = new ProgressBoard();
  const w = new Worker(assetPath(WORKER_FILE), { workerData: { ...config, progress: board.buffer } satisfies WorkerConfig });
  boards.set(w, board);
  return w;
}

/** What worker `w` says it is doing in package `index`: from its board, else from its last `progress` message. */
function doingOf(w: Worker, index: number, fromMessages: string | undefined): string | undefined {
  return boards.get(w)?.read(index) ?? fromMessages;
}

/** Main thread → worker: lint this package (with these rules and limits instead of the worker's own, if given). */
export interface ToWorker {
  index: number;
  pkg: PackageInput;
  ruleIds?: readonly string[];
  maxFileBytes?: number;
  packageTimeoutMs?: number;
}

/** Worker → main thread, about package `index`: it started, it reached a file or rule, or its output. */
export interface FromWorker {
  index: number;
  started?: boolean;
  progress?: string;
  output?: LintOutput;
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
  for (const f of pkg.files) n += fileSize(f); // stat errors count 0: the worker reports them as a read-error
  return n;
}

/**
 * Lint packages on worker threads: as many as the source to lint pays for (workersFor), at most `jobs`; small
 * runs (fewer than MIN_FILES_FOR_WORKERS files, or less source than two workers pay for) and `--jobs 1` on one.
 * Even then the work is never done in this thread: a worker can be stopped when a package overruns its budget
 * (runPool), so `--jobs 1` and `--jobs 2` give the same output in the same bounded time. Only rules that are not in
 * the registry (tests; a worker can only find a rule by id) run in this thread, where the budget is checked between
 * rules alone.
 */
export async function lintPackagesParallel(pkgs: readonly PackageInput[], opts: ParallelOptions): Promise<LintOutput> {
  const registered = opts.rules.every((r) => findRule(r.meta.id) === r);
  if (pkgs.length === 0 || !registered) return lintPackages(pkgs, opts);
  const config: WorkerConfig = {
    ruleIds: opts.rules.map((r) => r.meta.id),
    maxFileBytes: opts.maxFileBytes,
    packageTimeoutMs: opts.packageTimeoutMs,
    parseAll: opts.parseAll,
  };
  // One worker is always started: it loads its modules and the grammar while the packages are weighed (a stat of
  // every file), and runPool takes it as its first.
  let first: Worker | undefined = spawnLintWorker(config);
  let plan: ReturnType<typeof poolPlan>;
  try {
    plan = poolPlan(pkgs, opts.jobs);
  } catch (e) {
    void first.terminate();
    throw e;
  }
  const { jobs, weights } = plan;
  const spawn = () => {
    const w = first ?? spawnLintWorker(config);
    first = undefined;
    return w;
  };
  return runPool(pkgs, jobs, spawn, opts.packageTimeoutMs, STARTUP_LIMIT_MS, weights);
}

/** How many workers lintPackagesParallel starts for `pkgs` (asked for `jobs`), and the weight of each package. */
export function poolPlan(pkgs: readonly PackageInput[], jobs = defaultJobs()): { jobs: number; weights: number[] } {
  const fileCount = pkgs.reduce((n, p) => n + p.files.length, 0);
  const weights = pkgs.map(packageWeight);
  const wanted = fileCount < MIN_FILES_FOR_WORKERS ? 1 : Math.min(jobs, pkgs.length);
  return { jobs: workersFor(weights.reduce((a, b) => a + b, 0), wanted), weights };
}

/**
 * The notification for a package whose worker was stopped: it names the file being read, or the rule running
 * and the package's largest file (a long line or a deep nesting is usually there).
 */
export function stoppedWorker(pkg: PackageInput, budgetMs: number, doing: string | undefined): Notification {
  const reading = doing?.startsWith('reading ') ? doing.slice('reading '.length) : undefined;
  let where = doing ? ` while ${doing}` : '';
  if (!reading && pkg.files.length > 1) {
    const sizes = pkg.files.map((f) => fileSize(f));
    const big = sizes.indexOf(Math.max(...sizes));
    where += ` (largest file ${pkg.files[big].path}, ${sizes[big]} bytes)`;
  }
  const n = packageTimeout(pkg, budgetMs, `its worker thread was stopped${where}`);
  const file = reading ?? (pkg.files.length === 1 ? pkg.files[0].path : undefined);
  return file ? { ...n, file } : n;
}

function fileSize(f: FileInput): number {
  if (f.text !== undefined) return typeof f.text === 'string' ? f.text.length : 0; // not a string: the worker reports it
  try {
    return fs.statSync(f.path).size;
  } catch {
    return 0;
  }
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
  startupLimitMs = STARTUP_LIMIT_MS,
  weights: readonly number[] = pkgs.map(packageWeight),
): Promise<LintOutput> {
  // Biggest first, so that workers finish together; ties by index so the schedule is deterministic. One worker
  // gains nothing from that and takes the smallest first: a package it then overruns ends the run rather than
  // make it wait for a fresh worker to start for the rest.
  const order = jobs === 1 ? -1 : 1;
  const queue = pkgs.map((_, i) => i).sort((a, b) => order * (weights[b] - weights[a]) || a - b);
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
      /** Has this worker answered anything yet (then it is past its start-up)? */
      let answered = false;
      /** What the worker said it was doing on its current package. */
      let doing: string | undefined;
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
          doing = undefined;
          // Until the worker first answers, the watchdog is for its start-up; then for the package's budget.
          watchdog = answered ? setTimeout(() => overran(index), timeoutMs + WATCHDOG_SLACK_MS) : setTimeout(() => stuck(index), startupLimitMs);
          w.postMessage({ index, pkg: pkgs[index] } satisfies ToWorker);
        }
      };
      const overran = (index: number) => {
        if (finished) return;
        finish();
        settle(index, { findings: [], notifications: [stoppedWorker(pkgs[index], timeoutMs, doingOf(w, index, doing))], filesScanned: 0 });
        void w.terminate();
        if (queue.length > 0) start();
      };
      const stuck = (index: number) => {
        if (finished) return;
        finish();
        void w.terminate();
        if (respawns > 0) {
          respawns--;
          queue.unshift(index);
          start();
        } else {
          fail(index, `its worker thread did not start within ${startupLimitMs} ms`);
          if (live === 0) for (const i of queue.splice(0)) fail(i, 'no worker thread left to analyse it');
        }
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
        if (finished || m.index !== current) return; // a late reply from a worker the watchdog stopped
        answered = true;
        if (m.started) {
          // The budget counts from here: start-up is not the package's.
          clearTimeout(watchdog);
          watchdog = setTimeout(() => overran(m.index), timeoutMs + WATCHDOG_SLACK_MS);
        } else if (m.progress !== undefined) doing = m.progress;
        else if (m.output) {
          settle(m.index, m.output);
          next();
        }
      });
      w.on('error', (e) => died(String(e?.stack ?? e)));
      w.on('exit', (code) => died(`exited with code ${code}`));
      next();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}

/**
 * One long-lived worker thread that lints one package at a time, for the language server: the editor gets the
 * same budget as the CLI (a package that overruns it gets an 'analysis-timeout' notification and the worker is
 * replaced), the server keeps answering while a package is linted, and `recycle()` gives back the memory a huge
 * document made the grammar's WebAssembly heap grow to (it never shrinks while its thread lives).
 */
export class LintWorker {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextIndex = 0;
  /** Has the worker not linted anything yet (it may still be loading the grammar)? */
  private fresh = false;
  /** Bytes of the biggest package the current worker has linted. */
  private biggest = 0;

  constructor(private readonly spawn: () => Worker = () => spawnLintWorker({ ruleIds: [] })) {}

  /** Lint `pkg` with registered `rules` once the packages asked for before are done. */
  lint(pkg: PackageInput, opts: LintOptions): Promise<LintOutput> {
    const run = this.queue.then(() => this.run(pkg, opts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Start the worker now, so that the first lint does not wait for it to load the grammar. */
  warm(): void {
    if (!this.worker) {
      this.worker = this.spawn();
      this.worker.unref(); // an idle worker does not keep the server alive
      this.fresh = true;
    }
  }

  /** Bytes of the biggest package linted since the worker started. */
  get peakInputBytes(): number {
    return this.biggest;
  }

  /** Stop the worker (freeing its memory) once the lints asked for are done; the next lint starts a new one. */
  recycle(): Promise<void> {
    const done = this.queue.then(() => this.stop());
    this.queue = done;
    return done;
  }

  private stop(): void {
    const w = this.worker;
    this.worker = undefined;
    this.biggest = 0;
    if (w) void w.terminate();
  }

  private run(pkg: PackageInput, opts: LintOptions): Promise<LintOutput> {
    const timeoutMs = opts.packageTimeoutMs ?? DEFAULT_PACKAGE_TIMEOUT_MS;
    this.warm();
    const fresh = this.fresh;
    this.fresh = false;
    const w = this.worker!;
    this.biggest = Math.max(this.biggest, packageWeight(pkg));
    const index = this.nextIndex++;
    return new Promise<LintOutput>((resolve) => {
      let doing: string | undefined;
      let watchdog: NodeJS.Timeout | undefined;
      const done = (out: LintOutput, stop: boolean) => {
        clearTimeout(watchdog);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (stop && this.worker === w) this.stop();
        resolve(out);
      };
      const overran = () => done({ findings: [], notifications: [stoppedWorker(pkg, timeoutMs, doingOf(w, index, doing))], filesScanned: 0 }, true);
      const arm = (ms: number) => {
        clearTimeout(watchdog);
        watchdog = setTimeout(overran, ms);
      };
      const onMessage = (m: FromWorker) => {
        if (m.index !== index) return;
        if (m.started) arm(timeoutMs + WATCHDOG_SLACK_MS);
        else if (m.progress !== undefined) doing = m.progress;
        else if (m.output) done(m.output, false);
      };
      const failed = (why: string) => done({ findings: [], notifications: [packageFailure(pkg, 'worker-error', `worker thread failed: ${why}`)], filesScanned: 0 }, true);
      const onError = (e: Error) => failed(String(e?.stack ?? e));
      const onExit = (code: number) => failed(`exited with code ${code}`);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      arm(timeoutMs + WATCHDOG_SLACK_MS + (fresh ? STARTUP_GRACE_MS : 0));
      w.postMessage({
        index,
        pkg,
        ruleIds: opts.rules.map((r) => r.meta.id),
        maxFileBytes: opts.maxFileBytes,
        packageTimeoutMs: opts.packageTimeoutMs,
      } satisfies ToWorker);
    });
  }
}
