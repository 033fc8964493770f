import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { discover } from '../discover';
import type { Rule } from '../rule';
import { rules } from '../registry';
import { generateTree } from '../bench/gen-tree';
import type { PackageInput } from './lint';
import { deepNesting } from '../fuzz/pathological';
import { BYTES_PER_WORKER, lintPackagesParallel, poolPlan, poolTuning, ProgressBoard, runPool, spawnLintWorker, workersFor, type FromWorker, type ToWorker } from './pool';


describe('lintPackagesParallel', () => {
  let tmp: string;
  let pkgs: PackageInput[];
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    generateTree(tmp, { files: 48, seed: 11, meanKb: 3 });
    const broken = path.join(tmp, 'broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'a.go'), 'package broken\n\nfunc f(ch chan int {\n');
    pkgs = (await discover([`${tmp}/...`], tmp)).packages;
    // A package the engine throws on (text must be a string): it must not take the others down.
    pkgs.push({ dir: path.join(tmp, 'throws'), files: [{ path: path.join(tmp, 'throws', 'x.go'), text: 42 as unknown as string }] });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  // This tree is far too small to pay for a worker thread: start them anyway, to test them.
  beforeEach(() => void (poolTuning.bytesPerWorker = 0));
  afterEach(() => void (poolTuning.bytesPerWorker = BYTES_PER_WORKER));

  it('starts only the workers the source pays for', () => {
    poolTuning.bytesPerWorker = BYTES_PER_WORKER;
    expect(workersFor(BYTES_PER_WORKER * 1.9, 2)).toBe(1);
    expect(workersFor(BYTES_PER_WORKER * 2, 2)).toBe(2);
    expect(workersFor(BYTES_PER_WORKER * 50, 2)).toBe(2);
    expect(workersFor(BYTES_PER_WORKER * 3.5, 8)).toBe(3);
    expect(workersFor(0, 2)).toBe(1);
  });

  it('plans one worker when the source does not pay for two', () => {
    poolTuning.bytesPerWorker = BYTES_PER_WORKER;
    expect(poolPlan(pkgs, 2).jobs).toBe(1);
    poolTuning.bytesPerWorker = 0;
    expect(poolPlan(pkgs, 2).jobs).toBe(2);
    expect(poolPlan(pkgs, 1).jobs).toBe(1);
  });

  it('starts its first worker before it weighs the packages (a stat of every file), so that it loads meanwhile', async () => {
    const events: string[] = [];
    const threads = require('worker_threads') as { Worker: typeof Worker };
    const Original = threads.Worker;
    threads.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        events.push('worker');
        super(...args);
      }
    };
    const stat = jest.spyOn(require('fs') as typeof fs, 'statSync');
    stat.mockImplementation(((...args: Parameters<typeof fs.statSync>) => {
      events.push('stat');
      stat.mockRestore();
      return fs.statSync(...args);
    }) as typeof fs.statSync);
    try {
      await lintPackagesParallel(pkgs, { rules, jobs: 2 });
    } finally {
      stat.mockRestore();
      threads.Worker = Original;
    }
    expect(events.slice(0, 2)).toEqual(['worker', 'stat']);
    expect(events.filter((e) => e === 'worker')).toHaveLength(2);
  });

  it('gives byte-identical output for 1 and 2 jobs', async () => {
    const one = await lintPackagesParallel(pkgs, { rules, jobs: 1 });
    const two = await lintPackagesParallel(pkgs, { rules, jobs: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.filesScanned).toBe(49);
    expect(one.findings.length).toBeGreaterThan(0);
    const kinds = one.notifications.map((n) => `${n.kind} ${path.relative(tmp, n.file ?? '')}`);
    expect(kinds).toContain('parse-error broken/a.go');
    expect(kinds).toContain('rule-error throws');
  });

  it('keeps rules that are not in the registry in this thread', async () => {
    const seen: string[] = [];
    const spy: Rule = { meta: { ...rules[0].meta, id: 'spy' }, check: (ctx) => void seen.push(ctx.pkg.dir) };
    await lintPackagesParallel(pkgs, { rules: [spy], jobs: 2 });
    // Every package but the one the engine throws on reached the spy, in this thread.
    expect(seen.sort()).toEqual(pkgs.slice(0, -1).map((p) => p.dir).sort());
  });
});

describe('runPool', () => {
  const pkgs: PackageInput[] = ['a', 'crash', 'b', 'c', 'd'].map((d) => ({ dir: `/x/${d}`, files: [{ path: `/x/${d}/f.go`, text: d.repeat(10) }] }));
  /** A stand-in worker: exits on the package named crash, else reports one file scanned. */
  const fake = `
    const { parentPort } = require('worker_threads');
    parentPort.on('message', ({ index, pkg }) => {
      if (pkg.dir.endsWith('crash')) process.exit(3);
      parentPort.postMessage({ index, output: { findings: [], notifications: [], filesScanned: 1 } });
    });`;

  it('turns a worker crash into a worker-error for its package and completes the rest', async () => {
    const out = await runPool(pkgs, 2, () => new Worker(fake, { eval: true }));
    expect(out.filesScanned).toBe(4);
    expect(out.notifications.map((n) => [n.kind, n.file])).toEqual([['worker-error', '/x/crash']]);
    expect(out.notifications[0].message).toMatch(/exited with code 3/);
  });

  it('gives the package of a worker stuck in its start-up to a fresh worker (issue 15: the rare hang)', async () => {
    // The first worker never answers (as if its grammar never loaded); the next ones work.
    const stuckThenFine = [`require('worker_threads').parentPort.on('message', () => {});`];
    const spawn = () => new Worker(stuckThenFine.shift() ?? fake, { eval: true });
    const t0 = performance.now();
    const out = await runPool(pkgs.filter((p) => !p.dir.endsWith('crash')), 2, spawn, 60_000, 300);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(out.filesScanned).toBe(4);
    expect(out.notifications).toEqual([]);
  });

  it('reports a package as not analysed when no worker ever starts, without waiting for its budget', async () => {
    const out = await runPool(pkgs.slice(0, 2), 1, () => new Worker(`require('worker_threads').parentPort.on('message', () => {});`, { eval: true }), 60_000, 200);
    expect(out.notifications.map((n) => [n.kind, n.file])).toEqual([
      ['worker-error', '/x/a'],
      ['worker-error', '/x/crash'],
    ]);
    expect(out.notifications[0].message).toMatch(/did not start within 200 ms|no worker thread left/);
  });

  it('does not hang when every worker fails to start', async () => {
    const out = await runPool(pkgs, 2, () => new Worker('throw new Error("boom")', { eval: true }));
    expect(out.filesScanned).toBe(0);
    expect(out.notifications.map((n) => n.file).sort()).toEqual(pkgs.map((p) => p.dir).sort());
    expect(new Set(out.notifications.map((n) => n.kind))).toEqual(new Set(['worker-error']));
  });
});

describe('what a worker is doing', () => {
  it('is written to a ProgressBoard and read back for the package it is about', () => {
    const board = new ProgressBoard();
    expect(board.read(0)).toBeUndefined();
    board.write(3, 'reading /x/a.go');
    expect(board.read(3)).toBe('reading /x/a.go');
    expect(board.read(2)).toBeUndefined();
    board.write(3, 'running rule nil-channel');
    const other = new ProgressBoard(board.buffer); // the other thread's view of the same memory
    expect(other.read(3)).toBe('running rule nil-channel');
    expect(other.read(3)).toBe(board.read(3));
  });

  it('costs the main thread no message per file and rule; a stopped worker is still reported with where it was', async () => {
    const dir = '/virtual/progress';
    const small = 'package p\n\nfunc f(ch chan int) { go func() { ch <- 1 }() }\n';
    const pkg: PackageInput = {
      dir,
      files: ['a.go', 'b.go', 'c.go'].map((f) => ({ path: `${dir}/${f}`, text: small })),
    };
    const w = spawnLintWorker({ ruleIds: rules.map((r) => r.meta.id) });
    try {
      const kinds: string[] = [];
      await new Promise<void>((resolve) => {
        w.on('message', (m: FromWorker) => {
          kinds.push(m.started ? 'started' : m.output ? 'output' : 'progress');
          if (m.output) resolve();
        });
        w.postMessage({ index: 0, pkg } satisfies ToWorker);
      });
      expect(kinds).toEqual(['started', 'output']);
    } finally {
      await w.terminate();
    }
    // A package that overruns its budget: the notification says what the worker was on when it was stopped.
    const hang = { dir: `${dir}/deep`, files: [{ path: `${dir}/deep/a.go`, text: small }, { path: `${dir}/deep/deep.go`, text: deepNesting(20_000) }] };
    const out = await lintPackagesParallel([hang], { rules, jobs: 1, packageTimeoutMs: 300 });
    expect(out.notifications.map((n) => n.kind)).toEqual(['analysis-timeout']);
    expect(out.notifications[0].message).toMatch(/its worker thread was stopped while (reading \S+\/deep\.go|running rule [\w-]+ \(largest file \S+\/deep\.go)/);
  }, 30_000);
});
