/**
 * The fuzz harness: mutate the Go files of testdata/ (see mutate.ts), lint each mutant as a
 * one-file package read from disk, and check that nothing throws, no rule crashes, the run stays
 * within a time limit, the SARIF validates against the official 2.1.0 schema, and a second run
 * gives byte-identical output. Iteration `i` of seed `s` is reproducible on its own.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Rule } from '../rule';
import type { RunResult } from '../types';
import { lintPackages, type LintOutput } from '../driver/lint';
import { packageRoot, toolVersion } from '../source/root';
import { formatters, sourceRoot, type FormatOptions } from '../formatters';
import { ruleInfos, rules as registeredRules } from '../registry';
import { mutate, prng } from './mutate';

export interface CorpusFile {
  /** Path relative to the package root. */
  name: string;
  bytes: Buffer;
}

export interface FuzzOptions {
  seed: number;
  iterations: number;
  /** Stop early after this much time (the short run in `npm test`). */
  timeBudgetMs?: number;
  /** A mutant whose lint takes longer than this counts as a hang. */
  perInputLimitMs?: number;
  rules?: readonly Rule[];
  corpus?: readonly CorpusFile[];
  /** Called once per problem found, as soon as it is found. */
  onCrash?: (c: Crash) => void;
}

export interface Crash {
  seed: number;
  iteration: number;
  /** The corpus file that was mutated, and how. */
  source: string;
  applied: string[];
  problem: string;
  input: Buffer;
}

export interface FuzzReport {
  iterations: number;
  ms: number;
  crashes: Crash[];
  slowestMs: number;
}

export const DEFAULT_PER_INPUT_LIMIT_MS = 10_000;

/** Every Go file under testdata/ (fixtures of all rules, formatter and robustness inputs). */
export function loadCorpus(): CorpusFile[] {
  const root = packageRoot();
  return fg
    .sync('testdata/**/*.go', { cwd: root, dot: true })
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(root, name)) }));
}

/** A validator for the SARIF 2.1.0 schema in testdata/_schemas. */
export function sarifValidator(): (doc: unknown) => string | undefined {
  const schema = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'testdata/_schemas/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (doc) => (validate(doc) ? undefined : ajv.errorsText(validate.errors));
}

/** Lints one file as its own package and formats the result in every format. */
class Checker {
  private readonly file: string;
  private readonly format: FormatOptions;
  private readonly validate = sarifValidator();

  constructor(
    private readonly dir: string,
    private readonly rules: readonly Rule[],
    private readonly limitMs: number,
  ) {
    this.file = path.join(dir, 'fuzz.go');
    this.format = { cwd: dir, srcRoot: sourceRoot(dir), color: false };
  }

  private async lint(): Promise<{ out: LintOutput; ms: number; outputs: string[] }> {
    const t0 = performance.now();
    const out = await lintPackages([{ dir: this.dir, files: [{ path: this.file }] }], { rules: this.rules });
    const ms = performance.now() - t0;
    const result: RunResult = {
      toolVersion: toolVersion(),
      findings: out.findings,
      notifications: out.notifications,
      rules: ruleInfos(this.rules),
      filesScanned: out.filesScanned,
      packagesScanned: 1,
    };
    return { out, ms, outputs: Object.values(formatters).map((f) => f(result, this.format)) };
  }

  /** The problems with one input (empty when it is handled well), and how long its lint took. */
  async check(input: Buffer): Promise<{ problems: string[]; ms: number }> {
    fs.writeFileSync(this.file, input);
    try {
      const first = await this.lint();
      const problems = first.out.notifications.filter((n) => n.level === 'error').map((n) => `${n.kind}: ${n.message}`);
      if (first.ms > this.limitMs) problems.push(`hang: took ${Math.round(first.ms)} ms (limit ${this.limitMs} ms)`);
      const sarif = first.outputs[Object.keys(formatters).indexOf('sarif')];
      const invalid = this.validate(JSON.parse(sarif));
      if (invalid) problems.push(`invalid SARIF: ${invalid}`);
      const second = await this.lint();
      if (second.outputs.some((o, i) => o !== first.outputs[i])) problems.push('nondeterministic: a second run gave different output');
      return { problems, ms: first.ms };
    } catch (e) {
      return { problems: [`exception: ${(e as Error)?.stack ?? e}`], ms: 0 };
    }
  }
}

/** The random source of iteration `i` of `seed`, so one iteration can be replayed alone. */
export function iterationRandom(seed: number, i: number): () => number {
  return prng(Math.imul(seed, 0x9e3779b1) ^ i);
}

export async function fuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const corpus = opts.corpus ?? loadCorpus();
  if (corpus.length === 0) throw new Error('fuzz: no Go files under testdata/');
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-fuzz-')));
  const checker = new Checker(dir, opts.rules ?? registeredRules, opts.perInputLimitMs ?? DEFAULT_PER_INPUT_LIMIT_MS);
  const crashes: Crash[] = [];
  const t0 = performance.now();
  let slowestMs = 0;
  let i = 0;
  try {
    for (; i < opts.iterations; i++) {
      if (opts.timeBudgetMs !== undefined && performance.now() - t0 > opts.timeBudgetMs) break;
      const rnd = iterationRandom(opts.seed, i);
      const src = corpus[Math.floor(rnd() * corpus.length)];
      const { output, applied } = mutate(src.bytes, rnd);
      const { problems, ms } = await checker.check(output);
      slowestMs = Math.max(slowestMs, ms);
      for (const problem of problems) {
        const c: Crash = { seed: opts.seed, iteration: i, source: src.name, applied, problem, input: output };
        crashes.push(c);
        opts.onCrash?.(c);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { iterations: i, ms: performance.now() - t0, crashes, slowestMs };
}
