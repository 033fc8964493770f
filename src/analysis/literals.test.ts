/**
 * The function literals of a function are found from the `func` keywords of its text (PackageIndex.literalsIn):
 * over every fixture file they must be exactly the nodes a walk of the whole function finds, in the same order, and
 * no function of a file without syntax errors is walked for them.
 */
import * as fs from 'fs';
import fg from 'fast-glob';
import { Node } from 'web-tree-sitter';
import { Package } from './package';
import { packageIndex } from './funcs';
import { initParser, parseGo } from '../source/parser';
import { SourceFile } from '../source/source';
import { TESTDATA } from '../testing/fixtures';

beforeAll(() => initParser());

const FUNCS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

function functionsOf(root: Node): Node[] {
  return root.descendantsOfType([...FUNCS]).filter((n): n is Node => n !== null);
}

describe('literalsIn', () => {
  it('finds the function literals a walk of each function finds, over every fixture file', () => {
    const paths = fg.sync('**/*.go', { cwd: TESTDATA, absolute: true });
    expect(paths.length).toBeGreaterThan(300);
    let literals = 0;
    for (const path of paths) {
      const text = fs.readFileSync(path, 'utf8');
      const file = new SourceFile(path, text, parseGo(text));
      try {
        const index = new Package('/virtual', [file]).fact(packageIndex);
        for (const fn of functionsOf(file.tree!.rootNode)) {
          const walked = fn.descendantsOfType('func_literal').filter((n) => n !== null && n.id !== fn.id).map((n) => n!.id);
          const found = index.literalsIn(fn).map((l) => l.node.id);
          expect({ path, at: fn.startIndex, found }).toEqual({ path, at: fn.startIndex, found: walked });
          literals += found.length;
        }
      } finally {
        file.dispose();
      }
    }
    expect(literals).toBeGreaterThan(500);
  });

  it('reads them from the text, without walking the function', () => {
    const text = 'package p\n\n// func in a comment\nfunc f(cb func(int)) {\n\ts := "func"\n\tgo func() {\n\t\tdefer func() {}()\n\t\tcb(len(s))\n\t}()\n}\n';
    const file = new SourceFile('/virtual/a.go', text, parseGo(text));
    const spy = jest.spyOn(Node.prototype, 'descendantsOfType');
    try {
      const index = new Package('/virtual', [file]).fact(packageIndex);
      const fn = file.tree!.rootNode.namedChildren.find((n) => n?.type === 'function_declaration')!;
      const found = index.literalsIn(fn);
      expect(found.map((l) => [l.node.startPosition.row, l.runBy])).toEqual([
        [5, 'go'],
        [6, 'defer'],
      ]);
      expect(spy.mock.calls.filter(([t]) => t === 'func_literal')).toEqual([]);
    } finally {
      spy.mockRestore();
      file.dispose();
    }
  });
});
