import { createHash } from 'crypto';
import * as fs from 'fs';
import { assetPath } from './root';
import { GRAMMAR_FILE, goLanguage, initParser, parseGo } from './parser';

describe('grammar', () => {
  it('matches the sha256 recorded in grammars/PROVENANCE.md', () => {
    const provenance = fs.readFileSync(assetPath('grammars/PROVENANCE.md'), 'utf8');
    const recorded = /sha256 \| `([0-9a-f]{64})`/.exec(provenance)?.[1];
    const actual = createHash('sha256').update(fs.readFileSync(assetPath(GRAMMAR_FILE))).digest('hex');
    expect(actual).toBe(recorded);
  });

  it('parses the node and field names the analysis relies on', async () => {
    await initParser();
    expect(goLanguage().abiVersion).toBeGreaterThanOrEqual(14);
    const tree = parseGo('package p\nfunc f(ch chan int) { go func() { ch <- 1 }(); select { case v, ok := <-ch: _, _ = v, ok } }\n');
    try {
      const s = tree.rootNode.toString();
      for (const part of ['go_statement', 'send_statement channel:', 'communication_case communication: (receive_statement left:', 'unary_expression operand:']) {
        expect(s).toContain(part);
      }
      expect(tree.rootNode.hasError).toBe(false);
    } finally {
      tree.delete();
    }
  });
});

describe('Go 1.22–1.26 syntax', () => {
  beforeAll(() => initParser());

  const errorsOf = (text: string) => {
    const tree = parseGo(text);
    try {
      return tree.rootNode.hasError;
    } finally {
      tree.delete();
    }
  };

  it.each([
    ['new("")', 'var a = new("")'],
    ['new(x.M())', 'func f() { _ = new(x.M()) }'],
    ['new(n+1)', 'func f(n int) { p := new(n+1); _ = p }'],
    ['new(T{})', 'var a = new(T{})'],
    ['new(T{A: 1}) in a literal', 'var a = S{P: new(T{A: 1}), Q: new("q")}'],
    ['new(42), new(-1), new(`raw`)', 'var a, b, c = new(42), new(-1), new(`raw`)'],
    ['new(int64(5))', 'var a = new(int64(5))'],
    ['new(f())', 'var a = new(f())'],
    ['new(&x), new(xs[0])', 'var a, b = new(&x), new(xs[0])'],
    ['new([]int{1, 2})', 'var a = new([]int{1, 2})'],
    ['new(List[int]{})', 'var a = new(List[int]{})'],
    ['new([]int) beside new(expr)', 'var a, b = new([]int), new("b")'],
    ['new(map[K]V) beside new(expr)', 'var a, b = new(map[string]int), new(1)'],
    ['new(struct{…}) beside new(expr)', 'var a, b = new(struct{ a int; b string }), new(x.y())'],
    ['range over an integer', 'func f() { for i := range 10 { _ = i }; for range 3 {} }'],
    ['range over a function', 'func f(seq func(func(int) bool)) { for x := range seq { _ = x } }'],
    ['a generic type alias', 'type Set[K comparable] = map[K]struct{}'],
  ])('%s parses without an error', (_, decl) => {
    expect(errorsOf(`package p\n${decl}\n`)).toBe(false);
  });

  it('keeps every offset and the original text of a renamed new(expr)', () => {
    const text = 'package p\n\n// «new» in a comment: new(1)\nvar s = "new(2)"\nfunc f(n int) *int { return new(n + 1) }\n';
    const tree = parseGo(text);
    try {
      expect(tree.rootNode.hasError).toBe(false);
      const at = text.indexOf('new(n');
      const call = tree.rootNode.descendantForIndex(at, at + 3).parent!;
      expect(call.type).toBe('call_expression');
      expect(call.startIndex).toBe(at);
      expect(call.text).toBe('new(n + 1)');
      expect(call.childForFieldName('function')!.text).toBe('new');
      expect(tree.rootNode.text).toBe(text);
      // The comment and the string were not touched.
      expect(tree.rootNode.descendantForIndex(text.indexOf('new(1)')).type).toBe('comment');
    } finally {
      tree.delete();
    }
  });

  it('leaves a file with another syntax error as it was (and new(T) of a type untouched)', () => {
    const text = 'package p\nvar a = new([]int)\nfunc f() { x := }\nvar b = new("")\n';
    const tree = parseGo(text);
    try {
      expect(tree.rootNode.hasError).toBe(true);
      const at = text.indexOf('new([]');
      expect(tree.rootNode.descendantForIndex(at, at + 3).parent!.type).toBe('call_expression');
    } finally {
      tree.delete();
    }
  });
});
