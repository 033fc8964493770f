/**
 * The prefill analysis reads the struct types of a package from the type declarations of its files: each file's type
 * specs are walked once per package, however many types it asks about (the type whose field a method fills, each type
 * embedding it, each of theirs), not once per type asked.
 */
import { Node } from 'web-tree-sitter';
import { rules } from '../registry';
import { lintPackages } from '../driver/lint';

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
  it('walks each file for its type specs at most once per package', async () => {
    const spy = jest.spyOn(Node.prototype, 'descendantsOfType');
    try {
      const out = await lintPackages([{ dir, files: [{ path: `${dir}/a.go`, text: A }, { path: `${dir}/b.go`, text: B }] }], { rules });
      expect(out.notifications).toEqual([]);
      const walks = spy.mock.calls.filter(([types]) => types === 'type_spec' || (Array.isArray(types) && types.includes('type_spec')));
      expect(walks.length).toBeGreaterThan(0);
      expect(walks.length).toBeLessThanOrEqual(2);
    } finally {
      spy.mockRestore();
    }
  });
});
