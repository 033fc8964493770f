/**
 * The configuration file: `.golint-chan.yml`, `.golint-chan.yaml` or `.golint-chan.json`, the first
 * found in the working directory or one of its parents (in that order within a directory), or the
 * file given with `--config`; `--no-config` uses none. It is validated against the published schema
 * schemas/golint-chan-config.schema.json; a bad file is a ConfigError (exit 2) naming the file, the key
 * path and what was expected.
 *
 * The config never changes what the engine computes (rule options aside, which feed the cache key
 * through `configFingerprint`): severities, exclusions and generated files are applied to the
 * findings afterwards, by `applyConfig`. Exclusions mark findings as suppressed (kind external), so
 * that `--include-suppressed` can still show them.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
// ajv and yaml are loaded only when a config file is found: most runs have none and start faster.
import { AFTER_SHUTDOWN_TAG, MAY_RUN_ONCE_TAG, PENDING_TIMER_TAG, TEST_FAILURE_TAG, type Finding, type Severity } from './types';
import { UsageError } from './discover';
import { assetPath } from './source/root';
import { FileError, MAX_CONFIG_BYTES, readInputText } from './source/files';

export const CONFIG_FILES = ['.golint-chan.yml', '.golint-chan.yaml', '.golint-chan.json'] as const;
export const CONFIG_SCHEMA_FILE = 'schemas/golint-chan-config.schema.json';

export interface ExclusionRule {
  path?: string;
  'path-except'?: string;
  text?: string;
  rules?: string[];
}

/** The file's contents, as the schema describes them. */
export interface Config {
  version: 1;
  enable?: string[];
  disable?: string[];
  severity?: Record<string, Severity>;
  settings?: Record<string, Record<string, unknown>>;
  'exclude-generated'?: boolean;
  'exclude-test-failure-paths'?: boolean;
  'pending-timers'?: boolean;
  'after-shutdown'?: boolean;
  'may-run-once'?: boolean;
  exclusions?: { paths?: string[]; rules?: ExclusionRule[] };
}

export interface LoadedConfig {
  /** Absolute path of the file, undefined when none is used. */
  file?: string;
  config: Config;
}

/** One problem with a config file, placed where it is when that is known (1-based line and column). */
export interface ConfigProblem {
  message: string;
  line?: number;
  column?: number;
}

/** A configuration problem: exit 2, like a usage error. The editor shows `problems` on `file`. */
export class ConfigError extends UsageError {
  constructor(
    message: string,
    readonly file?: string,
    readonly problems: readonly ConfigProblem[] = [{ message }],
  ) {
    super(message);
  }
}

/** Where the value at a JSON pointer (`/exclusions/rules/0`) starts in a YAML text, 1-based; undefined when unknown. */
function yamlPosition(text: string, pointer: string): { line: number; column: number } | undefined {
  try {
    const yaml = require('yaml') as typeof import('yaml');
    const doc = yaml.parseDocument(text);
    const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (let n = keys.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n).map((k) => (/^\d+$/.test(k) ? Number(k) : k)), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        const pos = new yaml.LineCounter();
        yaml.parseDocument(text, { lineCounter: pos });
        return { line: pos.linePos(range[0]).line, column: pos.linePos(range[0]).col };
      }
    }
  } catch {
    /* no position */
  }
  return undefined;
}

const EMPTY: LoadedConfig = { config: { version: 1 } };

/** The first config file in `cwd` or a parent directory. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const f = path.join(dir, name);
      if (fs.existsSync(f)) return f;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(assetPath(CONFIG_SCHEMA_FILE), 'utf8'));
    const AjvClass = (require('ajv') as typeof import('ajv')).default;
    validator = new AjvClass({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** One ajv error as "key path: what was expected". */
