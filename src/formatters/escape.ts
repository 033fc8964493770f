/**
 * Output meant for a terminal or a log viewer (the text format, stderr notification lines, GitHub
 * workflow commands) shows file names and messages that come from the linted tree. A name holding an
 * ESC sequence could recolor the terminal, move the cursor or set its title, and a bidirectional
 * override (U+202E) could make a line read differently from what it is (Trojan Source). Those
 * characters are shown as escapes instead: `\x1b`, `\u202e`, as Go's %q writes them.
 */

/**
 * C0 controls (tab and newline included: they delimit the text format), DEL, C1 controls, and the
 * invisible formatting characters that reorder or hide text: the Arabic letter mark, zero-width
 * spaces and joiners, LRM/RLM, the line and paragraph separators, embeddings, overrides and isolates,
 * word joiner and invisible operators, and the BOM.
 */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escapeChar(c: string): string {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * `s` with every control and bidirectional-formatting character written as an escape. With
 * `keepLineBreaks`, `\r` and `\n` stay (for formats that encode them themselves, as workflow commands
 * do with %0D and %0A).
 */
export function escapeTerminal(s: string, opts: { keepLineBreaks?: boolean } = {}): string {
  return s.replace(UNSAFE, (c) => (opts.keepLineBreaks && (c === '\n' || c === '\r') ? c : escapeChar(c)));
}
