/**
 * The command line: `golint-chan [patterns...]`, `golint-chan explain RULE`, `golint-chan rules`.
 *
 * Exit codes (ESLint, Go's flag package): 0 no findings, 1 findings, 2 usage, configuration or tool
 * error (including a rule that crashed; with --strict, any warning about the run such as a parse
 * error). Output goes through `CliIO` so tests can run it in-process;
 * `main` never calls process.exit.
 */
import * as fs from 'fs';
import * as path from 'path';
import yargs, { type Options } from 'yargs';
import type { Rule } from './rule';
import type { Notification, RuleInfo, RunResult } from './types';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_PACKAGE_TIMEOUT_MS, type PackageInput } from './driver/lint';
import { lintPackagesParallel } from './driver/pool';
import { parseShard, shardPackages } from './driver/shard';
import { LintCache, lintPackagesCached, resolveCacheLocation } from './driver/cache';
import { toolVersion } from './source/root';
import { ruleInfos, rules as registeredRules, selectRules } from './registry';

export { selectRules };
import { discover, UsageError } from './discover';
import { MergeError, mergeReports } from './merge';
import { formatNames, formatNotificationLine, formatters, type FormatName } from './formatters';
import { readTextFromDisk } from './formatters/options';
import { Reporter, REPORT_OPTIONS, type ReportArgs } from './reporting';
import { reportWithFixes, startFixing, type FixArgs } from './fix';
import { Adoption, type AdoptionArgs } from './newfrom';
import { errorCode, FileError, readInputText, writeFileAtomic } from './source/files';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colors). */
  isTTY: boolean;
}

export interface RunOptions {
  io?: Partial<CliIO>;
  /** The rules available to the run (tests pass fakes); defaults to the registry. */
  rules?: readonly Rule[];
}

/**
 * Options of the lint command, in one table: a new option is one entry here plus its use in
 * `lint()`. (Planned: --config, --jobs.)
 */
