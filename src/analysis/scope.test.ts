import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import type { Node, Tree } from 'web-tree-sitter';
import { initParser, parseGo } from '../source/parser';
import { packageRoot } from '../source/root';
import { generateTree } from '../bench/gen-tree';
import { MAX_RESOLVE_NODES, resolveFunction, type Decl, type Resolution } from './scope';
import { declaresWithDefine, listItems } from './syntax';

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

type AnyResolution = Resolution | RefResolution;
type AnyDecl = Decl | RefDecl;

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
    if (dump(fn, resolveFunction(fn)) !== dump(fn, referenceResolveFunction(fn))) out.push(`${label}:${fn.startPosition.row + 1}`);
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
    expect(dump(fn, res)).toBe(dump(fn, referenceResolveFunction(fn)));

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

/*
 * ---------------------------------------------------------------------------------------------------------
 * REFERENCE IMPLEMENTATION, used only by the tests above: resolveFunction as it was before src/analysis/scope.ts
 * was rewritten for speed (commit df82430), verbatim but for the names (Ref…, reference…) and the shared
 * MAX_RESOLVE_NODES. It walks node by node with `namedChildren` and string types; the tests prove that the
 * rewrite resolves exactly as it did.
 * ---------------------------------------------------------------------------------------------------------
 */

type RefDeclKind = 'var' | 'param' | 'result' | 'receiver' | 'const';

/** A local declaration inside a function: a variable, parameter, named result or constant. */
class RefDecl {
  /** Uses of the name that resolve to this declaration (the declaring identifier excluded). */
  readonly refs: Node[] = [];

  constructor(
    readonly name: string,
    /** The declaring identifier. */
    readonly node: Node,
    readonly kind: RefDeclKind,
    /** The function (declaration or literal) whose scope holds it. */
    readonly fn: Node,
    /** The initial value (`x := v`, `var x = v`), when there is exactly one for this name. */
    readonly init: Node | undefined,
    /** Position among the parameters (for params), else -1. */
    readonly index: number = -1,
  ) {}
}

class RefScope {
  readonly vars = new Map<string, RefDecl>();
  constructor(readonly parent: RefScope | undefined) {}

  lookup(name: string): RefDecl | undefined {
    for (let s: RefScope | undefined = this; s; s = s.parent) {
      const d = s.vars.get(name);
      if (d) return d;
    }
    return undefined;
  }
}

/** Identifier → declaration for one top-level function (nested literals included). */
class RefResolution {
  private readonly byId = new Map<number, RefDecl>();
  readonly decls: RefDecl[] = [];
  /** Parameters (receiver excluded) of every function node, in order, by node id. */
  readonly params = new Map<number, (RefDecl | undefined)[]>();
  /** Set when the walk gave up (too deep or too large); callers must then stay quiet. */
  truncated = false;

  declOf(ident: Node): RefDecl | undefined {
    return this.byId.get(ident.id);
  }

  /** @internal */ bind(ident: Node, d: RefDecl): void {
    this.byId.set(ident.id, d);
  }
}

type RefFrame =
  | { t: 'visit'; node: Node; scope: RefScope; fn: Node; type?: string }
  | { t: 'declare'; idents: (Node | undefined)[]; values: (Node | undefined)[]; scope: RefScope; fn: Node; kind: RefDeclKind; redeclare: boolean };

/** Nodes that hold no variable uses: types, literals, comments. */
const REF_SKIPPED = new Set([
  'comment',
  'type_identifier',
  'field_identifier',
  'package_identifier',
  'label_name',
  'interpreted_string_literal',
  'raw_string_literal',
  'int_literal',
  'float_literal',
  'rune_literal',
  'imaginary_literal',
  'nil',
  'true',
  'false',
  'iota',
  'qualified_type',
  'pointer_type',
  'slice_type',
  'map_type',
  'channel_type',
  'function_type',
  'struct_type',
  'interface_type',
  'array_type',
  'generic_type',
  'type_arguments',
]);

/**
 * Resolve every identifier of a function declaration (or literal) to its local declaration.
 * Iterative (no recursion), so deep nesting cannot overflow the stack.
 */
