import type { Tree } from 'web-tree-sitter';
import { initParser, parseGo } from '../source/parser';
import { resolveFunction } from './scope';
import { nilFlow, NIL, SET } from './nilflow';

beforeAll(() => initParser());

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.delete()));

/**
 * The states nilFlow gives the uses of `ch` in the body (wrapped in `func f(x bool, xs []int) {…}`), as one
 * string per use: `nil`, `set`, `both`, or `?` (unknown); undefined when the walk gives up.
 */
function states(body: string): string[] | undefined {
  const tree = parseGo(`package p\n\nfunc f(x bool, xs []int) {\n${body}\n}\n`);
  trees.push(tree);
  const fn = tree.rootNode.namedChildren.find((n) => n?.type === 'function_declaration')!;
  const res = resolveFunction(fn);
  const d = res.decls.find((x) => x.name === 'ch')!;
  const flow = nilFlow(d);
  if (!flow) return undefined;
  const name = (s: number | undefined) => (s === NIL ? 'nil' : s === SET ? 'set' : s === (NIL | SET) ? 'both' : '?');
  const defs = new Set(flow.defs.map((x) => x.node.id));
  return d.refs.filter((r) => !defs.has(r.id)).map((r) => name(flow.at.get(r.id)));
}

describe('nilFlow', () => {
  it('follows straight-line assignments', () => {
    expect(states('ch := make(chan int)\n<-ch\nch = nil\n<-ch\nch = make(chan int)\n<-ch')).toEqual(['set', 'nil', 'set']);
  });

  it('joins the branches of an if, and drops one that returns', () => {
    expect(states('var ch chan int\nif x {\nch = make(chan int)\n}\n<-ch')).toEqual(['both']);
    expect(states('var ch chan int\nif x {\nch = make(chan int)\n} else {\nreturn\n}\n<-ch')).toEqual(['set']);
    expect(states('var ch chan int\nif x {\nch = make(chan int)\nreturn\n}\n<-ch')).toEqual(['nil']);
  });

  it('knows a switch without default may run no case', () => {
    expect(states('var ch chan int\nswitch {\ncase x:\nch = make(chan int)\ndefault:\nch = make(chan int, 1)\n}\n<-ch')).toEqual(['set']);
    expect(states('var ch chan int\nswitch {\ncase x:\nch = make(chan int)\n}\n<-ch')).toEqual(['both']);
  });

  it('runs loops to a fixpoint, with break and continue', () => {
    expect(states('var ch chan int\nfor _, v := range xs {\n<-ch\nch = make(chan int, v)\n}\n<-ch')).toEqual(['both', 'both']);
    expect(states('ch := make(chan int)\nfor {\nif x {\nch = nil\nbreak\n}\n}\n<-ch')).toEqual(['nil']);
    expect(states('ch := make(chan int)\nL:\nfor {\nselect {\ncase <-ch:\nbreak L\n}\n}\n<-ch')).toEqual(['set', 'set']);
    expect(states('var ch chan int\nfor i := 0; i < 3; i++ {\nif x {\ncontinue\n}\nch = make(chan int)\n}\n<-ch')).toEqual(['both']);
  });

  it('gives a goroutine the value at its start or any later one', () => {
    expect(states('ch := make(chan int)\nch = nil\ngo func() { <-ch }()')).toEqual(['nil']);
    expect(states('var ch chan int\ngo func() { <-ch }()\nch = make(chan int)')).toEqual(['both']);
    expect(states('var ch chan int\nf := func() { <-ch }\nch = make(chan int)\nf()')).toEqual(['?']);
  });

  it('treats code after a terminating statement as unreachable', () => {
    expect(states('ch := make(chan int)\nch = nil\npanic(1)\n<-ch')).toEqual(['?']);
    expect(states('ch := make(chan int)\nch = nil\nselect {}\n<-ch')).toEqual(['?']);
  });

  it('gives up on goto, fallthrough, &ch and assignments in closures', () => {
    expect(states('ch := make(chan int)\nch = nil\ngoto L\nL:\n<-ch')).toBeUndefined();
    expect(states('var ch chan int\nswitch {\ncase x:\nfallthrough\ndefault:\n}\n<-ch')).toBeUndefined();
    expect(states('var ch chan int\np := &ch\n_ = p\n<-ch')).toBeUndefined();
    expect(states('var ch chan int\nfunc() { ch = make(chan int) }()\n<-ch')).toBeUndefined();
  });
});
