/**
 * The `sarif` format: SARIF 2.1.0 as GitHub code scanning ingests it (design note ecosystem.md §1).
 *
 * One run; `tool.driver.rules` lists every enabled rule; each result has one location whose URI is
 * relative to the source root (`%SRCROOT%`, the git top-level) and percent-encoded, 1-based regions in
 * UTF-16 code units, related locations linked from the message, a code flow when the finding has
 * one, a `primaryLocationLineHash` fingerprint identical to upload-sarif's, and `fixes` when the
 * finding has a fix, and `suppressions` (inSource for a directive, external for a config exclusion)
 * when a suppressed finding is kept (`--include-suppressed`; GitHub ignores them, so by default they
 * are left out). A finding's own tags (`test-failure-path`) are the result's `properties.tags`, and a
 * test-failure finding also has `properties["test-failure-path"]: true`. `automationDetails.id` is `<--sarif-category>/`. Notifications (parse errors,
 * unreadable files) are tool execution notifications, never results. `sarifUploadWarnings` tells
 * when a log nears GitHub's upload limits.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { gzipSync } from 'zlib';
import { TEST_FAILURE_TAG, type Finding, type Location, type Notification, type Range, type RuleInfo, type Severity } from '../types';
import { REPOSITORY_URL, ruleDocUrl } from '../docs-url';
import { lineHashes } from './fingerprint';
import { readTextFromDisk, type FormatOptions, type Formatter } from './options';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project home: the repository that holds the rule docs. */
export const INFORMATION_URI = REPOSITORY_URL;
/** `automationDetails.id`: the category GitHub files the alerts under (text up to the last `/`). */
export const AUTOMATION_ID = 'golint-chan/';
const SRCROOT = '%SRCROOT%';
/** Notification kinds that mean a file was not analysed at all. */
const NOT_ANALYSED = new Set(['read-error', 'binary-file', 'file-too-large']);

const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

/**
 * doc.md with every paragraph and list item on one line: GitHub renders `help.markdown` like a
 * comment, where a single newline is a hard line break. Code blocks, headings and tables are kept.
 */
export function unwrapMarkdown(md: string): string {
  const out: string[] = [];
  let inFence = false;
  let joinable = false;
  for (const line of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const blockStart = inFence || /^\s*(```|~~~|#|\||>|[-*+] |\d+[.)] )/.test(line) || line.trim() === '';
    if (!blockStart && joinable) out[out.length - 1] += ' ' + line.trim();
    else out.push(inFence ? line : line.trimEnd());
    joinable = !inFence && line.trim() !== '' && !/^\s*(```|~~~|#|\|)/.test(line);
  }
  return out.join('\n');
}

function region(r: Range) {
  return {
    startLine: Math.max(1, r.start.line),
    startColumn: Math.max(1, r.start.column),
    endLine: Math.max(1, r.end.line),
    endColumn: Math.max(1, r.end.column),
  };
}

/** `[`, `]` and `\` would break SARIF's embedded links. */
function escapeLinkText(s: string): string {
  return s.replace(/[\\[\]]/g, (c) => '\\' + c);
}

function sentence(s: string): string {
  return /[.!?]$/.test(s) ? s : s + '.';
}

function ruleDescriptor(rule: RuleInfo) {
  const help = unwrapMarkdown(rule.docs.markdown);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: sentence(rule.summary) },
    fullDescription: { text: rule.docs.whatItDoes || sentence(rule.summary) },
    help: { text: help, markdown: help },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [...rule.tags], precision: rule.precision, 'problem.severity': PROBLEM_SEVERITY[rule.severity] },
  };
}

class SarifWriter {
  private readonly hashes = new Map<string, string[] | undefined>();
  private readonly readText: (file: string) => string | undefined;

  constructor(private readonly opts: FormatOptions) {
    this.readText = opts.readText ?? readTextFromDisk;
  }

