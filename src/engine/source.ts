import type { Node, Tree } from 'web-tree-sitter';
import { parseGo } from './parser';
import type { Position, Range } from '../types';

/**
 * One Go file: its text as JavaScript sees it (UTF-16), its tree, and position helpers.
 * tree-sitter positions on a JS string are 0-based rows and UTF-16 columns.
 */
export class SourceFile {
  private lineStarts: number[] | undefined;

  private byteLineStarts: number[] | undefined;

  constructor(
    /** Absolute path. */
    readonly path: string,
    readonly text: string,
    private parsed: Tree | undefined,
    /**
     * The file's bytes (after a BOM) when they are not valid UTF-8: `text` then holds U+FFFD for each invalid
     * sequence, and byte columns are counted on these bytes instead.
     */
    private readonly invalidBytes?: Uint8Array,
  ) {}

  /** UTF-16 offset at which each 0-based line starts. */
  private starts(): number[] {
    if (!this.lineStarts) {
      const s = [0];
      const t = this.text;
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) s.push(i + 1);
      this.lineStarts = s;
    }
    return this.lineStarts;
  }

  /** Text of a 0-based line, without its line terminator. */
  lineText(row: number): string {
    const s = this.starts();
    if (row < 0 || row >= s.length) return '';
    const end = row + 1 < s.length ? s[row + 1] - 1 : this.text.length;
    let line = this.text.slice(s[row], end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    return line;
  }

  /** A 1-based position from a 0-based row and UTF-16 column. */
  position(row: number, column: number): Position {
    const line = this.lineText(row);
    const bytes = this.invalidBytes ? this.rawByteColumn(row, column) : Buffer.byteLength(line.slice(0, column), 'utf8');
    return { line: row + 1, column: column + 1, byteColumn: bytes + 1 };
  }

  /** Bytes of line `row` of the raw file that decode to its first `units` UTF-16 code units. */
  private rawByteColumn(row: number, units: number): number {
    const b = this.invalidBytes!;
    if (!this.byteLineStarts) {
      const s = [0];
      for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) s.push(i + 1);
      this.byteLineStarts = s;
    }
    const start = this.byteLineStarts[row] ?? b.length;
    const end = this.byteLineStarts[row + 1] ?? b.length;
    return utf8BytesForUnits(b, start, end, units);
  }

  /** A position from a UTF-16 offset into the text. */
  positionAt(index: number): Position {
    const s = this.starts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.position(lo, index - s[lo]);
  }

  range(node: Node): Range {
    return {
      start: this.position(node.startPosition.row, node.startPosition.column),
      end: this.position(node.endPosition.row, node.endPosition.column),
    };
  }

  /** A range that covers only the first line of a node (keeps alerts tight). */
  firstLineRange(node: Node): Range {
    if (node.startPosition.row === node.endPosition.row) return this.range(node);
    const row = node.startPosition.row;
    const line = this.lineText(row);
    return {
      start: this.position(row, node.startPosition.column),
      end: this.position(row, line.trimEnd().length),
    };
  }

  private evicted = false;

  /**
   * Set by the engine when the text has none of the tokens that rules start from (`chan`, `go`, `time.`) nor a
   * directive: scans can skip the file without reading its text again.
   */
  tokenFree = false;

  /** The syntax tree; parsed again on first use after `evict()`. Undefined once disposed. */
  get tree(): Tree | undefined {
    if (this.evicted) {
      this.parsed = parseGo(this.text);
      this.evicted = false;
    }
    return this.parsed;
  }

  /** Is `tree` this file's tree? (Never parses an evicted file again.) */
  owns(tree: Tree): boolean {
    return this.parsed === tree;
  }

  /**
   * Free the tree of a file that no rule is likely to look at: keeping all the trees of a package alive makes
   * parsing measurably slower. A later `tree` access parses the file again.
   */
  evict(): void {
    if (this.parsed) {
      this.parsed.delete();
      this.parsed = undefined;
      this.evicted = true;
    }
  }

  dispose(): void {
    this.evicted = false;
    if (this.parsed) {
      this.parsed.delete();
      this.parsed = undefined;
    }
  }
}

/**
 * How many bytes from `start` decode to `units` UTF-16 code units, decoding exactly as TextDecoder does (the
 * WHATWG UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD).
 */
export function utf8BytesForUnits(b: Uint8Array, start: number, end: number, units: number): number {
  let i = start;
  let u = 0;
  while (i < end && u < units) {
    const lead = b[i];
    if (lead < 0x80) {
      i++;
      u++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lo = 0xa0;
      if (lead === 0xed) hi = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lo = 0x90;
      if (lead === 0xf4) hi = 0x8f;
    }
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      if (j >= end || b[j] < lo || b[j] > hi) ok = false;
      lo = 0x80;
      hi = 0xbf;
      if (!ok) break;
    }
    if (ok) {
      i = j;
      u += need === 3 ? 2 : 1;
    } else {
      i = need > 0 ? j : i + 1; // the lead and the valid continuations so far become one U+FFFD
      u += 1;
    }
  }
  return i - start;
}

/**
 * Decode file bytes for parsing: strip a UTF-8 BOM, decode UTF-8 (invalid bytes become U+FFFD).
 * Returns undefined for data that looks binary (a NUL byte in the first 8 KiB).
 */
export function decodeSource(buf: Buffer): { text: string; invalidUtf8: boolean; bytes?: Uint8Array } | undefined {
  const head = buf.subarray(0, Math.min(buf.length, 8192));
  if (head.includes(0)) return undefined;
  let start = 0;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const body = buf.subarray(start);
  let invalidUtf8 = false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    invalidUtf8 = true;
    text = new TextDecoder('utf-8').decode(body);
  }
  return invalidUtf8 ? { text, invalidUtf8, bytes: body } : { text, invalidUtf8 };
}
