/**
 * Worker-thread entry of the lint pool (see pool.ts). Each worker initialises its own
 * web-tree-sitter instance once, then lints one package per message until the port closes.
 */
import { parentPort, workerData } from 'worker_threads';
import { initParser } from './parser';
import { lintPackageSafe } from './lint';
import { resolveRules, type ToWorker, type FromWorker, type WorkerConfig } from './pool';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  const config = workerData as WorkerConfig;
  const opts = { rules: resolveRules(config.ruleIds), maxFileBytes: config.maxFileBytes, packageTimeoutMs: config.packageTimeoutMs };
  await initParser();
  port.on('message', (msg: ToWorker) => {
    const reply: FromWorker = { index: msg.index, output: lintPackageSafe(msg.pkg, opts) };
    port.postMessage(reply);
  });
}

main().catch((e) => {
  // Escalate start-up failures to the 'error' event of the Worker in the main thread.
  setImmediate(() => {
    throw e;
  });
});