  /** A repository-relative, percent-encoded URI, or an absolute file URI for a file outside the root. */
  artifactLocation(file: string): { uri: string; uriBaseId?: string } {
    for (const candidate of [file, realpathOrSelf(file)]) {
      const rel = path.relative(this.opts.srcRoot, candidate);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
        return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
      }
    }
    return { uri: pathToFileURL(file).href };
  }

  physicalLocation(file: string, r: Range) {
    return { physicalLocation: { artifactLocation: this.artifactLocation(file), region: region(r) } };
  }

  location(l: Location) {
    return { ...this.physicalLocation(l.file, l.range), message: { text: l.message || 'related location' } };
  }

  fingerprint(file: string, line: number): string | undefined {
    if (!this.hashes.has(file)) {
      const text = this.readText(file);
      this.hashes.set(file, text === undefined ? undefined : lineHashes(text));
    }
    return this.hashes.get(file)?.[line];
  }

  result(f: Finding, rules: readonly RuleInfo[]) {
    const ruleIndex = rules.findIndex((r) => r.id === f.ruleId);
    const links = f.related.map((r, i) => `[${escapeLinkText(r.message || 'related location')}](${i + 1})`);
    const text = sentence(f.message) + (links.length ? ` Related: ${links.join('; ')}.` : '');
    const hash = this.fingerprint(f.file, f.range.start.line);
    return {
      ruleId: f.ruleId,
      ...(ruleIndex >= 0 && { ruleIndex }),
      ...((ruleIndex < 0 || rules[ruleIndex].severity !== f.severity) && { level: f.severity }),
      message: { text },
      locations: [this.physicalLocation(f.file, f.range)],
      ...(f.related.length && { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...this.location(r) })) }),
      ...(f.flow.length && {
        codeFlows: [
          {
            message: { text: 'How the goroutine gets stuck, step by step.' },
            threadFlows: [{ locations: f.flow.map((l) => ({ location: this.location(l) })) }],
          },
        ],
      }),
      ...(f.tags?.length && { properties: { tags: [...f.tags], ...(f.tags.includes(TEST_FAILURE_TAG) && { [TEST_FAILURE_TAG]: true }) } }),
      ...(f.suppression && {
        suppressions: [{ kind: f.suppression.kind, ...(f.suppression.justification && { justification: f.suppression.justification }) }],
      }),
      ...(hash && { partialFingerprints: { primaryLocationLineHash: hash } }),
      ...(f.fix && {
        fixes: [
          {
            description: { text: sentence(f.fix.description) },
            artifactChanges: groupByFile(f.fix.edits).map(([file, edits]) => ({
              artifactLocation: this.artifactLocation(file),
              replacements: edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.text } })),
            })),
          },
        ],
      }),
    };
  }

  notification(n: Notification) {
    const loc =
      n.file === undefined
        ? {}
        : {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: this.artifactLocation(n.file),
                  ...(n.line && { region: { startLine: n.line, ...(n.column && { startColumn: n.column }) } }),
                },
              },
            ],
          };
    return { level: n.level, message: { text: sentence(n.message) }, descriptor: { id: n.kind }, ...loc };
  }
}

function realpathOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function groupByFile<T extends { file: string }>(items: readonly T[]): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const it of items) m.set(it.file, [...(m.get(it.file) ?? []), it]);
  return [...m];
}

export const formatSarif: Formatter = (result, opts) => {
  const w = new SarifWriter(opts);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'golint-chan',
            semanticVersion: result.toolVersion,
            informationUri: INFORMATION_URI,
            rules: result.rules.map(ruleDescriptor),
          },
        },
        automationDetails: { id: opts.sarifCategory ? opts.sarifCategory.replace(/\/*$/, '/') : AUTOMATION_ID },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.srcRoot + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !result.notifications.some((n) => n.level === 'error' || NOT_ANALYSED.has(n.kind)),
            toolExecutionNotifications: result.notifications.map((n) => w.notification(n)),
          },
        ],
        results: result.findings.map((f) => w.result(f, result.rules)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** GitHub code scanning's upload limits (design note ecosystem.md §1.9). */
export const UPLOAD_LIMITS = { results: 25_000, gzipBytes: 10 * 1024 * 1024, locationsPerResult: 1_000, threadFlowLocationsPerResult: 10_000 };
/** Warn from this fraction of a limit on. */
const NEAR = 0.8;

/** Warnings for a SARIF log that is near or over GitHub's upload limits (empty when it is well below). */
export function sarifUploadWarnings(sarif: string, limits = UPLOAD_LIMITS): string[] {
  const warnings: string[] = [];
  const check = (what: string, n: number, max: number) => {
    if (n >= max * NEAR) warnings.push(`SARIF ${what} is ${n}, ${n > max ? 'over' : 'near'} GitHub's upload limit of ${max}`);
  };
  type Res = { locations?: unknown[]; relatedLocations?: unknown[]; codeFlows?: { threadFlows: { locations: unknown[] }[] }[] };
  const log = JSON.parse(sarif) as { runs: { results: Res[] }[] };
  check('gzip size in bytes', gzipSync(sarif).length, limits.gzipBytes);
  for (const run of log.runs) {
    check('results per run', run.results.length, limits.results);
    const most = (count: (r: Res) => number) => run.results.reduce((m, r) => Math.max(m, count(r)), 0);
    check('largest number of locations in a result', most((r) => (r.locations?.length ?? 0) + (r.relatedLocations?.length ?? 0)), limits.locationsPerResult);
    const flowSteps = (r: Res) => (r.codeFlows ?? []).reduce((n, c) => n + c.threadFlows.reduce((k, t) => k + t.locations.length, 0), 0);
    check('largest number of code flow steps in a result', most(flowSteps), limits.threadFlowLocationsPerResult);
  }
  return warnings;
}
