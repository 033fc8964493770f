import * as fs from 'fs';
import { Language, Parser, Query, Tree } from 'web-tree-sitter';
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

/** Parse Go source. The caller owns the tree and must call tree.delete(). */
export function parseGo(text: string): Tree {
  if (!parser) throw new Error('initParser() has not completed');
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
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