function referenceResolveFunction(fnNode: Node): RefResolution {
  const res = new RefResolution();
  const stack: RefFrame[] = [];
  let visited = 0;

  const declare = (ident: Node | undefined, scope: RefScope, fn: Node, kind: RefDeclKind, init: Node | undefined, index = -1) => {
    if (!ident || ident.type !== 'identifier' || ident.text === '_') return;
    const d = new RefDecl(ident.text, ident, kind, fn, init, index);
    scope.vars.set(d.name, d);
    res.decls.push(d);
    res.bind(ident, d);
  };

  /** Declares the names of a parameter list; `collect` receives one slot per parameter (undefined when unnamed or `_`). */
  const declareParams = (list: Node | null, scope: RefScope, fn: Node, kind: RefDeclKind, collect?: (RefDecl | undefined)[]) => {
    if (!list) return;
    for (let i = 0; i < list.namedChildCount; i++) {
      const p = list.namedChild(i)!;
      if (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter_declaration') continue;
      const names = p.childrenForFieldName('name').filter((x): x is Node => !!x);
      if (names.length === 0) collect?.push(undefined);
      for (const n of names) {
        const before = res.decls.length;
        declare(n, scope, fn, kind, undefined, collect ? collect.length : -1);
        collect?.push(res.decls.length > before ? res.decls[res.decls.length - 1] : undefined);
      }
    }
  };

  const enterFunction = (fn: Node, outer: RefScope | undefined) => {
    const scope = new RefScope(outer);
    declareParams(fn.childForFieldName('receiver'), scope, fn, 'receiver');
    const params: (RefDecl | undefined)[] = [];
    declareParams(fn.childForFieldName('parameters'), scope, fn, 'param', params);
    res.params.set(fn.id, params);
    const result = fn.childForFieldName('result');
    if (result && result.type === 'parameter_list') declareParams(result, scope, fn, 'result');
    const body = fn.childForFieldName('body');
    if (body) stack.push({ t: 'visit', node: body, scope, fn });
  };

  const pushChildren = (n: Node, scope: RefScope, fn: Node) => {
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (!k) continue;
      const type = k.type; // each .type is a call into wasm: read it once
      if (!REF_SKIPPED.has(type)) stack.push({ t: 'visit', node: k, scope, fn, type });
    }
  };

  enterFunction(fnNode, undefined);

  while (stack.length) {
    const f = stack.pop()!;
    if (f.t === 'declare') {
      for (let i = 0; i < f.idents.length; i++) {
        const id = f.idents[i];
        if (!id || id.type !== 'identifier' || id.text === '_') continue;
        const existing = f.redeclare ? f.scope.vars.get(id.text) : undefined;
        if (existing) {
          existing.refs.push(id); // `:=` redeclaration assigns the existing variable
          res.bind(id, existing);
        } else {
          declare(id, f.scope, f.fn, f.kind, f.idents.length === f.values.length ? f.values[i] : undefined);
        }
      }
      continue;
    }
    if (++visited > MAX_RESOLVE_NODES) {
      res.truncated = true;
      break;
    }
    const { node: n, scope, fn } = f;
    const type = f.type ?? n.type;
    switch (type) {
      case 'identifier': {
        const d = scope.lookup(n.text);
        if (d) {
          d.refs.push(n);
          res.bind(n, d);
        }
        break;
      }
      case 'func_literal':
        enterFunction(n, scope);
        break;
      case 'block':
      case 'expression_case':
      case 'default_case':
      case 'type_case':
      case 'if_statement':
      case 'expression_switch_statement':
        pushChildren(n, new RefScope(scope), fn);
        break;
      case 'short_var_declaration': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        stack.push({ t: 'declare', idents: listItems(left), values: listItems(right), scope, fn, kind: 'var', redeclare: true });
        if (right) stack.push({ t: 'visit', node: right, scope, fn });
        break;
      }
      case 'var_spec':
      case 'const_spec': {
        const names = n.childrenForFieldName('name').filter((x): x is Node => !!x);
        const value = n.childForFieldName('value');
        stack.push({
          t: 'declare',
          idents: names,
          values: listItems(value),
          scope,
          fn,
          kind: n.type === 'var_spec' ? 'var' : 'const',
          redeclare: false,
        });
        if (value) stack.push({ t: 'visit', node: value, scope, fn });
        break;
      }
      case 'for_statement': {
        const inner = new RefScope(scope);
        const body = n.childForFieldName('body');
        if (body) stack.push({ t: 'visit', node: body, scope: inner, fn });
        for (let i = n.namedChildCount - 1; i >= 0; i--) {
          const c = n.namedChild(i)!;
          if (c.type === 'range_clause' && declaresWithDefine(c)) {
            const left = c.childForFieldName('left');
            stack.push({ t: 'declare', idents: listItems(left), values: [], scope: inner, fn, kind: 'var', redeclare: false });
            const right = c.childForFieldName('right');
            if (right) stack.push({ t: 'visit', node: right, scope, fn });
          } else if (c.id !== body?.id) {
            stack.push({ t: 'visit', node: c, scope: inner, fn });
          }
        }
        break;
      }
      case 'type_switch_statement': {
        const inner = new RefScope(scope);
        // Cases (visited last) see the alias; the value and initializer are visited first.
        for (let i = n.namedChildCount - 1; i >= 0; i--) {
          const c = n.namedChild(i)!;
          if (c.type === 'type_case' || c.type === 'default_case') stack.push({ t: 'visit', node: c, scope: inner, fn });
        }
        const alias = n.childForFieldName('alias');
        if (alias) stack.push({ t: 'declare', idents: listItems(alias), values: [], scope: inner, fn, kind: 'var', redeclare: false });
        const value = n.childForFieldName('value');
        if (value) stack.push({ t: 'visit', node: value, scope: inner, fn });
        const init = n.childForFieldName('initializer');
        if (init) stack.push({ t: 'visit', node: init, scope: inner, fn });
        break;
      }
      case 'communication_case': {
        const inner = new RefScope(scope);
        for (let i = n.namedChildCount - 1; i >= 0; i--) {
          const c = n.namedChild(i)!;
          if (c.type === 'receive_statement' && declaresWithDefine(c)) {
            stack.push({ t: 'declare', idents: listItems(c.childForFieldName('left')), values: [], scope: inner, fn, kind: 'var', redeclare: false });
            const right = c.childForFieldName('right');
            if (right) stack.push({ t: 'visit', node: right, scope, fn });
          } else {
            stack.push({ t: 'visit', node: c, scope: inner, fn });
          }
        }
        break;
      }
      case 'keyed_element': {
        // Struct literal keys are field names, not variables: visit only the value.
        const value = n.namedChild(n.namedChildCount - 1);
        const key = n.namedChild(0);
        if (key && key.type === 'literal_element' && key.namedChild(0)?.type !== 'identifier') stack.push({ t: 'visit', node: key, scope, fn });
        if (value && value.id !== key?.id) stack.push({ t: 'visit', node: value, scope, fn });
        break;
      }
      default:
        if (REF_SKIPPED.has(type)) break;
        pushChildren(n, scope, fn);
    }
  }
  return res;
}
