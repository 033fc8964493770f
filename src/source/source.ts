import type { Node, Range as TreeRange, Tree } from 'web-tree-sitter';
import { parsedLength, parseGo } from './parser';
import { splitDeclarations, type Chunk } from './decls';
import type { Position, Range } from '../types';

/**
 * One Go file: its text as JavaScript sees it (UTF-16), its tree, and position helpers.
 * tree-sitter positions on a JS string are 0-based rows and UTF-16 columns.
 */
export class SourceFile {
  /** The file each live tree was parsed from (`tree`, and the functions parsed on their own: see rootAt). */
  private static readonly owners = new WeakMap<Tree, SourceFile>();

  /** The file `tree` was parsed from, while it is alive. */
  static of(tree: Tree): SourceFile | undefined {
    return SourceFile.owners.get(tree);
  }

  private lineStarts: number[] | undefined;

  /** UTF-8 byte offsets of the text (or of the raw bytes) at every SYNC-th UTF-16 offset; see byteOffset. */
  private byteIndex: ByteIndex | undefined;

  /** Per row: the UTF-16 length of the line without trailing white space, and the column of its first non-blank. */
  private readonly trimmedEnds = new Map<number, number>();

  private readonly firstNonBlanks = new Map<number, number>();

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
  ) {
    if (parsed) SourceFile.owners.set(parsed, this);
  }

  /**
   * A file that is parsed only when something first asks for its `tree` (most files of a package never are: see
   * lintPackageSync); `onFirstParse` then sees the tree once (to report a syntax error).
   */
  static unparsed(
    path: string,
    text: string,
    invalidBytes: Uint8Array | undefined,
    onFirstParse: (file: SourceFile, tree: Tree) => void,
    hotTokens?: string,
  ): SourceFile {
    const f = new SourceFile(path, text, undefined, invalidBytes);
    f.pending = true;
    f.onFirstParse = onFirstParse;
    f.hotTokens = hotTokens;
    return f;
  }

  /**
   * Given, the file is parsed a declaration at a time: `tree` holds the package clause, the imports, every `type`,
   * `var` and `const` declaration and the functions whose code has one of these tokens (regular expression
   * alternatives); each other function is parsed, with the imports, only when rootAt is asked for a node in it.
   */
  private hotTokens: string | undefined;

  /** The functions left out of `tree` (sorted by offset), and where the imports end; set by the parse of `tree`. */
  private cold: Chunk[] = [];

  private header = 0;

  /** The trees of the functions left out of `tree` parsed so far, by offset. */
  private readonly coldTrees = new Map<number, Tree>();

  /** How many characters of the text its parses have read (a declaration parsed again after evict() counts again). */
  charsParsed = 0;

  /** The whole file parsed as one tree, for the directives in its comments (see wholeTree). */
  private whole: Tree | undefined;

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

  /** UTF-16 offsets of the start of line `row` and of its end (before `\r\n` or `\n`). */
  private lineBounds(row: number): [number, number] {
    const s = this.starts();
    const start = s[row];
    let end = row + 1 < s.length ? s[row + 1] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return [start, end];
  }

  /** Text of a 0-based line, without its line terminator. */
  lineText(row: number): string {
    if (row < 0 || row >= this.starts().length) return '';
    const [start, end] = this.lineBounds(row);
    return this.text.slice(start, end);
  }

  /**
   * Is everything before `column` on line `row` white space? Constant time after the first call for a row
   * (a long line is not sliced for each comment on it).
   */
  blankBefore(row: number, column: number): boolean {
    if (row < 0 || row >= this.starts().length) return true;
    let first = this.firstNonBlanks.get(row);
    if (first === undefined) {
      const [start, end] = this.lineBounds(row);
      let i = start;
      while (i < end && isSpace(this.text.charCodeAt(i))) i++;
      first = i === end ? Infinity : i - start;
      this.firstNonBlanks.set(row, first);
    }
    return column <= first;
  }

  /** UTF-16 length of line `row` without trailing white space (`lineText(row).trimEnd().length`), cached per row. */
  trimmedLength(row: number): number {
    if (row < 0 || row >= this.starts().length) return 0;
    let n = this.trimmedEnds.get(row);
    if (n === undefined) {
      const [start, end] = this.lineBounds(row);
      let i = end;
      while (i > start && isSpace(this.text.charCodeAt(i - 1))) i--;
      n = i - start;
      this.trimmedEnds.set(row, n);
    }
    return n;
  }

  /**
   * A 1-based position from a 0-based row and UTF-16 column. The byte column comes from a per-file index
   * (O(SYNC) per call), never from slicing the line: a long line stays linear in the number of positions.
   */
  position(row: number, column: number): Position {
    const s = this.starts();
    let bytes = 0;
    if (row >= 0 && row < s.length) {
      const start = s[row];
      if (this.invalidBytes) {
        // As many units as the raw line holds, its newline included (what the raw bytes of the line decode to).
        const limit = row + 1 < s.length ? s[row + 1] : this.text.length;
        bytes = this.byteOffset(Math.min(start + column, limit)) - this.byteOffset(start);
      } else {
        const end = this.lineBounds(row)[1];
        bytes = this.byteOffset(Math.min(start + column, end)) - this.byteOffset(start);
      }
    }
    return { line: row + 1, column: column + 1, byteColumn: bytes + 1 };
  }

  /**
   * UTF-8 bytes before UTF-16 offset `units` of the text: `Buffer.byteLength(text.slice(0, units))` (a high
   * surrogate cut off from its pair counts 3, as it encodes as U+FFFD), or, for a file that is not valid UTF-8,
   * the raw bytes that decode to those units (see utf8BytesForUnits).
   */
  byteOffset(units: number): number {
    const ix = (this.byteIndex ??= this.invalidBytes ? rawByteIndex(this.invalidBytes) : textByteIndex(this.text));
    if (ix.ascii) return units;
    let k = Math.min(units >>> SYNC_SHIFT, ix.units.length - 1);
    while (k > 0 && ix.units[k] > units) k--;
    if (this.invalidBytes) return ix.bytes[k] + utf8BytesForUnits(this.invalidBytes, ix.bytes[k], this.invalidBytes.length, units - ix.units[k]);
    const t = this.text;
    let n = ix.bytes[k];
    // A high surrogate counts 3 and the low half that completes its pair 1: a pair cut at `units` counts 3.
    for (let i = ix.units[k]; i < units; i++) n += unitBytes(t, i);
    return n;
  }

  /** A position from a UTF-16 offset into the text. */
  positionAt(index: number): Position {
    const { row, column } = this.point(index);
    return this.position(row, column);
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
    return {
      start: this.position(row, node.startPosition.column),
      end: this.position(row, this.trimmedLength(row)),
    };
  }

  /** Parse on the next `tree` access (not parsed yet, or evicted). */
  private pending = false;

  private onFirstParse: ((file: SourceFile, tree: Tree) => void) | undefined;

  /** Has the file been parsed at all (before it was made, or on demand)? */
  get parsedOnce(): boolean {
    return this.everParsed || this.parsed !== undefined;
  }

  private everParsed = false;

  /**
   * Set by the engine when the text has none of the tokens that rules start from (`chan`, `go`, `time.`) nor a
   * directive: scans can skip the file without reading its text again.
   */
  tokenFree = false;

  /**
   * The syntax tree; parsed on first use when not parsed yet or after `evict()`. Undefined once disposed. A file
   * parsed a declaration at a time (see hotTokens) has in it only the declarations that can matter: go from an offset
   * to a node with rootAt.
   */
  get tree(): Tree | undefined {
    if (this.pending) {
      this.parsed = this.parseTree();
      SourceFile.owners.set(this.parsed, this);
      this.pending = false;
      this.everParsed = true;
      const first = this.onFirstParse;
      this.onFirstParse = undefined;
      first?.(this, this.parsed);
    }
    return this.parsed;
  }

  private parseTree(): Tree {
    this.cold = [];
    const layout = this.hotTokens === undefined ? undefined : splitDeclarations(this.text, this.hotTokens);
    if (layout && layout.chunks.some((c) => !c.hot)) {
      const ranges: TreeRange[] = [];
      const add = (start: number, end: number) => {
        const last = ranges[ranges.length - 1];
        if (last && last.endIndex === start) {
          last.endIndex = end;
          last.endPosition = this.point(end);
        } else ranges.push({ startIndex: start, endIndex: end, startPosition: this.point(start), endPosition: this.point(end) });
      };
      add(0, layout.header);
      for (const c of layout.chunks) if (c.hot) add(c.start, c.end);
      const tree = this.parse(ranges);
      // With a syntax error the whole file is parsed, so that the error and the recovery from it are as always.
      if (!tree.rootNode.hasError) {
        this.cold = layout.chunks.filter((c) => !c.hot);
        this.header = layout.header;
        return tree;
      }
      tree.delete();
    }
    return this.parse();
  }

  /** Parse the text, or only `ranges` of it, counting what is read. */
  private parse(ranges?: TreeRange[]): Tree {
    this.charsParsed += parsedLength(this.text, ranges);
    return parseGo(this.text, ranges);
  }

  /** The tree-sitter point of a UTF-16 offset (its row, and its column in UTF-16 units). */
  private point(index: number): { row: number; column: number } {
    const s = this.starts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - s[lo] };
  }

  /** The function left out of `tree` that holds `index`, if any. */
  private coldAt(index: number): Chunk | undefined {
    const c = this.cold;
    let lo = 0;
    let hi = c.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (index < c[mid].start) hi = mid - 1;
      else if (index >= c[mid].end) lo = mid + 1;
      else return c[mid];
    }
    return undefined;
  }

  /**
   * The root of the tree that holds the code at `index`: `tree`'s, or that of the function around it when `tree`
   * left it out (parsed now with the imports, the first time). How the analysis goes from an offset in the text to a
   * node: `file.rootAt(i)?.descendantForIndex(i)`. Undefined once disposed.
   */
  rootAt(index: number): Node | undefined {
    const root = this.tree?.rootNode;
    const c = root && this.coldAt(index);
    if (!c) return root;
    let t = this.coldTrees.get(c.start);
    if (!t) {
      t = this.parse([
        { startIndex: 0, endIndex: this.header, startPosition: { row: 0, column: 0 }, endPosition: this.point(this.header) },
        { startIndex: c.start, endIndex: c.end, startPosition: this.point(c.start), endPosition: this.point(c.end) },
      ]);
      this.coldTrees.set(c.start, t);
      SourceFile.owners.set(t, this);
    }
    return t.rootNode;
  }

  /**
   * Is the top-level function at `index` left out of `tree`, its code (comments and literals apart) holding none of
   * the tokens the file was read by (see hotTokens)? Known without parsing the function.
   */
  leftOut(index: number): boolean {
    return this.tree !== undefined && this.coldAt(index) !== undefined;
  }

  /**
   * The file as one tree, every comment in it (for the directives): `tree`, or, for a file parsed a declaration at a
   * time, the whole text parsed once more.
   */
  wholeTree(): Tree | undefined {
    const t = this.tree;
    if (!t || this.cold.length === 0) return t;
    return (this.whole ??= this.parse());
  }

  /** Does the file hold its tree now (parsed and not evicted or disposed)? Asking never parses it. */
  get hasTree(): boolean {
    return this.parsed !== undefined;
  }

  /** Is `tree` one of this file's live trees? (Never parses an evicted file again.) */
  owns(tree: Tree): boolean {
    return SourceFile.owners.get(tree) === this;
  }

  private deleteTrees(): void {
    for (const t of [this.parsed, ...this.coldTrees.values()]) {
      if (!t) continue;
      SourceFile.owners.delete(t);
      t.delete();
    }
    this.parsed = undefined;
    this.coldTrees.clear();
    this.whole?.delete();
    this.whole = undefined;
  }

  /**
   * Free the tree of a file that no rule is likely to look at: keeping all the trees of a package alive makes
   * parsing measurably slower. A later `tree` access parses the file again.
   */
  evict(): void {
    if (this.parsed) {
      this.deleteTrees();
      this.pending = true;
      this.everParsed = true;
    }
  }

  dispose(): void {
    this.pending = false;
    this.onFirstParse = undefined;
    this.deleteTrees();
  }
}

