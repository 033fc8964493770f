import type { Node, Tree } from 'web-tree-sitter';
import type { Position, Range } from '../types';

/**
 * One Go file: its text as JavaScript sees it (UTF-16), its tree, and position helpers.
 * tree-sitter positions on a JS string are 0-based rows and UTF-16 columns.
 */
export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(
    /** Absolute path. */
    readonly path: string,
    readonly text: string,
    public tree: Tree | undefined,
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
    return {
      line: row + 1,
      column: column + 1,
      byteColumn: Buffer.byteLength(line.slice(0, column), 'utf8') + 1,
    };
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

  dispose(): void {
    if (this.tree) {
      this.tree.delete();
      this.tree = undefined;
    }
  }
}

/**
 * Decode file bytes for parsing: strip a UTF-8 BOM, decode UTF-8 (invalid bytes become U+FFFD).
 * Returns undefined for data that looks binary (a NUL byte in the first 8 KiB).
 */
export function decodeSource(buf: Buffer): { text: string; invalidUtf8: boolean } | undefined {
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
  return { text, invalidUtf8 };
}
