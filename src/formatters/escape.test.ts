/**
 * Issue 15: ESC sequences and bidirectional overrides from file names and messages never reach the
 * terminal raw, in the text and github-actions formats and on stderr.
 */
import type { Finding, RunResult } from '../types';
import { escapeTerminal } from './escape';
import { formatGithubActions } from './github-actions';
import { formatNotificationLine, formatText } from './text';
import { formatMarkdown } from './markdown';
import { removeTempTrees, tempTree } from '../testing/temp-tree';
import { run } from '../cli';

/** Raw control characters (other than the newlines and tabs the formats put there themselves) or bidi controls. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const pos = (line: number) => ({ line, column: 1, byteColumn: 1 });
const hostileFile = '/r/evil\x1b]0;pwned\x07\x1b[2J/\u202egnp.go';
const finding: Finding = {
  ruleId: 'abandoned-send',
  severity: 'warning',
  message: 'send on \x1b[31mch\x1b[0m \u202edesrever',
  file: hostileFile,
  range: { start: pos(3), end: pos(3) },
  related: [{ file: hostileFile, range: { start: pos(4), end: pos(4) }, message: 'partner\u2066 here\x9b' }],
  flow: [],
  suppression: { kind: 'inSource', justification: 'because\x1b[8m hidden' },
};
const result: RunResult = {
  toolVersion: '0',
  findings: [finding],
  notifications: [{ level: 'warning', kind: 'parse-error', message: 'bad \x1b[1mtoken\u202e', file: hostileFile, line: 1 }],
  rules: [],
  filesScanned: 1,
  packagesScanned: 1,
};

afterAll(removeTempTrees);

describe('escapeTerminal', () => {
  it('writes controls and bidi characters as Go-style escapes and leaves the rest alone', () => {
    expect(escapeTerminal('a\x1b[31mb\u202ec\td\ne\u00e9\u4e16\\')).toBe('a\\x1b[31mb\\u202ec\\x09d\\x0ae\u00e9\u4e16\\');
  });
});

describe('no raw escape reaches the terminal', () => {
  it('text format', () => {
    const out = formatText(result, { cwd: '/r', srcRoot: '/r' });
    expect(out).not.toMatch(RAW);
    expect(out).toBe(
      'evil\\x1b]0;pwned\\x07\\x1b[2J/\\u202egnp.go:3:1: send on \\x1b[31mch\\x1b[0m \\u202edesrever (abandoned-send) [suppressed: because\\x1b[8m hidden]\n' +
        '\tevil\\x1b]0;pwned\\x07\\x1b[2J/\\u202egnp.go:4:1: partner\\u2066 here\\x9b\n',
    );
    // Our own colors still work.
    expect(formatText(result, { cwd: '/r', srcRoot: '/r', color: true })).toContain('\x1b[1m');
  });

  it('stderr notification lines', () => {
    const line = formatNotificationLine(result.notifications[0], '/r');
    expect(line).not.toMatch(RAW);
    expect(line).toBe('golint-chan: warning: evil\\x1b]0;pwned\\x07\\x1b[2J/\\u202egnp.go:1: bad \\x1b[1mtoken\\u202e\n');
  });

  it('github-actions format', () => {
    const out = formatGithubActions({ ...result, findings: [{ ...finding, suppression: undefined }] }, { cwd: '/r', srcRoot: '/r' });
    expect(out).not.toMatch(RAW);
    expect(out).toContain('file=evil\\x1b]0;pwned\\x07\\x1b[2J/\\u202egnp.go');
    expect(out).toContain('::send on \\x1b[31mch\\x1b[0m \\u202edesrever%0Aevil');
  });

  it('markdown format (printed to the terminal, or shown in a step summary)', () => {
    const out = formatMarkdown({ ...result, findings: [{ ...finding, suppression: undefined }] }, { cwd: '/r', srcRoot: '/r' });
    expect(out).not.toMatch(RAW);
    expect(out).toContain('`evil\\x1b]0;pwned\\x07\\x1b[2J/\\u202egnp.go:3:1`');
  });

  it('through the CLI: a leak in a file whose name holds ESC and U+202E', async () => {
    const leak =
      'package p\n\nimport "time"\n\nfunc Get(d time.Duration) int {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tselect {\n\tcase v := <-ch:\n\t\treturn v\n\tcase <-time.After(d):\n\t\treturn 0\n\t}\n}\n';
    const dir = tempTree('glc-escape-', { 'go.mod': 'module m\n', 'p\x1b[2J/x\u202eog.go': leak });
    for (const format of ['text', 'github-actions', 'markdown']) {
      let stdout = '';
      let stderr = '';
      const code = await run(['--format', format, './...'], { io: { cwd: dir, env: {}, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) } });
      expect(code).toBe(1);
      expect(stdout).toContain('p\\x1b[2J/x\\u202eog.go');
      expect(stdout + stderr).not.toMatch(RAW);
    }
  });
});