/** Byte offsets are kept at every 2^SYNC_SHIFT UTF-16 units (a position then scans at most that many). */
const SYNC_SHIFT = 8;
const SYNC = 1 << SYNC_SHIFT;

/** `units[k]`: a UTF-16 offset (at most `k * SYNC`, +1 inside a raw 4-byte sequence); `bytes[k]`: the UTF-8 bytes before it. */
interface ByteIndex {
  ascii: boolean;
  units: number[];
  bytes: number[];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** White space as String.prototype.trim sees it (WhiteSpace and LineTerminator, all in the BMP). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));
}

/** UTF-8 bytes added by code unit `i`: a low surrogate that completes a pair adds 1 to the 3 of its high half. */
function unitBytes(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (isLow(c) && i > 0 && isHigh(t.charCodeAt(i - 1))) return 1;
  return 3;
}

function textByteIndex(t: string): ByteIndex {
  if (!/[^\x00-\x7f]/.test(t)) return { ascii: true, units: [0], bytes: [0] };
  const units = [0];
  const bytes = [0];
  let n = 0;
  for (let i = 0; i < t.length; ) {
    const stop = Math.min(t.length, i + SYNC);
    for (; i < stop; i++) n += unitBytes(t, i);
    units.push(i);
    bytes.push(n);
  }
  return { ascii: false, units, bytes };
}

function rawByteIndex(b: Uint8Array): ByteIndex {
  const units = [0];
  const bytes = [0];
  let i = 0;
  let u = 0;
  while (i < b.length) {
    // Aim at the next multiple of SYNC so that a pair cut in two never shifts the later points.
    const step = utf8Walk(b, i, b.length, units.length * SYNC - u);
    i += step.bytes;
    u += step.units;
    units.push(u);
    bytes.push(i);
  }
  return { ascii: false, units, bytes };
}

/**
 * How many bytes from `start` decode to `units` UTF-16 code units, decoding exactly as TextDecoder does (the
 * WHATWG UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD).
 */
export function utf8BytesForUnits(b: Uint8Array, start: number, end: number, units: number): number {
  return utf8Walk(b, start, end, units).bytes;
}

/** utf8BytesForUnits, also giving the units decoded (one more than asked when the last sequence is a pair). */
function utf8Walk(b: Uint8Array, start: number, end: number, units: number): { bytes: number; units: number } {
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
  return { bytes: i - start, units: u };
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
