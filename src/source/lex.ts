/**
 * A cheap lexical view of Go source: comments, string literals and rune literals are skipped, so that a token in
 * code is told from the same letters in a comment or a string without parsing.
 */

/** A comment, string or rune literal (unterminated ones run to the end of their line, or of the file for raw strings). */
const SKIPPED = String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\[\s\S])*"?|` + '`[^`]*`?' + String.raw`|'(?:[^'\\\n]|\\[\s\S])*'?`;

/**
 * What can leak, in code: a channel type, a go statement, a select, a channel operation, a timer. A file is read a
 * declaration at a time by these (see SourceFile): a function without any of them is parsed only when asked for.
 */
export const LEAK_TOKENS = String.raw`\bchan\b|\bgo\b|\bselect\b|<-|\btime\s*\.\s*(?:NewTicker|NewTimer|Tick|After|AfterFunc)\b`;

const cache = new Map<string, RegExp>();

/**
 * A global regular expression that matches either something to skip (group 0 only) or one of `tokens` (a source
 * of alternatives with no capturing groups of its own; the token is then group 1).
 */
export function codeScanner(tokens: string): RegExp {
  let re = cache.get(tokens);
  if (!re) {
    re = new RegExp(`${SKIPPED}|(${tokens})`, 'g');
    cache.set(tokens, re);
  }
  return re;
}

/** Each match of `tokens` in code (not in a comment or a literal): its offset and text. */
export function* codeMatches(text: string, tokens: string): Generator<{ index: number; token: string }> {
  const re = new RegExp(codeScanner(tokens).source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) yield { index: m.index, token: m[1] };
  }
}

/** Does one of `tokens` occur in code? */
export function inCode(text: string, tokens: string): boolean {
  const re = codeScanner(tokens);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) return true;
  }
  return false;
}
