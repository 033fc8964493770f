/**
 * The top-level declarations of Go source found lexically, without parsing: where each one starts and ends, and
 * whether its code holds one of a set of tokens. What lets a file be parsed one declaration at a time (see
 * SourceFile): the declarations with a token up front, each other function only when something asks for a node in it.
 */
import { codeScanner } from './lex';

export interface Chunk {
  /** UTF-16 offset of its keyword (at the start of a line). */
  start: number;
  /** Where the next declaration starts (its comments and the blank lines after it included), or the end of the text. */
  end: number;
  /** A function or method declaration (`func` …), rather than `type`, `var`, `const` or `import`. */
  func: boolean;
  /** Does its code (comments and literals left out) hold one of the tokens? */
  hot: boolean;
}

export interface Layout {
  /** End of the package clause and the imports: the offset of the first declaration that is not an import. */
  header: number;
  /** The declarations after the header, in order; they cover the text from `header` to its end. */
  chunks: Chunk[];
}

/** A declaration's keyword, at the start of a line. */
const KEYWORD = String.raw`(?<![^\n])(?:func|type|var|const|import)\b`;
const OPEN = '([{';
const CLOSE = ')]}';
/** Brackets, then keywords: the alternatives the scan matches before the caller's tokens. */
const STRUCTURE = `${[...OPEN, ...CLOSE].map((c) => `\\${c}`).join('|')}|${KEYWORD}`;

/**
 * A function declaration starts with `func`, a receiver perhaps, and a name: `func() {…}` at the start of a line is
 * a function literal that goes on a declaration above.
 */
const FUNC_HEAD = /func[ \t]*(?:\([^()\n]*\)[ \t]*)?[\p{L}_]/uy;

/**
 * Split `text` into its top-level declarations: a keyword at the start of a line, outside every bracket, starts
 * one (gofmt writes each so). `tokens` (alternatives of a regular expression, no capturing group) mark a declaration
 * hot. Undefined when the brackets do not balance or the text does not start like a Go file with declarations (the
 * caller then parses the whole text, as it would anyway with a syntax error).
 */
export function splitDeclarations(text: string, tokens: string): Layout | undefined {
  // The scanner is compiled once per token set and used to the end here (nothing else runs in between).
  const re = codeScanner(`${STRUCTURE}|${tokens}`);
  re.lastIndex = 0;
  const chunks: Chunk[] = [];
  let depth = 0;
  let header = -1;
  let hotBefore = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[1];
    if (t === undefined) continue;
    if (t.length === 1 && OPEN.includes(t)) depth++;
    else if (t.length === 1 && CLOSE.includes(t)) {
      if (--depth < 0) return undefined;
    } else if (depth === 0 && /^(?:func|type|var|const|import)$/.test(t)) {
      if (t === 'func') {
        FUNC_HEAD.lastIndex = m.index;
        if (!FUNC_HEAD.test(text)) continue;
      }
      if (header < 0 && t !== 'import') header = m.index;
      if (header >= 0) {
        if (chunks.length > 0) chunks[chunks.length - 1].end = m.index;
        chunks.push({ start: m.index, end: text.length, func: t === 'func', hot: t !== 'func' });
      }
    } else if (chunks.length > 0) chunks[chunks.length - 1].hot = true;
    else hotBefore = true;
  }
  if (depth !== 0 || header < 0) return undefined;
  // A token in the header (`import "time"` matches no token; anything else there is unusual) keeps the file whole.
  if (hotBefore) return undefined;
  return { header, chunks };
}
