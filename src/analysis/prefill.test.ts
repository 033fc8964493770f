/**
 * The prefill analysis reads the struct types of a package from the type declarations of its files: each file's type
 * specs are read once per package, however many types it asks about (the type whose field a method fills, each type
 * embedding it, each of theirs), not once per type asked; and from the `type` keywords of the text, not by a walk of
 * the whole tree, which must find the same specs in the same order.
 */
import * as fs from 'fs';
import fg from 'fast-glob';
import { Node } from 'web-tree-sitter';
import { rules } from '../registry';
import { lintPackages } from '../driver/lint';
import { initParser, parseGo } from '../source/parser';
import { SourceFile } from '../source/source';
import { TESTDATA } from '../testing/fixtures';
import * as prefill from './prefill';

const dir = '/virtual/prefillscan';

// `inner.init` gives the field a buffer of 1 through the receiver: prefill then asks for every type embedding inner
// (outerA, outerB, and outerC embedding outerA), and for each of them its struct declaration.
const A = `package p

type inner struct {
	ch chan int
}

func (r *inner) init() {
	r.ch = make(chan int, 1)
}

type outerA struct {
	inner
	n int
}

type outerB struct {
	inner
}
`;

const B = `package p

type outerC struct {
	outerA
}

type other struct {
	s string
}
`;

describe('prefill reads the type declarations of a file once', () => {
  it('reads the type specs of the files without walking them', async () => {
    const spy = jest.spyOn(Node.prototype, 'descendantsOfType');
    try {
      const out = await lintPackages([{ dir, files: [{ path: `${dir}/a.go`, text: A }, { path: `${dir}/b.go`, text: B }] }], { rules });
      expect(out.notifications).toEqual([]);
      // Read from the text (typeSpecsOf): no walk at all (6 before the specs were read once per file, then 2).
      const walks = spy.mock.calls.filter(([types]) => types === 'type_spec' || (Array.isArray(types) && types.includes('type_spec')));
      expect(walks).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('finds the type specs a walk finds, in order, in every fixture file', async () => {
    await initParser();
    const paths = fg.sync('**/*.go', { cwd: TESTDATA, absolute: true });
    let specs = 0;
    for (const path of paths) {
      const text = fs.readFileSync(path, 'utf8');
      const file = new SourceFile(path, text, parseGo(text));
      try {
        const walked = file.tree!.rootNode.descendantsOfType('type_spec').map((n) => n!.id);
        expect({ path, ids: prefill.typeSpecsOf(file).map((n) => n.id) }).toEqual({ path, ids: walked });
        specs += walked.length;
      } finally {
        file.dispose();
      }
    }
    expect(specs).toBeGreaterThan(150);
  });
});
