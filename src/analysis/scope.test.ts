import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import type { Node, Tree } from 'web-tree-sitter';
import { initParser, parseGo } from '../engine/parser';
import { packageRoot } from '../engine/root';
import { generateTree } from '../bench/gen-tree';
import { MAX_RESOLVE_NODES, resolveFunction, type Decl, type Resolution } from './scope';
import * as reference from './testing/scope-reference';

beforeAll(() => initParser());

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.delete()));

function parse(src: string): Tree {
  const tree = parseGo(src);
  trees.push(tree);
  return tree;
}

const FUNC_TYPES = ['function_declaration', 'method_declaration', 'func_literal'];

/** Every function of a tree, literals included (resolveFunction accepts each as a root). */
function functionsOf(tree: Tree): Node[] {
  return tree.rootNode.descendantsOfType(FUNC_TYPES).filter((n): n is Node => !!n && !!n.childForFieldName('body'));
}

type AnyResolution = Resolution | reference.Resolution;
type AnyDecl = Decl | reference.Decl;

const at = (n: Node | undefined) => (n ? `${n.startIndex}` : '-');

/**
 * Canonical, implementation-independent text of a resolution: for each identifier of the function (by
 * startIndex) the startIndex of its declaring identifier; each declaration with its kind, function, initial
 * value, parameter index and references in order; the parameters of each function node; truncation.
 */
function dump(fn: Node, res: AnyResolution): string {
  const lines: string[] = [];
  for (const id of fn.descendantsOfType('identifier')) lines.push(`${id!.startIndex} -> ${at(res.declOf(id!)?.node)}`);
  for (const d of res.decls as AnyDecl[]) {
    const init = d.init ? `${d.init.startIndex}:${d.init.endIndex}` : '-';
    lines.push(`decl ${d.name}@${d.node.startIndex} ${d.kind} fn=${d.fn.startIndex} init=${init} index=${d.index} refs=${d.refs.map(at).join(',')}`);
  }
  const startOf = new Map([fn, ...fn.descendantsOfType(FUNC_TYPES)].map((n) => [n!.id, n!.startIndex]));
  for (const [id, params] of res.params as Map<number, (AnyDecl | undefined)[]>) {
    lines.push(`params fn=${startOf.get(id)} ${params.map((p) => at(p?.node)).join(',')}`);
  }
  lines.push(`truncated ${res.truncated}`);
  return lines.join('\n');
}

/** Functions whose resolution differs from the reference implementation (empty when all agree). */
function differences(label: string, src: string, roots: 'top' | 'all' = 'all'): string[] {
  const tree = parse(src);
  let fns = functionsOf(tree);
  if (roots === 'top') fns = fns.filter((f) => f.parent?.type === 'source_file');
  const out: string[] = [];
  for (const fn of fns) {
    if (dump(fn, resolveFunction(fn)) !== dump(fn, reference.resolveFunction(fn))) out.push(`${label}:${fn.startPosition.row + 1}`);
  }
  return out;
}

const TRICKY = `package p

type S struct{ A, B int }

func (s *S) method(a, _ int, b ...string) (n int, err error) {
	x := a
	{
		x := x + 1 // shadows, and the value reads the outer x
		_ = x
	}
	x, y := x+1, len(b) // x is reassigned, y declared
	n, err = x, nil
	if v, ok := interface{}(x).(int); ok {
		_ = v
	} else if w := v; w > 0 {
		_ = w
	}
	switch t := interface{}(y).(type) {
	case int:
		_ = t
	case string, error:
		_ = t
	default:
		_ = t
	}
	switch z := x; z {
	case 1:
		z := 2
		_ = z
	}
	ch := make(chan int)
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- x:
	case v = <-ch:
	default:
	}
	for i, c := range b {
		_, _ = i, c
	}
	var i int
	for i = range b {
	}
	for i := range i {
		_ = i
	}
	for j := 0; j < x; j++ {
		j := j
		_ = j
	}
outer:
	for {
		break outer
	}
	f := func(p int, _ string, q ...int) (r int) {
		r = p + x + len(q)
		return
	}
	_ = f
	g := func(int, string) {}
	_ = g
	lit := S{A: x, B: y}
	m := map[int]int{x + 1: x, y: x}
	_, _ = lit, m
	var (
		u, w = 1, 2
		k    int
	)
	const (
		c0 = iota
		c1
	)
	var arr [c1]int
	_, _, _, _, _ = u, w, k, c0, arr
	a, b2 := a, a // a redeclared (param: outer scope), so a is new here
	_ = b2
	go func() { ch <- a }()
	defer func(v int) { _ = v }(x)
	return s.A + n, err
}

func deep() {
	var x int
	_ = ((((((x))))))
}
`;

