/**
 * The `markdown` format: a heading with the totals and one table row per finding, for a GitHub Actions
 * step summary (`$GITHUB_STEP_SUMMARY`, which the action appends it to) or a pull-request comment.
 *
 *     ### golint-chan: 2 findings (0 error, 2 warning, 0 note) in 3 files of 1 package
 *
 *     | Severity | Rule | Location | Message |
 *     | --- | --- | --- | --- |
 *     | warning | [abandoned-send](…/rules/abandoned-send/doc.md) | `svc/a.go:7:14` | goroutine may block … |
 *
 * Paths are relative to the repository root (like SARIF and the annotations), columns are UTF-16 (what
 * GitHub's annotations use). A step summary is limited to 1 MiB, so after `MAX_ROWS` rows the table stops
 * and a line says how many findings were left out (never silently). Warning and error notifications
 * (parse errors, unreadable files) follow in a list. Suppressed findings are not listed.
 */
import type { Finding, Notification, Severity } from '../types';
import { ruleDocUrl } from '../docs-url';
import { posixRelative, type Formatter } from './options';
import { escapeTerminal } from './escape';

export const MAX_ROWS = 1000;

/**
 * Table cell text: no line breaks, `|` and Markdown/HTML specials escaped, control and bidi characters
 * (ESC sequences, U+202E, from file names and messages) written as visible escapes (escape.ts).
 */
export function cell(s: string): string {
  return escapeTerminal(s.replace(/\r?\n/g, ' ')).replace(/[\\|*_[\]<>`]/g, (c) => '\\' + c);
}

function code(s: string): string {
  return '`' + escapeTerminal(s).replace(/`/g, "'") + '`';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const formatMarkdown: Formatter = (result, { srcRoot }) => {
  const rel = (file: string) => posixRelative(srcRoot, file);
  const shown = result.findings.filter((f) => !f.suppression);
  const count = (s: Severity) => shown.filter((f) => f.severity === s).length;
  const suppressed = result.findings.length - shown.length;
  let out =
    `### golint-chan: ${plural(shown.length, 'finding')} (${count('error')} error, ${count('warning')} warning, ${count('note')} note)` +
    `${suppressed ? `, ${suppressed} suppressed` : ''} in ${plural(result.filesScanned, 'file')} of ${plural(result.packagesScanned, 'package')}\n\n`;
  if (shown.length) {
    out += '| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n';
    const row = (f: Finding) =>
      `| ${f.severity} | [${cell(f.ruleId)}](${ruleDocUrl(f.ruleId)}) | ${code(`${rel(f.file)}:${f.range.start.line}:${f.range.start.column}`)} | ${cell(f.message)} |\n`;
    out += shown.slice(0, MAX_ROWS).map(row).join('');
    if (shown.length > MAX_ROWS) out += `\n${shown.length - MAX_ROWS} more findings are not listed here (the SARIF report and the other formats have all of them).\n`;
  } else out += 'No goroutine can be shown to block forever.\n';
  const problems = result.notifications.filter((n) => n.level !== 'note');
  if (problems.length) {
    const item = (n: Notification) => `- ${n.level} (${n.kind})${n.file === undefined ? '' : ` ${code(rel(n.file) + (n.line ? `:${n.line}` : ''))}`}: ${cell(n.message)}\n`;
    out += `\n**Problems with the run:**\n\n${problems.map(item).join('')}`;
  }
  return out;
};
