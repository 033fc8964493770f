/**
 * REFERENCE IMPLEMENTATION — used only by src/analysis/scope.test.ts.
 *
 * This is the node-by-node implementation of resolveFunction that src/analysis/scope.ts had before it was
 * rewritten around a TreeCursor (commit df82430). It is kept verbatim (only the imports and this comment
 * differ) so that the test can prove the fast walk gives identical resolutions. Do not import it from
 * production code.
 */
import type { Node } from 'web-tree-sitter';
import { declaresWithDefine, listItems } from '../syntax';

export type DeclKind = 'var' | 'param' | 'result' | 'receiver' | 'const';

/** A local declaration inside a function: a variable, parameter, named result or constant. */
export class Decl {
  /** Uses of the name that resolve to this declaration (the declaring identifier excluded). */
  readonly refs: Node[] = [];

  constructor(
    readonly name: string,
    /** The declaring identifier. */
    readonly node: Node,
    readonly kind: DeclKind,
    /** The function (declaration or literal) whose scope holds it. */
    readonly fn: Node,
    /** The initial value (`x := v`, `var x = v`), when there is exactly one for this name. */
    readonly init: Node | undefined,
    /** Position among the parameters (for params), else -1. */
    readonly index: number = -1,
  ) {}
}

class Scope {
  readonly vars = new Map<string, Decl>();
  constructor(readonly parent: Scope | undefined) {}

  lookup(name: string): Decl | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const d = s.vars.get(name);
      if (d) return d;
    }
    return undefined;
  }
}

/** Identifier → declaration for one top-level function (nested literals included). */
export class Resolution {
  private readonly byId = new Map<number, Decl>();
  readonly decls: Decl[] = [];
  /** Parameters (receiver excluded) of every function node, in order, by node id. */
  readonly params = new Map<number, (Decl | undefined)[]>();
  /** Set when the walk gave up (too deep or too large); callers must then stay quiet. */
  truncated = false;

  declOf(ident: Node): Decl | undefined {
    return this.byId.get(ident.id);
  }

  /** @internal */ bind(ident: Node, d: Decl): void {
    this.byId.set(ident.id, d);
  }
}

type Frame =
  | { t: 'visit'; node: Node; scope: Scope; fn: Node; type?: string }
  | { t: 'declare'; idents: (Node | undefined)[]; values: (Node | undefined)[]; scope: Scope; fn: Node; kind: DeclKind; redeclare: boolean };

/** Nodes that hold no variable uses: types, literals, comments. */
const SKIPPED = new Set([
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

/** Upper bound on nodes visited per function; beyond it the resolution is marked truncated. */
export const MAX_RESOLVE_NODES = 400_000;

/**
 * Resolve every identifier of a function declaration (or literal) to its local declaration.
 * Iterative (no recursion), so deep nesting cannot overflow the stack.
 */
export function resolveFunction(fnNode: Node): Resolution {
  const res = new Resolution();
  const stack: Frame[] = [];
  let visited = 0;

  const declare = (ident: Node | undefined, scope: Scope, fn: Node, kind: DeclKind, init: Node | undefined, index = -1) => {
    if (!ident || ident.type !== 'identifier' || ident.text === '_') return;
    const d = new Decl(ident.text, ident, kind, fn, init, index);
    scope.vars.set(d.name, d);
    res.decls.push(d);
    res.bind(ident, d);
  };

  /** Declares the names of a parameter list; `collect` receives one slot per parameter (undefined when unnamed or `_`). */
  const declareParams = (list: Node | null, scope: Scope, fn: Node, kind: DeclKind, collect?: (Decl | undefined)[]) => {
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

  const enterFunction = (fn: Node, outer: Scope | undefined) => {
    const scope = new Scope(outer);
    declareParams(fn.childForFieldName('receiver'), scope, fn, 'receiver');
    const params: (Decl | undefined)[] = [];
    declareParams(fn.childForFieldName('parameters'), scope, fn, 'param', params);
    res.params.set(fn.id, params);
    const result = fn.childForFieldName('result');
    if (result && result.type === 'parameter_list') declareParams(result, scope, fn, 'result');
    const body = fn.childForFieldName('body');
    if (body) stack.push({ t: 'visit', node: body, scope, fn });
  };

  const pushChildren = (n: Node, scope: Scope, fn: Node) => {
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (!k) continue;
      const type = k.type; // each .type is a call into wasm: read it once
      if (!SKIPPED.has(type)) stack.push({ t: 'visit', node: k, scope, fn, type });
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
        pushChildren(n, new Scope(scope), fn);
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
        const inner = new Scope(scope);
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
        const inner = new Scope(scope);
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
        const inner = new Scope(scope);
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
        if (SKIPPED.has(type)) break;
        pushChildren(n, scope, fn);
    }
  }
  return res;
}