describe('resolveFunction gives the same results as the reference implementation', () => {
  it('on hand-written tricky cases', () => {
    expect(differences('tricky', TRICKY)).toEqual([]);
  });

  it('on every .go file under testdata/', () => {
    const files = fg.sync('testdata/**/*.go', { cwd: packageRoot(), absolute: true }).sort();
    expect(files.length).toBeGreaterThan(50);
    const diffs = files.flatMap((f) => differences(path.relative(packageRoot(), f), fs.readFileSync(f, 'utf8')));
    expect(diffs).toEqual([]);
  });

  it('on a few hundred generated files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scope-'));
    try {
      generateTree(dir, { files: 300, seed: 11 });
      const files = fg.sync('**/*.go', { cwd: dir, absolute: true }).sort();
      expect(files).toHaveLength(300);
      const diffs = files.flatMap((f) => differences(path.relative(dir, f), fs.readFileSync(f, 'utf8'), 'top'));
      expect(diffs).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on broken code (error recovery)', () => {
    const broken = TRICKY.replace('x, y := x+1', 'x, y := x+ ,1').replace('case int:\n\t\t_ = t', 'case int:\n\t\t_ = t)(').replace('lit := S{A: x', 'lit := S{A: x:: ');
    expect(broken).not.toBe(TRICKY);
    expect(differences('broken', broken)).toEqual([]);
  });

  it('when the walk is truncated, and on 10,000-deep nesting', () => {
    const big = `package p\nfunc f() {\n\tx := 0\n${'\tx = x + x\n'.repeat(Math.ceil(MAX_RESOLVE_NODES / 6))}}\n`;
    const tree = parse(big);
    const fn = functionsOf(tree)[0];
    const res = resolveFunction(fn);
    expect(res.truncated).toBe(true);
    expect(res.decls[0].refs.length).toBeGreaterThan(100_000);
    expect(dump(fn, res)).toBe(dump(fn, reference.resolveFunction(fn)));

    const deep = `package p\nfunc f(y int) int {\n\treturn ${'('.repeat(10_000)}y${')'.repeat(10_000)}\n}\n`;
    expect(differences('deep', deep)).toEqual([]);
  });
});

