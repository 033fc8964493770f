/**
 * The formats for other CI systems, each checked by a real consumer or the documented contract:
 * - code-climate (GitLab Code Quality): the fields GitLab requires (docs, "Implement a custom tool"), as a JSON
 *   Schema checked with ajv, plus the published Code Climate types at compile time (code-climate.ts); the
 *   fingerprint survives line shifts and tells identical lines apart;
 * - checkstyle: parsed by danger-plugin-lint-report's checkstyle parser (npm), which posts them on pull requests;
 * - junit-xml: parsed by test-results-parser (npm; TestBeats' JUnit reader), as CI dashboards read it.
 * The goldens are in formatters.test.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { xml2js } from 'xml-js';
import { parse as parseTestResults } from 'test-results-parser';
import type { Finding, RunResult } from '../types';
import { formatters } from './index';
import { input, opts } from '../testing/formatter-fixture';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseCheckstyle } = require('danger-plugin-lint-report/dist/parse/checkstyle_parser') as {
  parseCheckstyle(report: unknown, root: string): { file: string; line: number; column: number; severity: string; message: string }[];
};

const tricky = 'a <b> & "c" \'d\'\nsecond line \u0001 é😀';

describe('code-climate (GitLab Code Quality)', () => {
  // https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format: an array of objects with
  // description, check_name, fingerprint, severity (info|minor|major|critical|blocker), location.path and
  // location.lines.begin (or location.positions.begin.line).
  const gitlab = new Ajv({ allErrors: true, strict: false }).compile({
    type: 'array',
    items: {
      type: 'object',
      required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
      properties: {
        type: { const: 'issue' },
        description: { type: 'string', minLength: 1, pattern: '^[^\\n]*$' },
        check_name: { type: 'string', minLength: 1 },
        fingerprint: { type: 'string', minLength: 1 },
        severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
        categories: { type: 'array', minItems: 1, items: { enum: ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'] } },
        location: {
          type: 'object',
          required: ['path', 'lines'],
          properties: {
            path: { type: 'string', pattern: '^[^/]' },
            lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
          },
        },
      },
    },
  });

  it('has every field GitLab requires, repository-relative paths, severities mapped', () => {
    const issues = JSON.parse(formatters['code-climate'](input, opts));
    expect(gitlab(issues)).toBe(true);
    expect(issues.map((i: { location: { path: string }; severity: string; check_name: string }) => [i.location.path, i.severity, i.check_name])).toEqual([
      ['svc/leak.go', 'major', 'golint-chan/abandoned-send'],
      ['svc/with space/b.go', 'critical', 'golint-chan/abandoned-send'],
    ]);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
  });

  it('fingerprints survive lines moving, change when the line itself changes, and tell identical lines apart', () => {
    const text = opts.readText!(input.findings[0].file)!;
    const shift = (f: Finding, by: number): Finding => ({ ...f, range: { start: { ...f.range.start, line: f.range.start.line + by }, end: { ...f.range.end, line: f.range.end.line + by } } });
    const run = (findings: Finding[], src: string) =>
      (JSON.parse(formatters['code-climate']({ ...input, findings }, { ...opts, readText: () => src })) as { fingerprint: string }[]).map((i) => i.fingerprint);
    const [before] = run([input.findings[0]], text);
    expect(run([shift(input.findings[0], 3)], '\n\n\n' + text)).toEqual([before]);
    const lines = text.split('\n');
    lines[input.findings[0].range.start.line - 1] += ' // edited';
    expect(run([input.findings[0]], lines.join('\n'))).not.toEqual([before]);
    const twice = run([input.findings[0], input.findings[0]], text);
    expect(twice[0]).toBe(before);
    expect(twice[1]).not.toBe(before);
  });

  it('keeps descriptions on one line', () => {
    const out = JSON.parse(formatters['code-climate']({ ...input, findings: [{ ...input.findings[0], message: tricky }] }, opts));
    expect(gitlab(out)).toBe(true);
  });
});

describe('checkstyle, read by danger-plugin-lint-report', () => {
  it('gives back every finding with its file, line, column, severity and message', () => {
    const xml = formatters.checkstyle(input, opts);
    const violations = parseCheckstyle(xml2js(xml), '/no-such-root/');
    expect(violations).toEqual([
      { file: 'svc/leak.go', line: 7, column: 31, severity: 'warning', message: expect.stringMatching(/^goroutine may block forever sending on ch: [^\n]*\nsvc\/leak\.go:11:2: the select stops receiving from ch here\n/) },
      { file: 'svc/with space/b.go', line: 5, column: 14, severity: 'error', message: 'goroutine may block forever sending on done: nothing receives from it' },
    ]);
  });

  it('escapes what XML cannot hold as it is', () => {
    const xml = formatters.checkstyle({ ...input, findings: [{ ...input.findings[1], message: tricky, related: [] }] }, opts);
    const [v] = parseCheckstyle(xml2js(xml), '/no-such-root/');
    expect(v.message).toBe(tricky.replace('\u0001', '\uFFFD'));
  });

  it('is an empty report without findings', () => {
    expect(parseCheckstyle(xml2js(formatters.checkstyle({ ...input, findings: [] }, opts)), '/no-such-root/')).toEqual([]);
  });
});

describe('junit-xml, read by test-results-parser', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-junit-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const read = (result: RunResult, name: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, formatters['junit-xml'](result, opts));
    return parseTestResults({ type: 'junit', files: [file] });
  };

  it('one failing test case per finding, one suite per package directory', () => {
    const r = read(input, 'findings.xml');
    expect({ total: r.total, failed: r.failed, passed: r.passed }).toEqual({ total: 2, failed: 2, passed: 0 });
    expect(r.suites.map((s) => [s.name, s.total, s.failed])).toEqual([
      ['svc', 1, 1],
      ['svc/with space', 1, 1],
    ]);
    expect(r.suites[0].cases[0]).toMatchObject({ name: 'abandoned-send: svc/leak.go:7:31', status: 'FAIL', failure: expect.stringMatching(/^svc\/leak\.go:7:31: goroutine may block forever/) });
    expect(r.suites[0].cases[0].stack_trace).toMatch(/^warning: goroutine may block forever.*\nRule: abandoned-send\nFile: svc\/leak\.go\nLine: 7\nColumn: 31\nRelated: svc\/leak\.go:11:2: the select stops receiving from ch here\n/s);
  });

  it('a clean run is one passing test, not an empty report (which Jenkins and GitLab reject)', () => {
    const r = read({ ...input, findings: [], packagesScanned: 3 }, 'clean.xml');
    expect({ total: r.total, failed: r.failed, passed: r.passed }).toEqual({ total: 1, failed: 0, passed: 1 });
  });

  it('escapes what XML cannot hold as it is', () => {
    const r = read({ ...input, findings: [{ ...input.findings[1], message: tricky, related: [] }] }, 'tricky.xml');
    expect(r.suites[0].cases[0].failure).toBe(`svc/with space/b.go:5:14: ${tricky.replace('\u0001', '\uFFFD').replace('\n', ' ')}`);
    expect(r.suites[0].cases[0].stack_trace).toContain(tricky.replace('\u0001', '\uFFFD'));
  });
});
