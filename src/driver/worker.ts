/**
 * Worker-thread entry of the lint pool (see pool.ts). Each worker initialises its own
 * web-tree-sitter instance once, then lints one package per message until the port closes.
 * For each package it first answers `started` (the main thread's watchdog then counts the package
 * budget from there, not from the worker's start-up), then the output. As it reaches each file and rule it writes
 * where it is to its ProgressBoard (or, without one, posts a `progress` message), so that a stopped worker can be
 * reported with where it was.
 */
import { parentPort, workerData } from 'worker_threads';
import { initParser } from '../source/parser';
import { lintPackageSafe } from './lint';
import { ProgressBoard, resolveRules, type ToWorker, type FromWorker, type WorkerConfig } from './pool';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  const config = workerData as WorkerConfig;
  const base = { rules: resolveRules(config.ruleIds), maxFileBytes: config.maxFileBytes, packageTimeoutMs: config.packageTimeoutMs, parseAll: config.parseAll };
  const ruleSets = new Map<string, ReturnType<typeof resolveRules>>();
  const board = config.progress ? new ProgressBoard(config.progress) : undefined;
  await initParser();
  port.on('message', (msg: ToWorker) => {
    const index = msg.index;
    port.postMessage({ index, started: true } satisfies FromWorker);
    let rules = base.rules;
    if (msg.ruleIds) {
      const key = msg.ruleIds.join(',');
      rules = ruleSets.get(key) ?? resolveRules(msg.ruleIds);
      ruleSets.set(key, rules);
    }
    const opts = {
      rules,
      maxFileBytes: msg.maxFileBytes ?? base.maxFileBytes,
      packageTimeoutMs: msg.packageTimeoutMs ?? base.packageTimeoutMs,
      parseAll: base.parseAll,
      progress: board ? (what: string) => board.write(index, what) : (what: string) => port.postMessage({ index, progress: what } satisfies FromWorker),
    };
    port.postMessage({ index, output: lintPackageSafe(msg.pkg, opts) } satisfies FromWorker);
  });
}

main().catch((e) => {
  // Escalate start-up failures to the 'error' event of the Worker in the main thread.
  setImmediate(() => {
    throw e;
  });
});
