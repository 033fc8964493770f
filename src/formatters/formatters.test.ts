import * as fs from 'fs';
import * as path from 'path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { RunResult } from '../types';
import { formatters, type FormatName } from './index';
import { DATA, input, opts } from '../testing/formatter-fixture';
import { formatNotificationLine } from './text';
import { unwrapMarkdown } from './sarif';
import { MAX_ROWS } from './markdown';


describe.each(['text', 'json', 'sarif', 'markdown', 'code-climate', 'checkstyle', 'junit-xml'] as FormatName[])('%s golden', (name) => {
  it(`matches testdata/_formatters/${name}.golden (UPDATE_GOLDEN=1 rewrites it)`, () => {
    const golden = path.join(DATA, `${name}.golden`);
    const out = formatters[name](input, opts);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, out);
    expect(out).toBe(fs.readFileSync(golden, 'utf8'));
  });
});

describe('text', () => {
  // vscode-go's lint output regex (extension/src/util.ts, handleDiagnosticErrors).
  const VSCODE_GO = /^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$/;

  it('prints go vet lines with byte columns that vscode-go parses', () => {
    const lines = formatters.text(input, opts).split('\n');
    const m = VSCODE_GO.exec(lines[0]);
    expect(m).not.toBeNull();
    expect(m![2]).toBe('leak.go');
    expect(m![4]).toBe('7');
    expect(m![6]).toBe('34'); // byte column; the UTF-16 column is 31
    expect(m![7]).toMatch(/ \(abandoned-send\)$/);
    expect(lines[1]).toBe('\tleak.go:11:2: the select stops receiving from ch here');
    expect(lines.filter((l) => l && !l.startsWith('\t'))).toHaveLength(2);
    expect(lines.every((l) => l === '' || l.startsWith('\t') || VSCODE_GO.test(l))).toBe(true);
  });

  it('colors only when asked', () => {
    expect(formatters.text(input, opts)).not.toContain('\x1b[');
    expect(formatters.text(input, { ...opts, color: true })).toContain('\x1b[1mleak.go:7:34\x1b[0m');
  });

  it('formats notifications for stderr', () => {
    expect(formatNotificationLine(input.notifications[0], opts.cwd)).toBe(
      'golint-chan: warning: broken.go:3:5: syntax error (missing })\n',
    );
    expect(formatNotificationLine(input.notifications[1], opts.cwd)).toBe('golint-chan: warning: "./empty/..." matched no packages\n');
  });
});

describe('json', () => {
  it('uses cwd-relative POSIX paths, both column kinds and the stats', () => {
    const doc = JSON.parse(formatters.json(input, opts));
    expect(doc.tool).toEqual({ name: 'golint-chan', version: '0.1.0' });
    expect(doc.findings[1].file).toBe('with space/b.go');
    expect(doc.findings[0]).toMatchObject({ line: 7, column: 31, byteColumn: 34, endLine: 7, endColumn: 38 });
    expect(doc.findings[0].fix.edits[0]).toEqual({ file: 'leak.go', line: 6, column: 24, endLine: 6, endColumn: 24, text: ', 1' });
    expect(doc.findings[1]).not.toHaveProperty('fix');
    expect(doc.notifications[0].file).toBe('broken.go');
    expect(doc.stats).toEqual({ files: 3, packages: 2 });
  });
});

