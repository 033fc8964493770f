/**
 * What the CLI does between the engine and the formatters for the config file, suppressions and
 * outputs (issue 5): load the config, apply it to the findings, drop suppressed findings, filter for
 * `--quiet`, write the extra `--output FORMAT=PATH` reports, warn near SARIF upload limits, and pick
 * the exit code for `--max-warnings`.
 *
 * Exit codes with `--max-warnings N` follow ESLint: 1 when there is an error-severity finding or more
 * than N other findings (warnings and notes), else 0; N = -1 lets any number of warnings pass. Without it, any finding gives 1. `--quiet`
 * prints error-severity findings only, but the others still count for `--max-warnings` (ESLint).
 * Suppressed findings never count. With `--report-unused-directives`, an unused directive is a
 * warning notification and also makes the exit code 1.
 */
import * as path from 'path';
import type { Options } from 'yargs';
import type { Finding, Notification, RunResult } from './types';
import { UsageError } from './discover';
import { applyConfig, configFingerprint, loadConfig, ruleSelection, type LoadedConfig } from './config';
import { formatNames, formatters, sourceRoot, type FormatName, type FormatOptions } from './formatters';
import { sarifUploadWarnings } from './formatters/sarif';
import { errorCode, FileError, writeFileAtomic } from './source/files';

export const REPORT_OPTIONS = {
  config: { type: 'string', requiresArg: true, describe: 'Config file (default: .golint-chan.yml, .yaml or .json in the cwd or a parent; --no-config: none)' },
  'include-generated': { type: 'boolean', describe: 'Report findings in generated files (// Code generated … DO NOT EDIT.) too' },
  'include-suppressed': { type: 'boolean', describe: 'Keep suppressed findings, marked (SARIF suppressions[])' },
  'report-unused-directives': { type: 'boolean', describe: 'Report //nolint and //golintchan: directives that suppressed nothing (exit 1)' },
  output: { type: 'string', requiresArg: true, describe: 'Also write FORMAT to PATH, e.g. sarif=golint-chan.sarif (repeatable)' },
  'max-warnings': { type: 'number', requiresArg: true, describe: 'Exit 0 unless there is an error or more than N warnings (ESLint semantics)' },
  quiet: { type: 'boolean', describe: 'Print error-severity findings only' },
  'sarif-category': { type: 'string', requiresArg: true, describe: 'SARIF automationDetails.id is CATEGORY/ (one per module in monorepos)' },
  'path-mode': {
    choices: ['rel', 'abs'],
    requiresArg: true,
    describe: 'abs: absolute paths in text, json, checkstyle and junit-xml (SARIF, annotations, code-climate stay repository-relative)',
  },
  'issues-exit-code': { type: 'number', requiresArg: true, describe: 'Exit code when there are findings (default 1; vscode-go wants 0)' },
} satisfies Record<string, Options>;

export interface ReportArgs {
  /** A path, or false for --no-config. */
  config?: string | false;
  includeGenerated?: boolean;
  includeSuppressed?: boolean;
  reportUnusedDirectives?: boolean;
  /** Repeated --output gives an array. */
  output?: string | string[];
  maxWarnings?: number;
  quiet?: boolean;
  sarifCategory?: string;
  pathMode?: 'rel' | 'abs';
  issuesExitCode?: number;
}

/**
 * Notifications about directives that only --report-unused-directives shows, and that then exit 1 (nolintlint):
 * a directive that suppressed nothing, and a `// nolint` that is no directive (`nolint-malformed`).
 */
export const DIRECTIVE_ISSUES = new Set(['unused-directive', 'nolint-malformed']);

export interface OutputSpec {
  format: FormatName;
  file: string;
}

/** `FORMAT=PATH` specs of --output. */
export function parseOutputs(specs: readonly string[], cwd: string): OutputSpec[] {
  return specs.map((spec) => {
    const m = /^([\w-]+)=(.+)$/.exec(spec);
    if (!m || !(formatNames as string[]).includes(m[1])) {
      throw new UsageError(`--output needs FORMAT=PATH with FORMAT one of ${formatNames.join(', ')} (got "${spec}")`);
    }
    return { format: m[1] as FormatName, file: path.resolve(cwd, m[2]) };
  });
}

