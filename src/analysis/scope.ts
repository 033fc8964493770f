import type { Language, Node } from 'web-tree-sitter';
import { declaresWithDefine, MANY_CHILDREN } from './syntax';

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

/**
 * How a use of a variable writes it: `inc` for `x++`; `write` for any other new value (`x--`, `x = …`, `x += …`,
 * a `:=` redeclaration, a `range` key or value, `&x`, which may write it through the pointer); undefined for a read.
 */
export function writeOf(ref: Node): 'inc' | 'write' | undefined {
  let e: Node = ref;
  while (e.parent?.type === 'parenthesized_expression') e = e.parent;
  const p = e.parent;
  if (!p) return 'write';
  if (p.type === 'inc_statement') return 'inc';
  if (p.type === 'dec_statement') return 'write';
  if (p.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&') return 'write';
  if (p.type === 'expression_list') {
    const s = p.parent;
    if ((s?.type === 'assignment_statement' || s?.type === 'short_var_declaration' || s?.type === 'range_clause') && s.childForFieldName('left')?.id === p.id) return 'write';
  }
  return undefined;
}

/** Is a local never given another value after its declaration (no assignment, `++`, `&x`, redeclaration)? */
export function neverReassigned(d: Decl): boolean {
  return d.refs.every((r) => writeOf(r) === undefined);
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

/** Upper bound on nodes visited per function; beyond it the resolution is marked truncated. */
export const MAX_RESOLVE_NODES = 400_000;

/*
 * Every property of a Node is a call into wasm, and every Node read from the tree is an allocation, so the walk
 * reads each node's numeric type id once (classified by the tables below, built once per grammar), takes
 * children in bulk (`namedChildren`, cached on the Node, so reading the items of a list and then visiting it
 * costs one call) and looks fields up by id.
 */

/** What visiting a node of a type does. */
const A_GENERIC = 0; // visit the named children, in the same scope
const A_SKIP = 1; // holds no variable uses: types, literals, comments
const A_IDENT = 2;
const A_FUNC_LIT = 3;
const A_SCOPE = 4; // opens a scope, then like A_GENERIC
const A_SHORT_VAR = 5;
const A_VAR_SPEC = 6;
const A_CONST_SPEC = 7;
const A_FOR = 8;
const A_TYPE_SWITCH = 9;
const A_COMM_CASE = 10;
const A_KEYED = 11;
const A_SELECTOR = 12;

const ACTIONS: Record<string, number> = {
  identifier: A_IDENT,
  func_literal: A_FUNC_LIT,
  block: A_SCOPE,
  expression_case: A_SCOPE,
  default_case: A_SCOPE,
  type_case: A_SCOPE,
  if_statement: A_SCOPE,
  expression_switch_statement: A_SCOPE,
  short_var_declaration: A_SHORT_VAR,
  var_spec: A_VAR_SPEC,
  const_spec: A_CONST_SPEC,
  for_statement: A_FOR,
  type_switch_statement: A_TYPE_SWITCH,
  communication_case: A_COMM_CASE,
  keyed_element: A_KEYED,
  selector_expression: A_SELECTOR,
};

/** Nodes that hold no variable uses: types, literals, comments. */
const SKIPPED = [
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
];

/** The other node types the walk tells apart. */
const R_NONE = 0;
const R_EXPRESSION_LIST = 1;
const R_PARAMETER_LIST = 2;
const R_PARAMETER = 3; // parameter_declaration, variadic_parameter_declaration
const R_RANGE_CLAUSE = 4;
const R_RECEIVE = 5; // receive_statement
const R_CASE = 6; // type_case, default_case (of a type switch)
const R_LITERAL_ELEMENT = 7;

const ROLES: Record<string, number> = {
  expression_list: R_EXPRESSION_LIST,
  parameter_list: R_PARAMETER_LIST,
  parameter_declaration: R_PARAMETER,
  variadic_parameter_declaration: R_PARAMETER,
  range_clause: R_RANGE_CLAUSE,
  receive_statement: R_RECEIVE,
  type_case: R_CASE,
  default_case: R_CASE,
  literal_element: R_LITERAL_ELEMENT,
};

/** Type ids are 16-bit (the error node is 0xffff). */
const TYPE_ID_COUNT = 0x10000;

interface Grammar {
  /** By type id: A_*, R_*. A type's entries follow its name, as Node.type gives it. */
  action: Uint8Array;
  role: Uint8Array;
  field: { name: number; left: number; right: number; value: number; receiver: number; parameters: number; result: number; body: number; initializer: number; alias: number; operand: number };
}

const grammars = new WeakMap<Language, Grammar>();

function grammarOf(language: Language): Grammar {
  let g = grammars.get(language);
  if (g) return g;
  const action = new Uint8Array(TYPE_ID_COUNT);
  const role = new Uint8Array(TYPE_ID_COUNT);
  const skipped = new Set(SKIPPED);
  // Ids past the grammar's own symbols read 'ERROR' (the error node is 0xffff): A_GENERIC and R_NONE, which are 0,
  // what the tables hold already. So only the grammar's symbols are classified (a few hundred, not 65,536 ids).
  const count = Math.min(language.types.length, TYPE_ID_COUNT);
  for (let id = 0; id < count; id++) {
    const type = language.types[id] || 'ERROR'; // what Node.type says
    action[id] = skipped.has(type) ? A_SKIP : (ACTIONS[type] ?? A_GENERIC);
    role[id] = ROLES[type] ?? R_NONE;
  }
  const fieldId = (name: string) => language.fieldIdForName(name) ?? -1;
  g = {
    action,
    role,
    field: {
      name: fieldId('name'),
      left: fieldId('left'),
      right: fieldId('right'),
      value: fieldId('value'),
      receiver: fieldId('receiver'),
      parameters: fieldId('parameters'),
      result: fieldId('result'),
      body: fieldId('body'),
      initializer: fieldId('initializer'),
      alias: fieldId('alias'),
      operand: fieldId('operand'),
    },
  };
  grammars.set(language, g);
  return g;
}

/** Names to declare once the values (visited before) are done. */
interface Pending {
  idents: (Node | null)[];
  values: (Node | null)[];
  scope: Scope;
  fn: Node;
  kind: DeclKind;
  /** `:=`: a name already in that very scope is reused (assigned) rather than declared. */
  redeclare: boolean;
}

/** No type id read yet. */
const UNKNOWN = -1;

/** How many functions resolveFunction has resolved in this thread (for the tests: which analyses need it). */
export const resolveCount = { functions: 0 };

/**
 * Resolve every identifier of a function declaration (or literal) to its local declaration.
 * Iterative (no recursion), so deep nesting cannot overflow the stack.
 */
export function resolveFunction(fnNode: Node): Resolution {
  resolveCount.functions++;
  return new Walk(grammarOf(fnNode.tree.language)).run(fnNode);
}

/**
 * A depth-first walk with an explicit stack. Entries are either a node to visit (node, scope, function,
 * type id if known) or a Pending declaration; parallel arrays avoid an object per entry.
 */
class Walk {
  private readonly res = new Resolution();
  private sp = 0;
  private readonly nodes: (Node | undefined)[] = [];
  private readonly scopes: Scope[] = [];
  private readonly fns: Node[] = [];
  private readonly types: number[] = [];
  private readonly pending: (Pending | undefined)[] = [];
  private readonly action: Uint8Array;
  private readonly role: Uint8Array;
  private readonly field: Grammar['field'];
  /** The function has no syntax error: its nodes have the children the grammar gives them. */
  private clean = false;

  constructor(g: Grammar) {
    this.action = g.action;
    this.role = g.role;
    this.field = g.field;
  }

  run(fnNode: Node): Resolution {
    const { res, action, role, field } = this;
    let visited = 0;
    this.clean = !fnNode.hasError;
    this.enterFunction(fnNode, undefined);
    while (this.sp > 0) {
      const i = --this.sp;
      const p = this.pending[i];
      if (p) {
        this.pending[i] = undefined;
        this.declarePending(p);
        continue;
      }
      if (++visited > MAX_RESOLVE_NODES) {
        res.truncated = true;
        break;
      }
      const n = this.nodes[i]!;
      const scope = this.scopes[i];
      const fn = this.fns[i];
      const t = this.types[i] === UNKNOWN ? n.typeId : this.types[i];
      switch (action[t]) {
        case A_SKIP:
          break;
        case A_IDENT: {
          const d = scope.lookup(n.text);
          if (d) {
            d.refs.push(n);
            res.bind(n, d);
          }
          break;
        }
        case A_FUNC_LIT:
          this.enterFunction(n, scope);
          break;
        case A_SCOPE:
          this.pushChildren(n, t, new Scope(scope), fn);
          break;
        case A_SHORT_VAR: {
          const right = n.childForFieldId(field.right);
          const rightType = right ? right.typeId : UNKNOWN;
          const idents = this.items(n.childForFieldId(field.left), UNKNOWN);
          this.pushPending({ idents, values: this.items(right, rightType), scope, fn, kind: 'var', redeclare: true });
          if (right) this.pushVisit(right, scope, fn, rightType);
          break;
        }
        case A_VAR_SPEC:
        case A_CONST_SPEC: {
          const value = n.childForFieldId(field.value);
          const valueType = value ? value.typeId : UNKNOWN;
          const idents = n.childrenForFieldId(field.name).filter((x) => !!x);
          const kind = action[t] === A_VAR_SPEC ? 'var' : 'const';
          this.pushPending({ idents, values: this.items(value, valueType), scope, fn, kind, redeclare: false });
          if (value) this.pushVisit(value, scope, fn, valueType);
          break;
        }
        case A_FOR: {
          // The clauses in the loop's scope (a range value outside it), then the body.
          const inner = new Scope(scope);
          const body = n.childForFieldId(field.body);
          if (body) this.pushVisit(body, inner, fn, UNKNOWN);
          const kids = n.namedChildren;
          for (let k = kids.length - 1; k >= 0; k--) {
            const c = kids[k]!;
            const ct = c.typeId;
            if (role[ct] === R_RANGE_CLAUSE && declaresWithDefine(c)) this.pushDefine(c, scope, inner, fn);
            else if (c.id !== body?.id) this.pushVisit(c, inner, fn, ct);
          }
          break;
        }
        case A_TYPE_SWITCH: {
          const inner = new Scope(scope);
          // Cases (visited last) see the alias; the value and initializer are visited first.
          const kids = n.namedChildren;
          for (let k = kids.length - 1; k >= 0; k--) {
            const c = kids[k]!;
            const ct = c.typeId;
            if (role[ct] === R_CASE) this.pushVisit(c, inner, fn, ct);
          }
          const alias = n.childForFieldId(field.alias);
          if (alias) this.pushPending({ idents: this.items(alias, UNKNOWN), values: [], scope: inner, fn, kind: 'var', redeclare: false });
          const value = n.childForFieldId(field.value);
          if (value) this.pushVisit(value, inner, fn, UNKNOWN);
          const init = n.childForFieldId(field.initializer);
          if (init) this.pushVisit(init, inner, fn, UNKNOWN);
          break;
        }
        case A_COMM_CASE: {
          const inner = new Scope(scope);
          const kids = n.namedChildren;
          for (let k = kids.length - 1; k >= 0; k--) {
            const c = kids[k]!;
            const ct = c.typeId;
            if (role[ct] === R_RECEIVE && declaresWithDefine(c)) this.pushDefine(c, scope, inner, fn);
            else this.pushVisit(c, inner, fn, ct);
          }
          break;
        }
        case A_KEYED: {
          // Struct literal keys are field names, not variables: the key is visited only when it is not an identifier.
          // The first and the last named child, one at a time (see MANY_CHILDREN): a key and a value.
          const count = n.namedChildCount;
          const key = count > 0 ? n.namedChild(0) : null;
          const value = count > 1 ? n.namedChild(count - 1) : null;
          const keyType = key ? key.typeId : UNKNOWN;
          if (key && role[keyType] === R_LITERAL_ELEMENT) {
            const first = key.namedChild(0);
            if (!first || action[first.typeId] !== A_IDENT) this.pushVisit(key, scope, fn, keyType);
          }
          if (value) this.pushVisit(value, scope, fn, UNKNOWN);
          break;
        }
        case A_SELECTOR: {
          // `x.f`: the field is a field_identifier, which holds no use; without a syntax error the operand is the
          // only other named child (comments aside, skipped anyway), so it alone is read.
          if (!this.clean) {
            this.pushChildren(n, t, scope, fn);
            break;
          }
          const operand = n.childForFieldId(field.operand);
          const ot = operand ? operand.typeId : UNKNOWN;
          if (operand && action[ot] !== A_SKIP) this.pushVisit(operand, scope, fn, ot);
          break;
        }
        default:
          this.pushChildren(n, t, scope, fn);
      }
    }
    return res;
  }

  private pushVisit(node: Node, scope: Scope, fn: Node, type: number): void {
    const i = this.sp++;
    this.nodes[i] = node;
    this.scopes[i] = scope;
    this.fns[i] = fn;
    this.types[i] = type;
    this.pending[i] = undefined;
  }

  private pushPending(p: Pending): void {
    const i = this.sp++;
    this.nodes[i] = undefined;
    this.pending[i] = p;
  }

  /**
   * Named children that may hold uses, to visit in document order. An expression list's children are taken in bulk
   * (items() has read them already, and the Node keeps them), as are those of a node with many; others one at a time
   * (see MANY_CHILDREN).
   */
  private pushChildren(n: Node, t: number, scope: Scope, fn: Node): void {
    const count = this.role[t] === R_EXPRESSION_LIST ? -1 : n.namedChildCount;
    if (count < 0 || count > MANY_CHILDREN) {
      const kids = n.namedChildren;
      for (let k = kids.length - 1; k >= 0; k--) {
        const c = kids[k];
        if (!c) continue;
        const ct = c.typeId;
        if (this.action[ct] !== A_SKIP) this.pushVisit(c, scope, fn, ct);
      }
      return;
    }
    for (let k = count - 1; k >= 0; k--) {
      const c = n.namedChild(k);
      if (!c) continue;
      const ct = c.typeId;
      if (this.action[ct] !== A_SKIP) this.pushVisit(c, scope, fn, ct);
    }
  }

  /** A range clause or receive with `:=`: the right side is visited in `outer`, then the left declared in `inner`. */
  private pushDefine(clause: Node, outer: Scope, inner: Scope, fn: Node): void {
    this.pushPending({ idents: this.items(clause.childForFieldId(this.field.left), UNKNOWN), values: [], scope: inner, fn, kind: 'var', redeclare: false });
    const right = clause.childForFieldId(this.field.right);
    if (right) this.pushVisit(right, outer, fn, UNKNOWN);
  }

  /** Items of an expression list (or the single expression); `type` is n's type id when known. */
  private items(n: Node | null, type: number): (Node | null)[] {
    if (!n) return [];
    return this.role[type === UNKNOWN ? n.typeId : type] === R_EXPRESSION_LIST ? n.namedChildren : [n];
  }

  private enterFunction(fn: Node, outer: Scope | undefined): void {
    const scope = new Scope(outer);
    const field = this.field;
    this.declareParams(fn.childForFieldId(field.receiver), scope, fn, 'receiver', undefined);
    const params: (Decl | undefined)[] = [];
    this.declareParams(fn.childForFieldId(field.parameters), scope, fn, 'param', params);
    this.res.params.set(fn.id, params);
    const result = fn.childForFieldId(field.result);
    if (result && this.role[result.typeId] === R_PARAMETER_LIST) this.declareParams(result, scope, fn, 'result', undefined);
    const body = fn.childForFieldId(field.body);
    if (body) this.pushVisit(body, scope, fn, UNKNOWN);
  }

  /** Declares the names of a parameter list; `collect` receives one slot per parameter (undefined when unnamed or `_`). */
  private declareParams(list: Node | null, scope: Scope, fn: Node, kind: DeclKind, collect: (Decl | undefined)[] | undefined): void {
    if (!list) return;
    for (const p of list.namedChildren) {
      if (!p || this.role[p.typeId] !== R_PARAMETER) continue;
      const names = p.childrenForFieldId(this.field.name);
      let named = 0;
      for (const n of names) {
        if (!n) continue;
        named++;
        const name = this.identName(n);
        const d = name === undefined ? undefined : this.declare(n, name, scope, fn, kind, undefined, collect ? collect.length : -1);
        collect?.push(d);
      }
      if (named === 0) collect?.push(undefined);
    }
  }

  private declarePending(p: Pending): void {
    const { idents, values } = p;
    for (let i = 0; i < idents.length; i++) {
      const id = idents[i];
      if (!id) continue;
      const name = this.identName(id);
      if (name === undefined) continue;
      const existing = p.redeclare ? p.scope.vars.get(name) : undefined;
      if (existing) {
        existing.refs.push(id); // `:=` redeclaration assigns the existing variable
        this.res.bind(id, existing);
      } else {
        this.declare(id, name, p.scope, p.fn, p.kind, idents.length === values.length ? (values[i] ?? undefined) : undefined, -1);
      }
    }
  }

  /** The name an identifier node declares; undefined for `_` and for anything but an identifier. */
  private identName(n: Node): string | undefined {
    if (this.action[n.typeId] !== A_IDENT) return undefined;
    const name = n.text;
    return name === '_' ? undefined : name;
  }

  private declare(ident: Node, name: string, scope: Scope, fn: Node, kind: DeclKind, init: Node | undefined, index: number): Decl {
    const d = new Decl(name, ident, kind, fn, init, index);
    scope.vars.set(name, d);
    this.res.decls.push(d);
    this.res.bind(ident, d);
    return d;
  }
}