describe('sarif', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../testdata/_schemas/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const log = JSON.parse(formatters.sarif(input, opts));
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const clean = JSON.parse(formatters.sarif({ ...input, findings: [], notifications: [] }, opts));
    expect(validate(clean) ? [] : validate.errors).toEqual([]);
    expect(clean.runs[0].results).toEqual([]);
  });

  it('has no empty required string and no column below 1', () => {
    const required: unknown[] = [log.$schema, log.version, run.tool.driver.name];
    for (const r of run.tool.driver.rules) required.push(r.id, r.shortDescription.text, r.fullDescription.text, r.help.text);
    for (const r of run.results) required.push(r.message.text);
    for (const s of required) expect(typeof s === 'string' && s.length > 0).toBe(true);
    const columns: number[] = [];
    JSON.stringify(log, (k, v) => (k === 'startColumn' || k === 'endColumn' ? (columns.push(v), v) : v));
    expect(columns.length).toBeGreaterThan(10);
    expect(Math.min(...columns)).toBeGreaterThanOrEqual(1);
  });

  it('places results with repo-relative, percent-encoded URIs and UTF-16 columns', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///fake/root/');
    expect(run.automationDetails.id).toBe('golint-chan/');
    const [leak, space] = run.results;
    expect(leak.locations).toHaveLength(1);
    expect(leak.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'svc/leak.go', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 31, endLine: 7, endColumn: 38 },
    });
    expect(space.locations[0].physicalLocation.artifactLocation.uri).toBe('svc/with%20space/b.go');
    expect(leak.ruleIndex).toBe(0);
    expect(leak).not.toHaveProperty('level');
    expect(space.level).toBe('error');
  });

  it('links related locations from a message that ends with a period', () => {
    const [leak, space] = run.results;
    expect(leak.message.text).toMatch(/\.$/);
    expect(leak.message.text).toContain('[the select stops receiving from ch here](1)');
    expect(leak.message.text).toContain('[goroutine that sends on ch \\[x\\] starts here](2)');
    expect(leak.relatedLocations.map((r: { id: number }) => r.id)).toEqual([1, 2]);
    expect(leak.codeFlows[0].threadFlows[0].locations).toHaveLength(4);
    expect(space).not.toHaveProperty('relatedLocations');
    expect(space).not.toHaveProperty('codeFlows');
    expect(leak.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 6, startColumn: 24, endLine: 6, endColumn: 24 },
      insertedContent: { text: ', 1' },
    });
  });

  it('fingerprints the primary line from the file text, or leaves it out', () => {
    expect(run.results[0].partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{1,16}:1$/);
    const none = JSON.parse(formatters.sarif(input, { ...opts, readText: () => undefined }));
    expect(none.runs[0].results[0]).not.toHaveProperty('partialFingerprints');
  });

  it('describes every enabled rule with its unwrapped doc', () => {
    const [rule] = run.tool.driver.rules;
    expect(rule).toMatchObject({
      id: 'abandoned-send',
      name: 'AbandonedSend',
      shortDescription: { text: 'goroutine sends on a channel whose receiver can stop receiving first.' },
      fullDescription: { text: 'Reports a send that can block forever.' },
      defaultConfiguration: { level: 'warning' },
      properties: { precision: 'high', 'problem.severity': 'warning' },
    });
    expect(rule.help.markdown).toContain('## What it does\nReports a send that can block forever.\n');
  });

  it('reports notifications as tool execution notifications', () => {
    const inv = run.invocations[0];
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolExecutionNotifications[0]).toEqual({
      level: 'warning',
      message: { text: 'syntax error (missing }).' },
      descriptor: { id: 'parse-error' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'svc/broken.go', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 } } }],
    });
    const failed = JSON.parse(
      formatters.sarif({ ...input, notifications: [{ level: 'warning', kind: 'read-error', file: '/x/a.go', message: 'cannot read file: EACCES' }] }, opts),
    );
    expect(failed.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(failed.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'file:///x/a.go',
    });
  });
});

describe('unwrapMarkdown', () => {
  it('puts each paragraph and list item on one line and keeps code blocks', () => {
    const md = '# T\n\n## A\nline one\nline two\n\n```go\nx := 1\ny := 2\n```\n- item\n  more\n- next\n| a |\n| b |\n';
    expect(unwrapMarkdown(md)).toBe('# T\n\n## A\nline one line two\n\n```go\nx := 1\ny := 2\n```\n- item more\n- next\n| a |\n| b |\n');
  });
});

describe('markdown', () => {
  it('escapes table cells and says how many rows were left out (step summaries hold 1 MiB)', () => {
    const f = { ...input.findings[0], suppression: undefined, message: 'a | b\nc' };
    const many: RunResult = { ...input, notifications: [], findings: Array.from({ length: MAX_ROWS + 2 }, () => f) };
    const out = formatters.markdown(many, opts);
    expect(out).toContain('| a \\| b c |');
    expect(out.split('\n').filter((l) => l.startsWith('| warning'))).toHaveLength(MAX_ROWS);
    expect(out).toContain(`\n2 more findings are not listed here`);
  });
});
