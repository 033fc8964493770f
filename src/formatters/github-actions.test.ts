import * as fs from 'fs';
import * as path from 'path';
import type { Finding, RunResult } from '../types';
import { escapeData, escapeProperty, formatGithubActions } from './github-actions';

const DATA = path.join(__dirname, '../../testdata/_formatters');
const input: RunResult = JSON.parse(fs.readFileSync(path.join(DATA, 'input.json'), 'utf8'));
const opts = { cwd: '/fake/root/svc', srcRoot: '/fake/root' };

/** actions/toolkit's parser splits the command at the first `::` after the properties, then on `,` and `=`. */
function parse(line: string) {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => kv.split('=')).map(([k, v]) => [k, unescape(v)]));
  return { command: m[1], props, message: unescape(m[3]) };
}

describe('github-actions', () => {
  it('escapes data and property values as actions/toolkit does', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
  });

  it('annotates each finding with repo-relative path, UTF-16 columns and a title, then a summary', () => {
    const lines = formatGithubActions(input, opts).trimEnd().split('\n');
    const first = parse(lines[0]);
    expect(first.command).toBe('warning');
    expect(first.props).toEqual({ file: 'svc/leak.go', line: '7', col: '31', endColumn: '38', title: 'golint-chan(abandoned-send)' });
    expect(first.message).toContain('\nsvc/leak.go:11:2: the select stops receiving from ch here');
    expect(lines.every((l) => l.startsWith('::'))).toBe(true);
    const summary = parse(lines[lines.length - 1]);
    expect(summary.command).toBe('notice');
    expect(summary.message).toBe('2 findings (1 error, 1 warning, 0 note) in 3 files of 2 packages');
  });

  it('round-trips hostile text and leaves suppressed findings out of the annotations', () => {
    const f: Finding = {
      ...input.findings[0],
      severity: 'error',
      file: '/fake/root/a,b:c%.go',
      message: 'line one\r\nline two: 100%, done',
      related: [],
      range: { start: { line: 2, column: 3, byteColumn: 3 }, end: { line: 4, column: 1, byteColumn: 1 } },
    };
    const suppressed: Finding = { ...f, suppression: { kind: 'inSource', justification: 'ok' } };
    const lines = formatGithubActions({ ...input, findings: [f, suppressed], notifications: [] }, opts).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const a = parse(lines[0]);
    expect(a.command).toBe('error');
    expect(a.props).toEqual({ file: 'a,b:c%.go', line: '2', endLine: '4', col: '3', title: 'golint-chan(abandoned-send)' });
    expect(a.message).toBe(f.message);
    expect(parse(lines[1]).message).toContain('1 finding (1 error, 0 warning, 0 note), 1 suppressed');
  });
});
