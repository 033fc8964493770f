/**
 * The `github-actions` format: workflow-command annotations (design note ecosystem.md §4.1),
 *
 *     ::warning file=pkg/a.go,line=12,col=3,endColumn=15,title=golint-chan(abandoned-send)::message
 *
 * one per finding (error → `::error`, warning → `::warning`, note → `::notice`), paths relative to the
 * repository root with forward slashes, columns in UTF-16 code units; `endLine` only when the range
 * spans lines. Warning and error notifications (parse errors, unreadable files) are annotated too.
 * A last `::notice::` line gives the totals: GitHub shows at most 10 warning and 10 error annotations
 * per step, so the summary says how many there are. Escaping as actions/toolkit's command.ts does:
 * data `%` `\r` `\n`; property values also `:` and `,`. Before that, control and bidirectional-formatting
 * characters of paths and messages (an ESC sequence, U+202E) are written as visible escapes (escape.ts),
 * so that the log viewer shows what is there. Suppressed findings are not annotated.
 */
import type { Finding, Notification, Severity } from '../types';
import { posixRelative, type Formatter } from './options';
import { escapeTerminal } from './escape';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${list ? ' ' + list : ''}::${escapeData(message)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const formatGithubActions: Formatter = (result, { srcRoot }) => {
  // Line breaks are kept: escapeData and escapeProperty encode them (%0A), and the runner decodes them.
  const text = (s: string) => escapeTerminal(s, { keepLineBreaks: true });
  const rel = (file: string) => text(posixRelative(srcRoot, file));
  const annotate = (f: Finding) =>
    command(
      COMMAND[f.severity],
      {
        file: rel(f.file),
        line: f.range.start.line,
        endLine: f.range.end.line !== f.range.start.line ? f.range.end.line : undefined,
        col: f.range.start.column,
        endColumn: f.range.end.line === f.range.start.line ? f.range.end.column : undefined,
        title: `golint-chan(${f.ruleId})`,
      },
      text(f.message) + f.related.map((r) => `\n${rel(r.file)}:${r.range.start.line}:${r.range.start.column}: ${text(r.message)}`).join(''),
    );
  const notify = (n: Notification) =>
    command(n.level === 'error' ? 'error' : 'warning', { file: n.file === undefined ? undefined : rel(n.file), line: n.line, col: n.column, title: `golint-chan: ${text(n.kind)}` }, text(n.message));

  const shown = result.findings.filter((f) => !f.suppression);
  let out = shown.map(annotate).join('');
  out += result.notifications.filter((n) => n.level !== 'note').map(notify).join('');
  const count = (s: Severity) => shown.filter((f) => f.severity === s).length;
  const suppressed = result.findings.length - shown.length;
  out += command(
    'notice',
    { title: 'golint-chan' },
    `${plural(shown.length, 'finding')} (${count('error')} error, ${count('warning')} warning, ${count('note')} note)` +
      `${suppressed ? `, ${suppressed} suppressed` : ''} in ${plural(result.filesScanned, 'file')} of ${plural(result.packagesScanned, 'package')}`,
  );
  return out;
};
