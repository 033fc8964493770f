import * as fs from 'fs';
import * as path from 'path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Finding, RunResult } from '../types';
import { formatSarif, sarifUploadWarnings } from './sarif';

const DATA = path.join(__dirname, '../../testdata/_formatters');
const input: RunResult = JSON.parse(fs.readFileSync(path.join(DATA, 'input.json'), 'utf8'));
const opts = { cwd: '/fake/root/svc', srcRoot: '/fake/root', readText: () => undefined };
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../testdata/_schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const suppressed: Finding[] = [
  { ...input.findings[0], suppression: { kind: 'inSource', justification: 'the reader always drains ch' } },
  { ...input.findings[1], suppression: { kind: 'external', justification: '' } },
];

function sarif(result: RunResult, o: Partial<typeof opts & { sarifCategory: string }> = {}) {
  const log = JSON.parse(formatSarif(result, { ...opts, ...o }));
  expect(validate(log) ? [] : validate.errors).toEqual([]);
  return log.runs[0];
}

describe('sarif leak paths', () => {
  it('tells each leak as a schema-valid code flow whose every step has a message', () => {
    const withFlow = input.findings.filter((f) => f.flow.length);
    expect(withFlow.length).toBeGreaterThan(0);
    const run = sarif(input);
    for (const f of withFlow) {
      const result = run.results[input.findings.indexOf(f)];
      const steps = result.codeFlows[0].threadFlows[0].locations;
      expect(steps.map((s: { location: { message: { text: string } } }) => s.location.message.text)).toEqual(f.flow.map((l) => l.message));
      expect(steps.every((s: { location: { message: { text: string } } }) => s.location.message.text.length > 0)).toBe(true);
      expect(result.codeFlows[0].message.text).not.toBe('');
    }
  });

  it('links every related location from the message by its id', () => {
    for (const r of sarif(input).results) {
      const ids = [...r.message.text.matchAll(/\]\((\d+)\)/g)].map((m) => Number(m[1]));
      expect(ids).toEqual((r.relatedLocations ?? []).map((l: { id: number }) => l.id));
    }
  });

  it('emits suppressions only for suppressed findings', () => {
    expect(sarif(input).results.every((r: object) => !('suppressions' in r))).toBe(true);
    const run = sarif({ ...input, findings: suppressed });
    expect(run.results[0].suppressions).toEqual([{ kind: 'inSource', justification: 'the reader always drains ch' }]);
    expect(run.results[1].suppressions).toEqual([{ kind: 'external' }]);
  });

  it('carries the tags of a finding as schema-valid result properties (test-failure-path)', () => {
    expect(sarif(input).results.every((r: object) => !('properties' in r))).toBe(true);
    const run = sarif({ ...input, findings: [{ ...input.findings[0], tags: ['test-failure-path'] }] });
    expect(run.results[0].properties).toEqual({ tags: ['test-failure-path'], 'test-failure-path': true });
  });

  it('files the run under --sarif-category', () => {
    expect(sarif(input).automationDetails.id).toBe('golint-chan/');
    expect(sarif(input, { sarifCategory: 'golint-chan/svc' }).automationDetails.id).toBe('golint-chan/svc/');
    expect(sarif(input, { sarifCategory: 'mod-a/' }).automationDetails.id).toBe('mod-a/');
  });

  it('keeps parse failures out of the results', () => {
    const run = sarif(input);
    expect(run.results).toHaveLength(input.findings.length);
    expect(run.invocations[0].toolExecutionNotifications.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toContain('parse-error');
  });

  it('warns near the upload limits, and not below them', () => {
    const text = formatSarif(input, opts);
    expect(sarifUploadWarnings(text)).toEqual([]);
    const small = { results: 2, gzipBytes: 10_000_000, locationsPerResult: 2, threadFlowLocationsPerResult: 3 };
    const w = sarifUploadWarnings(text, small);
    expect(w).toContain("SARIF results per run is 2, near GitHub's upload limit of 2");
    expect(w.some((s) => s.startsWith('SARIF largest number of locations in a result is'))).toBe(true);
    expect(w.some((s) => /code flow steps in a result is \d+, (near|over)/.test(s))).toBe(true);
    expect(sarifUploadWarnings(text, { ...small, gzipBytes: 10 }).some((s) => /gzip size in bytes is \d+, over/.test(s))).toBe(true);
  });
});