function describeError(e: ErrorObject, all: readonly ErrorObject[], data: unknown): string | undefined {
  const where = e.instancePath || '(top level)';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${p.additionalProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where}: must be ${JSON.stringify(p.allowedValue)}`;
    case 'anyOf': {
      const needs = all.filter((o) => o.instancePath === e.instancePath && o.keyword === 'required').map((o) => `"${o.params.missingProperty}"`);
      return `${where}: needs at least one of ${needs.join(', ')}`;
    }
    case 'required':
      // Folded into the anyOf message when it comes from one.
      return all.some((o) => o.keyword === 'anyOf' && o.instancePath === e.instancePath) ? undefined : `${where}: missing key "${p.missingProperty}"`;
    case 'propertyNames':
      return undefined; // the pattern error below names the key
    case 'pattern':
      return e.propertyName !== undefined
        ? `${where}: key "${e.propertyName}" is not a rule id (lowercase words joined by -)`
        : `${where}: "${String(valueAt(data, e.instancePath))}" is not a rule id (lowercase words joined by -)`;
    default:
      return `${where}: ${e.message}`;
  }
}

/** The value at a JSON pointer. */
function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], data);
}

/** A compiled exclusion regex: searched anywhere in the string. */
export interface Matcher {
  test(s: string): boolean;
}

/**
 * An exclusion regex, in Go's RE2 syntax (what golangci-lint configs use, `(?i)` included), run by
 * re2js: matching takes time linear in the input whatever the pattern, so a pattern such as `(a+)+$`
 * cannot hang the run (F10). Throws on a syntax RE2 does not have (backreferences, lookaround).
 */
export function compileRegex(source: string): Matcher {
  const { RE2JS } = require('re2js') as typeof import('re2js');
  return RE2JS.compile(source);
}

/** Checks the schema cannot make: regexes compile, rule ids exist. */
function semanticErrors(c: Config, knownRules: readonly string[]): string[] {
  const errors: string[] = [];
  const rule = (where: string, id: string) => {
    if (!knownRules.includes(id)) errors.push(`${where}: unknown rule "${id}" (known: ${knownRules.join(', ')})`);
  };
  const regex = (where: string, src: string | undefined) => {
    if (src === undefined) return;
    try {
      compileRegex(src);
    } catch (e) {
      errors.push(`${where}: not a valid regular expression (RE2 syntax, as in Go): ${(e as Error).message}`);
    }
  };
  for (const key of ['enable', 'disable'] as const) c[key]?.forEach((id, i) => rule(`/${key}/${i}`, id));
  for (const key of ['severity', 'settings'] as const) for (const id of Object.keys(c[key] ?? {})) rule(`/${key}/${id}`, id);
  c.exclusions?.paths?.forEach((p, i) => regex(`/exclusions/paths/${i}`, p));
  c.exclusions?.rules?.forEach((r, i) => {
    for (const k of ['path', 'path-except', 'text'] as const) regex(`/exclusions/rules/${i}/${k}`, r[k]);
    r.rules?.forEach((id, j) => rule(`/exclusions/rules/${i}/rules/${j}`, id));
  });
  return errors;
}

/** Parse and validate the text of a config file; `file` names it in errors. */
export function parseConfig(text: string, file: string, knownRules: readonly string[]): Config {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : (require('yaml') as typeof import('yaml')).parse(text);
  } catch (e) {
    const pos = e instanceof (require('yaml') as typeof import('yaml')).YAMLParseError && e.linePos ? e.linePos[0] : undefined;
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    const message = (e as Error).message.split('\n')[0];
    throw new ConfigError(`invalid config ${file}${where}: ${message}`, file, [{ message, line: pos?.line, column: pos?.col }]);
  }
  const errors = validate(data ?? {});
  const lines = errors.map((e) => describeError(e, errors, data)).filter((m): m is string => m !== undefined);
  if (!lines.length) lines.push(...semanticErrors(data as Config, knownRules));
  if (lines.length) {
    const unique = [...new Set(lines)];
    const problems = unique.map((l) => ({ message: l, ...(file.endsWith('.json') ? {} : yamlPosition(text, /^(\/\S*): /.exec(l)?.[1] ?? '')) }));
    throw new ConfigError(`invalid config ${file}:\n${unique.map((l) => `  ${l}`).join('\n')}`, file, problems);
  }
  return data as Config;
}

export interface ConfigChoice {
  cwd: string;
  /** `--config FILE`; false for `--no-config`. */
  config?: string | false;
}

/** The configuration of this run (an empty one when there is no file). */
export function loadConfig(choice: ConfigChoice, knownRules: readonly string[]): LoadedConfig {
  if (choice.config === false) return EMPTY;
  const file = choice.config !== undefined ? path.resolve(choice.cwd, choice.config) : findConfigFile(choice.cwd);
  if (file === undefined) return EMPTY;
  let text: string;
  try {
    text = readInputText(file, 'config', MAX_CONFIG_BYTES);
  } catch (e) {
    if (e instanceof FileError) throw new ConfigError(e.message, file);
    throw e;
  }
  return { file, config: parseConfig(text, file, knownRules) };
}

/** Everything in the config that may change engine results, as a cache-key string. */
export function configFingerprint(loaded: LoadedConfig): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : v;
  return createHash('sha256').update(JSON.stringify(canonical(loaded.config.settings ?? {}))).digest('hex');
}

/**
 * Rule selection: the config's disable list minus its enable list, then the command line
 * (`--enable` re-enables what the config disables; `--disable` always wins).
 */
export function ruleSelection(c: Config, cliEnable: readonly string[], cliDisable: readonly string[]): { enable: string[]; disable: string[] } {
  const disabled = (c.disable ?? []).filter((id) => !(c.enable ?? []).includes(id) && !cliEnable.includes(id));
  return { enable: [...(c.enable ?? []), ...cliEnable], disable: [...new Set([...disabled, ...cliDisable])] };
}

const GENERATED = /^\/\/ Code generated .* DO NOT EDIT\.$/;

/** Go's rule: a `// Code generated … DO NOT EDIT.` line before the first non-comment, non-blank text. */
export function isGenerated(text: string): boolean {
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (inBlock) {
      inBlock = !line.includes('*/');
      continue;
    }
    const t = line.trim();
    if (t === '') continue;
    if (GENERATED.test(line)) return true;
    if (t.startsWith('//')) continue;
    if (t.startsWith('/*')) {
      inBlock = !t.slice(2).includes('*/');
      continue;
    }
    return false;
  }
  return false;
}

