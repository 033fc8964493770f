/**
 * The `text` format, like `go vet` and staticcheck: one line per finding,
 *
 *     path:line:col: message (rule-id)
 *
 * with cwd-relative paths and 1-based UTF-8 byte columns, followed by one tab-indented line per related
 * location (`\tpath:line:col: message`). Editors parse it with vscode-go's lint regex; continuation lines
 * starting with a tab are appended to the previous diagnostic. Control and bidirectional-formatting
 * characters in paths and messages are written as escapes (`\x1b`, `\u202e`; see escape.ts).
 */
import * as path from 'path';
import type { Notification, Position } from '../types';
import type { Formatter } from './options';
import { escapeTerminal } from './escape';

const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

function where(cwd: string, file: string, p: Position, abs: boolean): string {
  return `${escapeTerminal(abs ? file : path.relative(cwd, file))}:${p.line}:${p.byteColumn}`;
}

export const formatText: Formatter = (result, { cwd, color, pathMode }) => {
  const abs = pathMode === 'abs';
  const paint = (code: string, s: string) => (color ? code + s + RESET : s);
  let out = '';
  for (const f of result.findings) {
    const suppressed = f.suppression ? paint(DIM, ` [suppressed${f.suppression.justification ? `: ${escapeTerminal(f.suppression.justification)}` : ''}]`) : '';
    out += `${paint(BOLD, where(cwd, f.file, f.range.start, abs))}: ${escapeTerminal(f.message)} ${paint(DIM, `(${escapeTerminal(f.ruleId)})`)}${suppressed}\n`;
    for (const r of f.related) out += `\t${where(cwd, r.file, r.range.start, abs)}: ${escapeTerminal(r.message)}\n`;
  }
  return out;
};

/** A notification as a stderr line: `golint-chan: warning: path:line:col: message`. */
/** A notification on stderr, Go style: byte columns like the findings. */
export function formatNotificationLine(n: Notification, cwd: string, color = false): string {
  const loc = n.file === undefined ? '' : `${escapeTerminal(path.relative(cwd, n.file) || '.')}${n.line ? `:${n.line}${n.column ? `:${n.byteColumn ?? n.column}` : ''}` : ''}: `;
  const level = color ? YELLOW + n.level + RESET : n.level;
  return `golint-chan: ${level}: ${loc}${escapeTerminal(n.message)}\n`;
}
