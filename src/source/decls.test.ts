import type { Node } from 'web-tree-sitter';
import { splitDeclarations } from './decls';
import { initParser, parseGo } from './parser';
import { SourceFile } from './source';

const TOKENS = String.raw`\bchan\b|\bgo\b|\bselect\b|<-`;

const FILE = [
  '// Package p: é, 😀 and a tab\tbefore anything.',
  'package p',
  '',
  'import (',
  '\t"fmt"',
  '\t"time"',
  ')',
  '',
  '// cold says "go" in a comment only: 😀.',
  'func cold(s string) string {',
  '\tx := "<- chan select go"',
  "\tr := '{'",
  '\treturn fmt.Sprint(s, x, r, time.Second)',
  '}',
  '',
  'type T struct {',
  '\tc chan int',
  '}',
  '',
  'var f = func() {',
  '}',
  '',
  'func (t *T) hot() {',
  '\tgo func() { t.c <- 1 }()',
  '}',
  '',
  'func generic[K comparable](m map[K]struct{}) int { return len(m) }',
  '',
  'const (',
  '\ta = iota',
  ')',
  '',
].join('\n');

beforeAll(() => initParser());

/** Every node of a tree, as type@start-end row:col text, in document order (the source_file root left out). */
function dump(root: Node, from: number, to: number): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.startIndex >= from && n.endIndex <= to && n.type !== 'source_file') {
      out.push(`${n.type}@${n.startIndex}-${n.endIndex} ${n.startPosition.row}:${n.startPosition.column}-${n.endPosition.row}:${n.endPosition.column} ${n.text}`);
    }
    for (const c of n.children) if (c) walk(c);
  };
  walk(root);
  return out;
}

describe('splitDeclarations', () => {
  it('finds each top-level declaration at the start of a line, outside brackets, comments and literals', () => {
    const layout = splitDeclarations(FILE, TOKENS)!;
    expect(layout.header).toBe(FILE.indexOf('func cold'));
    const heads = layout.chunks.map((c) => `${FILE.slice(c.start, c.start + 12)}|${c.func ? 'func' : 'other'}|${c.hot ? 'hot' : 'cold'}`);
    expect(heads).toEqual([
      'func cold(s |func|cold',
      'type T struc|other|hot',
      // `func() {` at the start of a line goes on the `var` above it.
      'var f = func|other|hot',
      'func (t *T) |func|hot',
      'func generic|func|cold',
      'const (\n\ta =|other|hot',
    ]);
    for (let i = 0; i + 1 < layout.chunks.length; i++) expect(layout.chunks[i].end).toBe(layout.chunks[i + 1].start);
    expect(layout.chunks[layout.chunks.length - 1].end).toBe(FILE.length);
  });

  it('gives up on brackets that do not balance', () => {
    expect(splitDeclarations('package p\n\nfunc f() {\n', TOKENS)).toBeUndefined();
    expect(splitDeclarations('package p\n\nfunc f() }\n', TOKENS)).toBeUndefined();
  });
});

describe('a file parsed a declaration at a time', () => {
  it('has the nodes, offsets and positions of the whole parse, in the tree of the declaration that holds them', () => {
    const whole = parseGo(FILE);
    const file = SourceFile.unparsed('/virtual/p.go', FILE, undefined, () => {}, TOKENS);
    try {
      const root = file.tree!.rootNode;
      const layout = splitDeclarations(FILE, TOKENS)!;
      // The cold functions are left out of the tree …
      expect(root.namedChildren.map((d) => d!.type)).toEqual([
        'comment',
        'package_clause',
        'import_declaration',
        'comment',
        'type_declaration',
        'var_declaration',
        'method_declaration',
        'const_declaration',
      ]);
      // … and every declaration, hot or cold, reads the same from the tree rootAt gives for it.
      for (const c of layout.chunks) {
        const mine = file.rootAt(c.start)!;
        expect(dump(mine, c.start, c.end)).toEqual(dump(whole.rootNode, c.start, c.end));
        expect(file.owns(mine.tree)).toBe(true);
        expect(SourceFile.of(mine.tree)).toBe(file);
      }
      // A cold function's tree holds the imports too (what a rule reads to know a package's name).
      const cold = file.rootAt(FILE.indexOf('time.Second'))!;
      expect(cold.namedChildren.map((d) => d!.type)).toEqual(['comment', 'package_clause', 'import_declaration', 'comment', 'function_declaration']);
      expect(cold.descendantForIndex(FILE.indexOf('time.Second')).text).toBe('time');
      expect(file.wholeTree()!.rootNode.namedChildren.filter((d) => d!.type.endsWith('declaration')).length).toBe(7);
    } finally {
      file.dispose();
      whole.delete();
    }
  });

  it('is parsed whole when a declaration it keeps has a syntax error, so that the error reads as always', () => {
    const text = 'package p\n\nfunc cold() {\n\tx := 1\n}\n\nfunc hot(c chan int) {\n\tc <- \n}\n';
    let reported: boolean | undefined;
    const file = SourceFile.unparsed('/virtual/e.go', text, undefined, (_, t) => (reported = t.rootNode.hasError), TOKENS);
    expect(file.tree!.rootNode.namedChildren.filter((d) => d!.type === 'function_declaration').length).toBe(2);
    expect(reported).toBe(true);
    file.dispose();
  });

  it('does not see a syntax error in a function it leaves out (documented: --strict parses everything)', () => {
    const text = 'package p\n\nfunc cold() {\n\tx := \n}\n\nfunc hot(c chan int) {\n\tc <- 1\n}\n';
    let reported: boolean | undefined;
    const file = SourceFile.unparsed('/virtual/e.go', text, undefined, (_, t) => (reported = t.rootNode.hasError), TOKENS);
    expect(file.tree!.rootNode.namedChildren.filter((d) => d!.type === 'function_declaration').length).toBe(1);
    expect(reported).toBe(false);
    // Asked for, the function is parsed, error and all.
    expect(file.rootAt(text.indexOf('x :='))!.hasError).toBe(true);
    file.dispose();
  });

  it('without tokens to tell the declarations apart, is parsed whole', () => {
    const file = SourceFile.unparsed('/virtual/w.go', FILE, undefined, () => {});
    expect(file.tree!.rootNode.namedChildren.filter((d) => d!.type === 'function_declaration').length).toBe(2);
    expect(file.rootAt(FILE.indexOf('time.Second'))!.id).toBe(file.tree!.rootNode.id);
    file.dispose();
  });
});
