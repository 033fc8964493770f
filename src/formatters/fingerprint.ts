/**
 * `partialFingerprints.primaryLocationLineHash`, computed exactly as GitHub's upload-sarif action does
 * (algorithm of `src/fingerprints.ts` in github/codeql-action, MIT licence), re-implemented with BigInt
 * instead of the `long` package:
 *
 * for every line, a rolling polynomial hash (base 37, modulo 2^64) of the next 100 UTF-16 code units of
 * the file starting at that line, where spaces and tabs are skipped, `\r\n` and `\r` count as `\n`, the
 * end of the file is the value 65535 followed by zeros. A line's value is the unsigned hexadecimal hash
 * followed by `:n`, n being how many lines so far (this one included) had the same hash.
 */
const WINDOW = 100;
const BASE = 37n;
const MASK = (1n << 64n) - 1n;
/** BASE^WINDOW, the weight of the code unit that leaves the window. */
const OUTGOING_WEIGHT = BASE ** BigInt(WINDOW);
const EOF = 0xffff;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

/** The fingerprint of every line of `text`, indexed by 1-based line number (index 0 is unused). */
export function lineHashes(text: string): string[] {
  const out: string[] = [];
  const window = new Array<number>(WINDOW).fill(0);
  /** Line that starts at each window slot, or 0. */
  const lineAt = new Array<number>(WINDOW).fill(0);
  const seen = new Map<string, number>();
  let hash = 0n;
  let slot = 0;
  let line = 0;
  let atLineStart = true;
  let afterCR = false;

  const emit = () => {
    const value = hash.toString(16);
    const n = (seen.get(value) ?? 0) + 1;
    seen.set(value, n);
    out[lineAt[slot]] = `${value}:${n}`;
    lineAt[slot] = 0;
  };
  const push = (c: number) => {
    hash = (BASE * hash + BigInt(c) - OUTGOING_WEIGHT * BigInt(window[slot])) & MASK;
    window[slot] = c;
    slot = (slot + 1) % WINDOW;
  };
  const feed = (code: number) => {
    if (code === SPACE || code === TAB || (afterCR && code === LF)) {
      afterCR = false;
      return;
    }
    afterCR = code === CR;
    const c = afterCR ? LF : code;
    if (lineAt[slot] !== 0) emit();
    if (atLineStart) {
      atLineStart = false;
      lineAt[slot] = ++line;
    }
    if (c === LF) atLineStart = true;
    push(c);
  };

  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(EOF);
  for (let i = 0; i < WINDOW; i++) {
    if (lineAt[slot] !== 0) emit();
    push(0);
  }
  return out;
}