const LINT_OPTIONS = {
  format: { alias: 'f', choices: formatNames, default: 'text', describe: 'Output format' },
  'output-file': { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to this file instead of stdout' },
  enable: { type: 'string', requiresArg: true, describe: 'Enable a rule (repeatable, or comma-separated)' },
  disable: { type: 'string', requiresArg: true, describe: 'Disable a rule (repeatable, or comma-separated)' },
  'list-rules': { type: 'boolean', describe: 'List the rules and exit' },
  'whole-packages': { type: 'boolean', describe: 'A .go file pattern lints its whole package (directory); the pre-commit hook passes the staged files' },
  color: { type: 'boolean', describe: 'Color the text output (default: when stdout is a terminal and NO_COLOR is unset; --no-color disables)' },
  stdin: { type: 'boolean', describe: 'Lint Go source read from stdin (needs --stdin-filename)' },
  'stdin-filename': { type: 'string', requiresArg: true, describe: 'The path the stdin source is linted as; the rest of its package is read from disk' },
  cache: { type: 'boolean', describe: 'Reuse the results of packages whose files have not changed' },
  'cache-location': {
    type: 'string',
    requiresArg: true,
    describe: 'Cache file, or directory ending in /, for --cache (default: $GOLINT_CHAN_CACHE, else the user cache dir)',
  },
  jobs: { alias: 'j', type: 'number', requiresArg: true, describe: 'Worker threads (default: the number of CPUs; a run always lints in at least one, so that --package-timeout can stop it)' },
  shard: { type: 'string', requiresArg: true, describe: 'Lint only shard K of N (1-based, e.g. 2/4), for CI matrices' },
  strict: { type: 'boolean', describe: 'Exit 2 when the run had a problem of level warning or above (parse error, unreadable file, skipped file …)' },
  'max-file-size': { type: 'number', requiresArg: true, describe: `Skip files larger than this many bytes, with a warning (default ${DEFAULT_MAX_FILE_BYTES})` },
  'package-timeout': {
    type: 'number',
    requiresArg: true,
    describe: `Seconds one package may take before its analysis is stopped, with a warning (default ${DEFAULT_PACKAGE_TIMEOUT_MS / 1000})`,
  },
  // Fixes (src/fix.ts) and adoption on legacy code (src/newfrom.ts, src/baseline.ts).
  fix: { type: 'boolean', describe: 'Apply the fixes rules offer, then report what remains' },
  'fix-dry-run': { type: 'boolean', describe: 'Print the fixed source (JSON: an "output" per fixed file) without writing' },
  'new-from-rev': { type: 'string', requiresArg: true, describe: 'Report only findings on lines changed since this git revision (untracked files: all lines); not with SARIF' },
  'new-from-merge-base': {
    type: 'string',
    requiresArg: true,
    describe: 'Report only findings on lines changed since the merge base of this revision and HEAD (e.g. origin/main); not with SARIF',
  },
  'new-from-patch': { type: 'string', requiresArg: true, describe: 'Report only findings on lines added by this unified diff; not with SARIF' },
  baseline: { type: 'string', requiresArg: true, describe: 'Hide the findings recorded in this baseline file' },
  'baseline-write': { type: 'string', requiresArg: true, describe: 'Record the current findings in this baseline file (and report none)' },
  // Config file, suppressions, more outputs, --quiet, --max-warnings (src/reporting.ts).
  ...REPORT_OPTIONS,
} satisfies Record<string, Options>;

interface LintArgs extends FixArgs, AdoptionArgs, ReportArgs {
  patterns?: string[];
  format: FormatName;
  outputFile?: string;
  enable?: string | string[];
  disable?: string | string[];
  listRules?: boolean;
  wholePackages?: boolean;
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: number;
  shard?: string;
  strict?: boolean;
  maxFileSize?: number;
  packageTimeout?: number;
}

/** The command-line grammar. Subcommands (explain, rules, lsp) are dispatched in `run`. */
function parser() {
  return yargs()
    .scriptName('golint-chan')
    .command('$0 [patterns..]', 'Find goroutines that can block forever on a channel operation (default pattern: .)', (y) =>
      y.options(LINT_OPTIONS).positional('patterns', { type: 'string', array: true, describe: 'Go package patterns: ., ./..., dir, dir/..., file.go' }),
    )
    .command('explain <rule>', 'Print the documentation of a rule', (y) => y.positional('rule', { type: 'string', demandOption: true }))
    .command('lsp', 'Run the language server over stdio, for editors', (y) =>
      y.option('stdio', { type: 'boolean', describe: 'Talk LSP over stdin/stdout (the only transport; editors pass it)' }),
    )
    .command('rules', 'List the rules', (y) => y.option('markdown', { type: 'boolean', describe: 'As the README table' }))
    .command('merge <files..>', 'Merge the SARIF or JSON outputs of --shard runs into one report', (y) =>
      y
        .positional('files', { type: 'string', array: true, demandOption: true })
        .option('output-file', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the merged report to this file' }),
    )
    .option('debug', { type: 'boolean', describe: 'Print the stack trace of an error (I/O errors are otherwise one line)' })
    .example('golint-chan ./...', 'lint every package of the module')
    .example('golint-chan --format sarif -o golint-chan.sarif ./...', 'SARIF for GitHub code scanning')
    .strict()
    .version(toolVersion())
    .help()
    .alias('h', 'help')
    .wrap(null)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
}

function list(v: string | string[] | undefined): string[] {
  return ([] as string[]).concat(v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

/** The rule list of `rules` and `--list-rules`: id, severity, precision, summary. */
export function ruleTable(infos: readonly RuleInfo[]): string {
  const w = (k: 'id' | 'severity' | 'precision') => Math.max(...infos.map((r) => r[k].length));
  return infos.map((r) => `${r.id.padEnd(w('id'))}  ${r.severity.padEnd(w('severity'))}  ${r.precision.padEnd(w('precision'))}  ${r.summary}\n`).join('');
}

/** The README rule table. */
export function ruleMarkdownTable(infos: readonly RuleInfo[]): string {
  const rows = infos.map((r) => `| [${r.id}](${r.docs.path}) | ${r.summary.replace(/\|/g, '\\|')} | ${r.severity} | ${r.precision} |\n`);
  return '| Rule | Summary | Severity | Precision |\n| --- | --- | --- | --- |\n' + rows.join('');
}

interface Inputs {
  packages: PackageInput[];
  notifications: Notification[];
  /** With --stdin: the file whose findings are reported, and its text. */
  stdin?: { file: string; text: string };
}

async function stdinInputs(io: CliIO, filename: string | undefined, patterns: readonly string[]): Promise<Inputs> {
  if (!filename) throw new UsageError('--stdin needs --stdin-filename PATH');
  if (patterns.length) throw new UsageError('--stdin cannot be combined with package patterns');
  const file = path.resolve(io.cwd, filename);
  const dir = path.dirname(file);
  const text = await io.readStdin();
  // The rest of the package comes from the disk; nothing on the disk is fine too (a new buffer).
  const siblings = fs.existsSync(dir) ? (await discover([dir], io.cwd)).packages.flatMap((p) => p.files) : [];
  const files = [...siblings.filter((f) => f.path !== file), { path: file, text }].sort((a, b) => (a.path < b.path ? -1 : 1));
  return { packages: [{ dir, files }], notifications: [], stdin: { file, text } };
}

/** With --whole-packages, each .go file pattern becomes its directory (once). */
function wholePackages(patterns: readonly string[], whole: boolean, cwd: string): string[] {
  if (!whole) return [...patterns];
  const out = patterns.map((p) => (p.endsWith('.go') && fs.statSync(path.resolve(cwd, p), { throwIfNoEntry: false })?.isFile() ? path.dirname(p) || '.' : p));
  return [...new Set(out)];
}

function useColor(io: CliIO, flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag && !toFile;
  return io.isTTY && !toFile && !io.env.NO_COLOR;
}

async function lint(args: LintArgs, io: CliIO, available: readonly Rule[]): Promise<number> {
  const reporter = new Reporter(args, io.cwd, available.map((r) => r.meta.id));
  const selection = reporter.ruleSelection(list(args.enable), list(args.disable));
  const rules = selectRules(available, selection.enable, selection.disable);
  if (args.listRules) {
    io.stdout(ruleTable(ruleInfos(rules)));
    return 0;
  }
  const patterns = wholePackages(args.patterns ?? [], args.wholePackages === true, io.cwd);
  const inputs: Inputs = args.stdin ? await stdinInputs(io, args.stdinFilename, patterns) : await discover(patterns, io.cwd);
  const cache = args.cache ? LintCache.load(resolveCacheLocation(args.cacheLocation, io.cwd, io.env)) : undefined;
  if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs >= 1)) throw new UsageError('--jobs needs a positive integer');
  const packages = args.shard ? shardPackages(inputs.packages, parseShard(args.shard)) : inputs.packages;
  const maxFileBytes = args.maxFileSize;
  if (maxFileBytes !== undefined && !(Number.isInteger(maxFileBytes) && maxFileBytes >= 0)) throw new UsageError('--max-file-size needs a number of bytes');
  const timeout = args.packageTimeout;
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError('--package-timeout needs a positive number of seconds');
  const packageTimeoutMs = timeout === undefined ? undefined : Math.round(timeout * 1000);
  // --strict promises that every file was read whole, so it parses every file (and reports every syntax error).
  const parseAll = args.strict === true;
  const linter = (p: readonly PackageInput[]) => lintPackagesParallel(p, { rules, jobs: args.jobs, maxFileBytes, packageTimeoutMs, parseAll });
  const lintRun = (p: readonly PackageInput[]) => (cache ? lintPackagesCached(p, { rules, maxFileBytes, parseAll, configFingerprint: reporter.fingerprint(), lint: linter }, cache) : linter(p));
  const fixer = startFixing(args, packages, maxFileBytes);
  let out = await lintRun(fixer?.packages ?? packages);
  const only = inputs.stdin?.file;
  const readText = (file: string) => fixer?.textOf(file) ?? (file === only ? inputs.stdin!.text : readTextFromDisk(file));
  const adoption = new Adoption(args, io.cwd, readText);
  const reported = (o: typeof out) => adoption.report(reporter.findings(only === undefined ? o.findings : o.findings.filter((f) => f.file === only), readText));
  if (fixer) {
    out = await fixer.fix(out, reported(out), lintRun);
    inputs.notifications.push(...fixer.notifications);
  }
  if (cache?.problem) inputs.notifications.push(cache.problem);
  const cacheProblem = cache?.save();
  if (cacheProblem) inputs.notifications.push(cacheProblem);
  const result: RunResult = {
    toolVersion: toolVersion(),
    findings: adoption.record(reported(out), inputs.notifications),
    notifications: [
      ...inputs.notifications,
      ...reporter.notifications(only === undefined ? out.notifications : out.notifications.filter((n) => n.file === only || n.level === 'error')),
    ],
    rules: ruleInfos(rules),
    filesScanned: out.filesScanned,
    packagesScanned: packages.length,
  };

  const format = args.format;
  const formatOptions = { cwd: io.cwd, srcRoot: io.cwd, readText };
  const formatted = formatters[format](
    reporter.shown(result),
    reporter.formatOptions(format, { ...formatOptions, color: useColor(io, args.color, args.outputFile !== undefined) }),
  );
  const report = reportWithFixes(formatted, format, fixer, io.cwd, only);
  if (args.outputFile !== undefined) writeReport(path.resolve(io.cwd, args.outputFile), report);
  else io.stdout(report);
  for (const w of [...Reporter.uploadWarnings(format, report, args.outputFile ?? 'stdout'), ...reporter.writeOutputs(result, formatOptions)]) io.stderr(w);

  // Text output has no room for notifications: they go to stderr. JSON and SARIF carry them, but
  // problems with the command line itself (a pattern that matched nothing) are echoed there too.
  const toStderr = format === 'text' ? result.notifications : inputs.notifications;
  for (const n of toStderr) io.stderr(formatNotificationLine(n, io.cwd));

  if (result.notifications.some((n) => n.level === 'error' || (args.strict && n.level === 'warning'))) return 2;
  return reporter.exitCode(result);
}

/** Write a report file atomically (src/source/files.ts); a failure is a one-line FileError naming the file. */
export function writeReport(file: string, text: string): void {
  try {
    writeFileAtomic(file, text, { mkdir: true });
  } catch (e) {
    throw new FileError(`cannot write ${file}: ${describeErrno(e)}`);
  }
}

/** "ENOSPC (no space left on device)" from an errno error. */
export function describeErrno(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = errorCode(e);
  const m = err?.code && typeof err.message === 'string' ? /^[A-Z0-9_]+: ([^,]+)/.exec(err.message) : null;
  return m ? `${code} (${m[1]})` : code;
}

/** An error of the operating system (it has an errno code and a syscall), not a bug of golint-chan. */
function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  const err = e as NodeJS.ErrnoException;
  return typeof err?.code === 'string' && typeof err.syscall === 'string';
}

function defaultIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  };
}