export interface ApplyOptions {
  /** Lint generated files too (`--include-generated`). */
  includeGenerated?: boolean;
  /** The text of a file as linted (for the generated-file test). */
  readText: (file: string) => string | undefined;
  /** Base of relative paths when there is no config file. */
  cwd: string;
}

/** Finding kinds reported only when the configuration asks: the switch, the tag it shows, what such a finding is. */
const OPT_IN: readonly { key: 'pending-timers' | 'after-shutdown' | 'may-run-once'; tag: string; what: string }[] = [
  { key: 'pending-timers', tag: PENDING_TIMER_TAG, what: 'a timer pending until it fires' },
  { key: 'after-shutdown', tag: AFTER_SHUTDOWN_TAG, what: 'a send that blocks only if its callers send after the loop that receives stops' },
  { key: 'may-run-once', tag: MAY_RUN_ONCE_TAG, what: 'a ticker loop started by code that may run once per process' },
];

/**
 * Apply the config to engine findings: severity overrides, then exclusions, generated files and (with
 * `exclude-test-failure-paths`) findings tagged test-failure-path, and (unless `pending-timers: true`) those tagged pending-timer and (unless `after-shutdown: true`) those tagged after-shutdown, and (unless `may-run-once: true`) those tagged may-run-once, as external suppressions (a finding suppressed in the source keeps that suppression). Returns new
 * findings: the engine's may be shared with the cache, which must not keep config effects.
 */
export function applyConfig(findings: readonly Finding[], loaded: LoadedConfig, opts: ApplyOptions): Finding[] {
  const c = loaded.config;
  const name = loaded.file ? path.basename(loaded.file) : 'config';
  const base = loaded.file ? path.dirname(loaded.file) : opts.cwd;
  const paths = (c.exclusions?.paths ?? []).map(compileRegex);
  const rules = (c.exclusions?.rules ?? []).map((r) => ({
    path: r.path === undefined ? undefined : compileRegex(r.path),
    except: r['path-except'] === undefined ? undefined : compileRegex(r['path-except']),
    text: r.text === undefined ? undefined : compileRegex(r.text),
    rules: r.rules,
  }));
  const skipGenerated = !opts.includeGenerated && c['exclude-generated'] !== false;
  const generated = new Map<string, boolean>();
  const isGen = (file: string) => {
    if (!generated.has(file)) generated.set(file, isGenerated(opts.readText(file) ?? ''));
    return generated.get(file)!;
  };
  return findings.map((engine) => {
    const f = { ...engine, severity: c.severity?.[engine.ruleId] ?? engine.severity };
    if (f.suppression) return f;
    const rel = path.relative(base, f.file).split(path.sep).join('/');
    const why = (() => {
      const p = paths.findIndex((re) => re.test(rel));
      if (p >= 0) return `excluded by ${name} exclusions.paths[${p}]`;
      const r = rules.findIndex(
        (x) =>
          (!x.path || x.path.test(rel)) && (!x.except || !x.except.test(rel)) && (!x.text || x.text.test(f.message)) && (!x.rules || x.rules.includes(f.ruleId)),
      );
      if (r >= 0) return `excluded by ${name} exclusions.rules[${r}]`;
      if (skipGenerated && isGen(f.file)) return 'generated file';
      if (c['exclude-test-failure-paths'] === true && f.tags?.includes(TEST_FAILURE_TAG)) return `test-failure path (${name} exclude-test-failure-paths)`;
      const optIn = OPT_IN.find((o) => c[o.key] !== true && f.tags?.includes(o.tag));
      return optIn && `${optIn.what} (reported with ${optIn.key}: true in ${name})`;
    })();
    if (why) f.suppression = { kind: 'external', justification: why };
    return f;
  });
}
