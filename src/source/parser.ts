import * as fs from 'fs';
import { Language, Parser, Query, Tree, type Range } from 'web-tree-sitter';
import { codeMatches } from './lex';
import { assetPath } from './root';

export const GRAMMAR_FILE = 'grammars/tree-sitter-go.wasm';

let language: Language | undefined;
let parser: Parser | undefined;
let initPromise: Promise<void> | undefined;

/** Initialise web-tree-sitter and load the Go grammar once per thread. */
export function initParser(): Promise<void> {
  if (!initPromise) {
    initPromise = (async () => {
      await Parser.init();
      // Pass bytes, not a path: with a path web-tree-sitter does `await import('fs/promises')`,
      // which fails under jest's CommonJS runtime (no --experimental-vm-modules).
      language = await Language.load(fs.readFileSync(assetPath(GRAMMAR_FILE)));
      parser = new Parser();
      parser.setLanguage(language);
    })();
  }
  return initPromise;
}

export function goLanguage(): Language {
  if (!language) throw new Error('initParser() has not completed');
  return language;
}

/** How much this thread has parsed with parseGo (for the benchmark and the tests). */
export const parseCount = { files: 0, chars: 0 };

/**
 * Parse Go source, or only the `ranges` of it (whole top-level declarations: see SourceFile), whose nodes keep their
 * offsets and positions in the whole text. The caller owns the tree and must call tree.delete().
 */
export function parseGo(text: string, ranges?: Range[]): Tree {
  parseCount.files++;
  parseCount.chars += parsedLength(text, ranges);
  const tree = parsePlain(text, ranges);
  if (!tree.rootNode.hasError || !text.includes('new')) return tree;
  return parseNewExpressions(text, tree, ranges);
}

/** How many characters of `text` a parse of `ranges` (or of all of it) reads. */
export function parsedLength(text: string, ranges?: readonly Range[]): number {
  return ranges ? ranges.reduce((n, r) => n + r.endIndex - r.startIndex, 0) : text.length;
}

function parsePlain(text: string, ranges?: Range[]): Tree {
  if (!parser) throw new Error('initParser() has not completed');
  const tree = ranges ? parser.parse(text, null, { includedRanges: ranges }) : parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/**
 * What a failing `new` is renamed to before parsing again: an identifier of the same length (so every offset,
 * row and column stays put) that tree-sitter-go parses as an ordinary call.
 */
export const NEW_STAND_IN = 'n_w';

/**
 * Go 1.26 allows `new(expr)` (`new("")`, `new(x.M())`, `new(n+1)`, `new(T{})`); tree-sitter-go 0.25 parses the
 * argument of `new` as a type only, so those calls are syntax errors. Given the tree of a text with errors, rename
 * each `new(` that did not parse as a clean call (the call has an error below it, the name sits in an ERROR node, or
 * the parser recovered it as a lone operand) to
 * NEW_STAND_IN and parse again. The new tree is kept only when it has no error left (otherwise the first tree and
 * its error stand); its nodes read the original text, so `new` still reads `new`.
 */
function parseNewExpressions(text: string, tree: Tree, ranges?: Range[]): Tree {
  // Error recovery around one failing call can make a neighbouring one look clean, or lex the rest of the file
  // inside out (strings as code): so the calls are found lexically, and renaming goes round again on the renamed
  // text while that finds more to rename (a few rounds at most).
  let current = text;
  let last: Tree | undefined;
  for (let round = 0; round < 4; round++) {
    // A call whose argument starts like a type only (`new([]int{1})` is an expression too) is renamed only from the
    // second round on, in a tree where the other calls no longer throw the parser off.
    const renamed = failingNews(current, last ?? tree, round > 0).filter((at) => !ranges || ranges.some((r) => r.startIndex <= at && at < r.endIndex));
    if (renamed.length === 0) {
      if (round === 0) continue;
      break;
    }
    const chars = current.split('');
    for (const at of renamed) chars.splice(at, 3, ...NEW_STAND_IN);
    current = chars.join('');
    last?.delete();
    last = parsePlain(current, ranges);
    if (!last.rootNode.hasError) {
      tree.delete();
      // The tree reads node text through the callback of its parse; point it at the original text so that the
      // renamed calls still read `new(…)` (web-tree-sitter 0.25 keeps it in `textCallback`; parser.test.ts checks it).
      const t = last as unknown as { textCallback?: (index: number) => string };
      if (typeof t.textCallback === 'function') t.textCallback = (index: number) => text.slice(index);
      return last;
    }
  }
  last?.delete();
  return tree;
}

/** `new(` in code, not a method or field named new. */
const NEW_CALL = String.raw`(?<![.\w$])new\s*\(`;

/** A `new(` argument that can only be a type: `n_w(…)` would not parse. */
const TYPE_ONLY = /^\s*\*?\s*(?:\[|map\b|struct\b|chan\b|<-|func\b|interface\b)/;

/**
 * Offsets of the `new` of each `new(` in the code of `text` that did not parse as a clean call in `tree`; unless
 * `typeOnlyToo`, not those whose argument starts like a type only (`[]T`, `map[…]…`, `struct{…}`, …), which the
 * grammar takes and which a renamed call would not parse.
 */
export function failingNews(text: string, tree: Tree, typeOnlyToo: boolean): number[] {
  const renamed: number[] = [];
  for (const { index: at, token } of codeMatches(text, NEW_CALL)) {
    if (!typeOnlyToo && TYPE_ONLY.test(text.slice(at + token.length, at + token.length + 16))) continue;
    const name = tree.rootNode.descendantForIndex(at, at + 3);
    const call = name?.parent;
    const clean =
      name?.type === 'identifier' && call?.type === 'call_expression' && !call.hasError && !!call.childForFieldName('function')?.equals(name);
    if (!clean) renamed.push(at);
  }
  return renamed;
}

const queries = new Map<string, Query>();

/** Compile a query once per thread. */
export function query(source: string): Query {
  let q = queries.get(source);
  if (!q) {
    q = new Query(goLanguage(), source);
    queries.set(source, q);
  }
  return q;
}