/** Run the command line; resolves to the exit code. */
export async function run(argv: readonly string[], opts: RunOptions = {}): Promise<number> {
  const io: CliIO = { ...defaultIO(), ...opts.io };
  const available = opts.rules ?? registeredRules;
  try {
    let helpText = '';
    const args = await parser().parseAsync([...argv], {}, (_err, _argv, output) => {
      helpText = output;
    });
    if (args.help || args.version) {
      io.stdout(helpText.endsWith('\n') ? helpText : helpText + '\n');
      return 0;
    }
    const command = args._[0];
    if (command === 'explain') {
      const id = String(args.rule);
      const rule = available.find((r) => r.meta.id === id);
      if (!rule) throw new UsageError(`unknown rule "${id}"; run "golint-chan rules" to list them`);
      io.stdout(ruleInfos([rule])[0].docs.markdown);
      return 0;
    }
    if (command === 'lsp') {
      // Loaded on demand so that plain runs don't pay for the LSP library. The server keeps the
      // process alive and exits it when the client says exit.
      (await import('./lsp/server')).startServer();
      serving = true;
      return 0;
    }
    if (command === 'merge') {
      const files = (args.files as string[]).map((f) => path.resolve(io.cwd, f));
      const docs = files.map((file) => ({ file, text: readInputText(file, 'merge') }));
      let merged: string;
      try {
        merged = mergeReports(docs);
      } catch (e) {
        if (e instanceof MergeError) throw new UsageError(e.message);
        throw e;
      }
      const out = args.outputFile as string | undefined;
      if (out) writeReport(path.resolve(io.cwd, out), merged);
      else io.stdout(merged);
      // Like a run: 1 when the merged report has findings.
      const parsed = JSON.parse(merged);
      return (parsed.runs?.[0]?.results ?? parsed.findings ?? []).length > 0 ? 1 : 0;
    }
    if (command === 'rules') {
      const infos = ruleInfos(available);
      io.stdout(args.markdown ? ruleMarkdownTable(infos) : ruleTable(infos));
      return 0;
    }
    return await lint(args as unknown as LintArgs, io, available);
  } catch (e) {
    const debug = argv.includes('--debug');
    const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
    if (e instanceof UsageError) {
      io.stderr(`golint-chan: ${e.message}${stack}\nRun "golint-chan --help" for usage.\n`);
    } else if (e instanceof FileError) {
      io.stderr(`golint-chan: ${e.message}${stack}\n`);
    } else if (isSystemError(e)) {
      // An I/O error nobody expected (EIO, ENOSPC, ...): one line; the stack only with --debug.
      io.stderr(`golint-chan: ${e.message.split('\n')[0]}${stack}\n`);
    } else {
      io.stderr(`golint-chan: internal error: ${(e as Error)?.stack ?? e}\n`);
    }
    return 2;
  }
}