export class Reporter {
  readonly config: LoadedConfig;
  private readonly outputs: OutputSpec[];

  constructor(
    private readonly args: ReportArgs,
    private readonly cwd: string,
    knownRules: readonly string[],
  ) {
    const max = args.maxWarnings;
    if (max !== undefined && !(Number.isInteger(max) && max >= -1)) throw new UsageError('--max-warnings needs an integer (-1: no limit)');
    const code = args.issuesExitCode;
    if (code !== undefined && !(Number.isInteger(code) && code >= 0 && code <= 255)) throw new UsageError('--issues-exit-code needs an integer from 0 to 255');
    this.outputs = parseOutputs(([] as string[]).concat(args.output ?? []), cwd);
    this.config = loadConfig({ cwd, config: args.config }, knownRules);
  }

  /** Rule ids to enable and disable: the config's lists, then the command line's. */
  ruleSelection(cliEnable: readonly string[], cliDisable: readonly string[]) {
    return ruleSelection(this.config.config, cliEnable, cliDisable);
  }

  fingerprint(): string {
    return configFingerprint(this.config);
  }

  /** Apply the config; drop suppressed findings unless --include-suppressed. */
  findings(findings: Finding[], readText: (file: string) => string | undefined): Finding[] {
    const applied = applyConfig(findings, this.config, { readText, cwd: this.cwd, includeGenerated: this.args.includeGenerated });
    return this.args.includeSuppressed ? applied : applied.filter((f) => !f.suppression);
  }

  /** Unused-directive notifications only with --report-unused-directives. */
  notifications(ns: Notification[]): Notification[] {
    return this.args.reportUnusedDirectives ? ns : ns.filter((n) => !DIRECTIVE_ISSUES.has(n.kind));
  }

  /** The result as printed: with --quiet, error-severity findings only. */
  shown(result: RunResult): RunResult {
    return this.args.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
  }

  /** Format options for one format: all but text and JSON want repository-relative paths (SARIF, annotations, CI reports). */
  formatOptions(format: FormatName, base: FormatOptions): FormatOptions {
    const repo = format !== 'text' && format !== 'json';
    return { ...base, srcRoot: repo ? sourceRoot(this.cwd) : this.cwd, sarifCategory: this.args.sarifCategory, pathMode: this.args.pathMode };
  }

  /** Warnings (for stderr) when a SARIF report nears GitHub's upload limits. */
  static uploadWarnings(format: FormatName, report: string, where: string): string[] {
    return format === 'sarif' ? sarifUploadWarnings(report).map((w) => `golint-chan: warning: ${where}: ${w}\n`) : [];
  }

  /** Write the --output reports; returns stderr lines. */
  writeOutputs(result: RunResult, base: FormatOptions): string[] {
    const shown = this.shown(result);
    return this.outputs.flatMap(({ format, file }) => {
      const report = formatters[format](shown, this.formatOptions(format, { ...base, color: false }));
      try {
        writeFileAtomic(file, report, { mkdir: true });
      } catch (e) {
        throw new FileError(`--output: cannot write ${file}: ${errorCode(e)}`);
      }
      return Reporter.uploadWarnings(format, report, path.relative(this.cwd, file));
    });
  }

  /** 0, or 1 (`--issues-exit-code`) from the findings (errors in the run are the CLI's business). */
  exitCode(result: RunResult): number {
    return this.issues(result) ? (this.args.issuesExitCode ?? 1) : 0;
  }

  private issues(result: RunResult): boolean {
    const counted = result.findings.filter((f) => !f.suppression);
    if (this.args.reportUnusedDirectives && result.notifications.some((n) => DIRECTIVE_ISSUES.has(n.kind))) return true;
    const max = this.args.maxWarnings;
    if (max === undefined) return this.shown({ ...result, findings: counted }).findings.length > 0;
    const errors = counted.filter((f) => f.severity === 'error').length;
    return errors > 0 || (max >= 0 && counted.length - errors > max);
  }
}
