/**
 * Runs the steps of a composite GitHub Action (action.yml) locally, the way the Actions runner does,
 * for tests: `${{ }}` expressions over `inputs`, `steps.<id>.outputs`, `github`, `runner` and `env`;
 * `if:` conditions with `success()`, `failure()` and `always()`; `run:` steps with
 * `bash --noprofile --norc -eo pipefail` in their `working-directory`, with `GITHUB_OUTPUT` (a fresh file
 * per step), `GITHUB_STEP_SUMMARY`, `GITHUB_ACTION_PATH`, `GITHUB_WORKSPACE` and `RUNNER_TEMP`. Steps that
 * `uses:` another action are not run: they are recorded with their evaluated `with:`, so a test can check
 * what would have been uploaded. Only the expression syntax that action.yml uses is supported.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'working-directory'?: string;
}

export interface ActionFile {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function loadAction(file: string): ActionFile {
  return parse(fs.readFileSync(file, 'utf8')) as ActionFile;
}

type Value = string | number | boolean | null | undefined | Record<string, unknown>;

interface Context {
  [key: string]: unknown;
}

/** Evaluates the expression language's subset: literals, property paths, ! == != && || ( ), status functions. */
export function evaluate(expr: string, ctx: Context, status: { failed: boolean }): Value {
  const tokens = expr.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*(?:\(\))?|\d+(?:\.\d+)?/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  function primary(): Value {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of expression: ${expr}`);
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new Error(`missing ) in ${expr}`);
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (t === 'always()') return true;
    if (t === 'success()') return !status.failed;
    if (t === 'failure()') return status.failed;
    if (t === 'cancelled()') return false;
    let v: unknown = ctx;
    for (const part of t.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    return v as Value;
  }
  function compare(): Value {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = primary();
      const eq = normal(left) === normal(right);
      left = op === '==' ? eq : !eq;
    }
    return left;
  }
  function and(): Value {
    let left = compare();
    while (peek() === '&&') {
      next();
      const right = compare();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  function or(): Value {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  const v = or();
  if (i !== tokens.length) throw new Error(`unparsed ${tokens.slice(i).join(' ')} in ${expr}`);
  return v;
}

function normal(v: Value): string {
  return v === null || v === undefined ? '' : String(v).toLowerCase();
}

function truthy(v: Value): boolean {
  return !(v === undefined || v === null || v === false || v === '' || v === 0);
}

/** `${{ … }}` replaced in a string. */
export function interpolate(s: string, ctx: Context, status: { failed: boolean }): string {
  return s.replace(/\$\{\{(.*?)\}\}/gs, (_m, e: string) => {
    const v = evaluate(e, ctx, status);
    return v === null || v === undefined ? '' : String(v);
  });
}

function condition(cond: string | undefined, ctx: Context, status: { failed: boolean }): boolean {
  if (cond === undefined) return !status.failed;
  const expr = cond.trim().replace(/^\$\{\{(.*)\}\}$/s, '$1');
  // As on GitHub: a condition without a status function gets an implicit success() &&.
  const implicit = /\b(always|success|failure|cancelled)\(\)/.test(expr) ? true : !status.failed;
  return implicit && truthy(evaluate(expr, ctx, status));
}

export interface StepRecord {
  index: number;
  id?: string;
  name?: string;
  uses?: string;
  with?: Record<string, string>;
  ran: boolean;
  exitCode?: number;
  stdout?: string;
  stderr?: string;
}

export interface ActionRun {
  steps: StepRecord[];
  outputs: Record<string, string>;
  summary: string;
  failed: boolean;
}

export interface RunActionOptions {
  /** The checkout of the action (GITHUB_ACTION_PATH). */
  actionPath: string;
  /** GITHUB_WORKSPACE: the caller's checkout. */
  workspace: string;
  /** RUNNER_TEMP. */
  runnerTemp: string;
  inputs?: Record<string, string>;
  /** Extra environment (PATH with fakes …). */
  env?: NodeJS.ProcessEnv;
  sha?: string;
}

function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]);
      out[heredoc[1]] = body.join('\n');
      continue;
    }
    const m = /^([\w-]+)=(.*)$/.exec(lines[i]);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

export function runAction(action: ActionFile, opts: RunActionOptions): ActionRun {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = opts.inputs?.[k] ?? v.default ?? '';
  for (const k of Object.keys(opts.inputs ?? {})) if (!(k in action.inputs)) throw new Error(`unknown input ${k}`);
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const ctx: Context = {
    inputs,
    steps,
    github: { action_path: opts.actionPath, workspace: opts.workspace, sha: opts.sha ?? '0123456789abcdef0123456789abcdef01234567' },
    runner: { temp: opts.runnerTemp, os: 'Linux' },
  };
  const status = { failed: false };
  const summaryFile = path.join(opts.runnerTemp, `step-summary-${process.pid}-${Date.now()}.md`);
  fs.writeFileSync(summaryFile, '');
  const records: StepRecord[] = [];
  action.runs.steps.forEach((step, index) => {
    const record: StepRecord = { index, id: step.id, name: step.name, uses: step.uses, ran: false };
    records.push(record);
    if (!condition(step.if, ctx, status)) {
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped' };
      return;
    }
    record.ran = true;
    if (step.uses) {
      record.with = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx, status)]));
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'success' };
      return;
    }
    if (step.shell !== 'bash') throw new Error(`step ${index}: only shell: bash is supported`);
    const outputFile = path.join(opts.runnerTemp, `github-output-${index}-${process.pid}-${Date.now()}`);
    fs.writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...opts.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_ACTION_PATH: opts.actionPath,
      GITHUB_WORKSPACE: opts.workspace,
      RUNNER_TEMP: opts.runnerTemp,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(String(v), ctx, status);
    const wd = step['working-directory'] === undefined ? '.' : interpolate(step['working-directory'], ctx, status);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: path.resolve(opts.workspace, wd),
      env,
      encoding: 'utf8',
    });
    record.exitCode = r.status ?? 1;
    record.stdout = r.stdout;
    record.stderr = r.stderr;
    const outputs = readOutputs(outputFile);
    if (step.id) steps[step.id] = { outputs, outcome: record.exitCode === 0 ? 'success' : 'failure' };
    if (record.exitCode !== 0) status.failed = true;
  });
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, interpolate(v.value, ctx, status)]));
  return { steps: records, outputs, summary: fs.readFileSync(summaryFile, 'utf8'), failed: status.failed };
}
