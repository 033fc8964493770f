import type { Node, Tree } from 'web-tree-sitter';
import { initParser, parseGo } from '../source/parser';
import { walkStatements, type StatementFlow } from './statement-flow';

beforeAll(() => initParser());

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.delete()));

/**
 * A toy flow over `func f() {…}`: the state is a set of bits; a call `on()` sets 1 (and clears 2), `off()` sets 2
 * (and clears 1). Returns the lines of the exits reached with bit 1, or 'gave-up'.
 */
function exitsOn(body: string, endless = false): number[] | 'gave-up' {
  const tree = parseGo(`package p\n\nfunc f() {\n${body}\n}\n`);
  trees.push(tree);
  const fn = tree.rootNode.namedChildren.find((n) => n?.type === 'function_declaration')!;
  const out: number[] = [];
  const call = (n: Node, name: string) => n.descendantsOfType('call_expression').some((c) => c?.childForFieldName('function')?.text === name);
  const flow: StatementFlow<number> = {
    join: (a, b) => a | b,
    equal: (a, b) => a === b,
    simple: (n, s) => (call(n, 'on') ? 1 : call(n, 'off') ? 2 : s),
    communication: (n, s) => (call(n, 'on') ? 1 : s),
    rangeBody: (_, s) => s,
    rangeEndless: () => endless,
    exit: (n, s) => {
      if (s & 1) out.push((n.type === 'block' ? n.endPosition.row : n.startPosition.row) - 2);
    },
  };
  const r = walkStatements(fn.childForFieldName('body')!, 2, flow);
  return r === 'gave-up' ? r : out;
}

describe('walkStatements', () => {
  it('reports the exits each state reaches', () => {
    expect(exitsOn('on()\nif x {\nreturn\n}\noff()')).toEqual([3]);
    expect(exitsOn('on()\nswitch {\ncase x:\noff()\n}')).toEqual([6]); // the end of the body (line of `}`)
    expect(exitsOn('on()\nswitch {\ncase x:\noff()\ndefault:\noff()\n}')).toEqual([]);
  });

  it('follows break, continue and labels out of loops', () => {
    expect(exitsOn('for {\non()\nif x {\nbreak\n}\noff()\n}\nreturn')).toEqual([8]);
    expect(exitsOn('L:\nfor {\nselect {\ncase <-c:\non()\nbreak L\n}\n}\nreturn')).toEqual([9]);
    expect(exitsOn('for i := 0; i < 3; i++ {\nif x {\ncontinue\n}\non()\n}\nreturn')).toEqual([7]);
  });

  it('knows an endless loop ends only by break or return, and a terminating call ends a path', () => {
    expect(exitsOn('on()\nfor {\n}')).toEqual([]);
    expect(exitsOn('on()\nfor range c {\n}', true)).toEqual([]);
    expect(exitsOn('on()\nfor range c {\n}', false)).toEqual([4]);
    expect(exitsOn('on()\npanic(1)')).toEqual([]);
    expect(exitsOn('on()\nselect {}')).toEqual([]);
  });

  it('gives up on goto and fallthrough', () => {
    expect(exitsOn('on()\ngoto L\nL:\nreturn')).toBe('gave-up');
    expect(exitsOn('switch {\ncase x:\nfallthrough\ndefault:\n}')).toBe('gave-up');
  });
});