/** Set once the language server runs: then the process lives until the client says exit. */
let serving = false;

/**
 * How long a finished run may wait for the event loop to drain before it exits anyway. Every result is
 * written by then; this only guards against a handle that stays open (once seen: a run over go-ethereum
 * that had printed everything and never exited, not reproduced in 40 further runs).
 */
export const EXIT_GRACE_MS = 2000;

/** A stream's first write error (F4): stdout/stderr may be a closed pipe, a full disk, /dev/full. */
function watchWrites(stream: NodeJS.WriteStream): () => NodeJS.ErrnoException | undefined {
  let first: NodeJS.ErrnoException | undefined;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    first ??= e;
  });
  return () => first;
}

/** Resolves once everything written so far to `stream` has been handed to the system (or failed). */
async function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.destroyed && stream.writable) {
    await new Promise<void>((resolve) => {
      try {
        stream.write('', () => resolve());
      } catch {
        resolve();
      }
    });
  }
  // A failed write reports its 'error' event on a later tick.
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The exit code once the output has been written: a closed pipe (EPIPE, `golint-chan | head`) ends
 * the run quietly with its own code; any other write error (ENOSPC, EIO, /dev/full) is exit 2 with one
 * line on stderr (when stderr itself still works).
 */
export function exitCodeAfterOutput(code: number, stdoutError: NodeJS.ErrnoException | undefined, stderrError: NodeJS.ErrnoException | undefined, say: (line: string) => void): number {
  const failed = (e: NodeJS.ErrnoException | undefined) => e !== undefined && e.code !== 'EPIPE';
  if (failed(stdoutError)) {
    if (!stderrError) say(`golint-chan: cannot write to stdout: ${describeErrno(stdoutError)}\n`);
    return 2;
  }
  return failed(stderrError) ? 2 : code;
}

/** The command-line entry (bin/golint-chan): run, then make sure a finished run exits. */
export async function main(argv: readonly string[]): Promise<number> {
  const stdoutError = watchWrites(process.stdout);
  const stderrError = watchWrites(process.stderr);
  let code = await run(argv);
  if (!serving) {
    await flushed(process.stdout);
    code = exitCodeAfterOutput(code, stdoutError(), stderrError(), (line) => {
      if (!process.stderr.destroyed) process.stderr.write(line);
    });
    await flushed(process.stderr);
    setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  }
  return code;
}