describe('resolveFunction', () => {
  /** The n-th (0-based) identifier spelled `name` in the source. */
  function ident(fn: Node, name: string, nth = 0): Node {
    const found = fn.descendantsOfType('identifier').filter((n) => n!.text === name);
    if (!found[nth]) throw new Error(`no identifier ${name} #${nth}`);
    return found[nth]!;
  }

  function resolve(body: string, signature = 'func f(a int, ch chan int)'): { fn: Node; res: Resolution; declOf: (name: string, nth?: number) => Decl | undefined } {
    const fn = functionsOf(parse(`package p\n${signature} {\n${body}\n}\n`))[0];
    const res = resolveFunction(fn);
    return { fn, res, declOf: (name, nth = 0) => res.declOf(ident(fn, name, nth)) };
  }

  it('resolves a use to the innermost declaration, a shadowing value to the outer one', () => {
    const { fn, declOf } = resolve('x := a\n{\n x := x\n _ = x\n}\n_ = x');
    expect(declOf('x', 0)!.node.id).toBe(ident(fn, 'x', 0).id);
    expect(declOf('x', 2)).toBe(declOf('x', 0)); // the inner value reads the outer x
    expect(declOf('x', 3)).toBe(declOf('x', 1)); // inside the block: the inner x
    expect(declOf('x', 4)).toBe(declOf('x', 0)); // after the block: the outer x
    expect(declOf('x', 1)).not.toBe(declOf('x', 0));
    expect(declOf('a')?.kind).toBe('param');
  });

  it('reuses a name already in the same scope on `:=` (a ref), declares a new one in an inner scope', () => {
    const { res, declOf } = resolve('v, err := 1, 2\nw, err := 3, 4\nif true {\n u, err := 5, 6\n _, _ = u, err\n}\n_, _, _ = v, w, err');
    expect(declOf('err', 1)).toBe(declOf('err', 0));
    expect(declOf('err', 0)!.refs.map((r) => r.startIndex)).toContain(ident(res.decls[0].fn, 'err', 1).startIndex);
    expect(declOf('err', 2)).not.toBe(declOf('err', 0));
    expect(declOf('err', 3)).toBe(declOf('err', 2));
    expect(declOf('err', 4)).toBe(declOf('err', 0));
    expect(res.decls.map((d) => d.name)).toEqual(['a', 'ch', 'v', 'err', 'w', 'u', 'err']);
    expect(declOf('w')!.init?.text).toBe('3');
  });

  it('declares a type switch alias for the cases only', () => {
    const { declOf } = resolve('var x interface{}\nswitch t := x.(type) {\ncase int:\n _ = t\ndefault:\n _ = t\n}');
    const alias = declOf('t', 0)!;
    expect(alias.kind).toBe('var');
    expect(declOf('t', 1)).toBe(alias);
    expect(declOf('t', 2)).toBe(alias);
    expect(declOf('x', 1)).toBe(declOf('x', 0));
  });

  it('declares `case v, ok := <-ch` in the case, reading ch outside it', () => {
    const { declOf } = resolve('v := 0\nselect {\ncase v, ok := <-ch:\n _, _ = v, ok\ncase v = <-ch:\n}\n_ = v');
    const caseV = declOf('v', 1)!;
    expect(caseV).not.toBe(declOf('v', 0));
    expect(declOf('ok', 1)).toBe(declOf('ok', 0));
    expect(declOf('v', 2)).toBe(caseV);
    expect(declOf('v', 3)).toBe(declOf('v', 0)); // `case v = <-ch` assigns the outer v
    expect(declOf('v', 4)).toBe(declOf('v', 0));
    expect(declOf('ch')?.kind).toBe('param');
  });

  it('declares range variables with `:=`, assigns existing ones with `=`, evaluates the range value outside', () => {
    const { declOf } = resolve('i := []int{}\nfor i := range i {\n _ = i\n}\nfor i = range i {\n}');
    const loopI = declOf('i', 1)!;
    expect(declOf('i', 2)).toBe(declOf('i', 0)); // `range i` reads the outer i
    expect(declOf('i', 3)).toBe(loopI);
    expect(declOf('i', 4)).toBe(declOf('i', 0));
    expect(declOf('i', 5)).toBe(declOf('i', 0));
  });

  it('collects parameters of literals by function node, with slots for `_` and unnamed ones', () => {
    const { fn, res, declOf } = resolve('g := func(p int, _ string, q ...int) (r int) {\n r = p + a\n return\n}\nh := func(int, string) {}\n_, _ = g, h');
    const [lit, lit2] = fn.descendantsOfType('func_literal');
    const params = res.params.get(lit!.id)!;
    expect(params.map((p) => p?.name)).toEqual(['p', undefined, 'q']);
    expect(params.map((p) => p?.index)).toEqual([0, undefined, 2]);
    expect(params[0]!.fn.id).toBe(lit!.id);
    expect(res.params.get(lit2!.id)).toEqual([undefined, undefined]);
    expect(declOf('r', 0)?.kind).toBe('result');
    expect(declOf('a', 1)?.fn.id).toBe(fn.id); // a closure reads the outer parameter
    expect(res.params.get(fn.id)!.map((p) => p?.name)).toEqual(['a', 'ch']);
  });

  it('declares receivers and named results, not in params', () => {
    const { res } = resolve('n = len(s.xs)\nreturn', 'func (s *S) m(_ int, k int) (n int, err error)');
    expect(res.decls.map((d) => `${d.name}:${d.kind}:${d.index}`)).toEqual(['s:receiver:-1', 'k:param:1', 'n:result:-1', 'err:result:-1']);
    expect(res.params.get(res.decls[0].fn.id)!.map((p) => p?.name)).toEqual([undefined, 'k']);
    expect(res.decls[0].refs).toHaveLength(1);
    expect(res.decls[2].refs).toHaveLength(1);
  });

  it('does not resolve struct literal keys, but resolves values and computed map keys (value first)', () => {
    const { declOf, res } = resolve('x := 1\n_ = S{x: x}\n_ = map[int]int{x + 1: x}');
    expect(declOf('x', 1)).toBeUndefined();
    expect(declOf('x', 2)).toBe(declOf('x', 0));
    const refs = res.decls.find((d) => d.name === 'x')!.refs.map((r) => r.startIndex);
    expect(refs).toEqual([ident(res.decls[0].fn, 'x', 2), ident(res.decls[0].fn, 'x', 4), ident(res.decls[0].fn, 'x', 3)].map((n) => n.startIndex));
  });

  it('declares var and const groups, with an initial value only when names and values pair up', () => {
    const { res } = resolve('var (\n u, w = 1, 2\n k int\n)\nconst (\n c0 = iota\n c1\n)\nvar p, q = f2()\n_, _, _, _, _, _, _ = u, w, k, c0, c1, p, q');
    const byName = new Map(res.decls.map((d) => [d.name, d]));
    expect(byName.get('u')!.init?.text).toBe('1');
    expect(byName.get('w')!.init?.text).toBe('2');
    expect(byName.get('k')!.init).toBeUndefined();
    expect(byName.get('c0')!.kind).toBe('const');
    expect(byName.get('c0')!.init?.text).toBe('iota');
    expect(byName.get('c1')!.init).toBeUndefined();
    expect(byName.get('p')!.init).toBeUndefined();
    for (const d of res.decls.slice(2)) expect(d.refs).toHaveLength(1);
  });

  it('does not resolve labels, and keeps refs in document order', () => {
    const { declOf } = resolve('x := 0\nx:\nfor {\n x++\n break x\n}\n_ = x');
    const d = declOf('x', 0)!;
    expect(d.refs).toHaveLength(2);
    expect(d.refs[0].startIndex).toBeLessThan(d.refs[1].startIndex);
  });
});
