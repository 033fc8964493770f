import type { Node } from 'web-tree-sitter';
import type { FuncInfo, PackageIndex } from './funcs';
import type { Decl, Resolution } from './scope';
import { unparen } from './syntax';

/**
 * What golint-chan can tell about the struct type of a value without a type checker: from how a local was declared
 * or built. Undefined means unknown.
 */

/** The struct type a value expression is known to be (`&T{…}`, `T{…}`, `new(T)`), else undefined. */
export function builtType(e: Node | null | undefined): string | undefined {
  if (!e) return undefined;
  let u = unparen(e);
  if (u.type === 'unary_expression' && u.childForFieldName('operator')?.type === '&') u = unparen(u.childForFieldName('operand')!);
  if (u.type === 'composite_literal') return typeName(u.childForFieldName('type'));
  if (u.type === 'call_expression' && u.childForFieldName('function')?.text === 'new') {
    return typeName(u.childForFieldName('arguments')?.namedChild(0));
  }
  return undefined;
}

/** A local variable whose value its declaration makes: `&T{…}`, `T{…}`, `new(T)` or a call (a constructor). */
export function madeByDeclaration(d: Decl | undefined): boolean {
  if (!d || d.kind !== 'var' || !d.init) return false;
  const init = unparen(d.init);
  return builtType(init) !== undefined || init.type === 'call_expression';
}

/** `T`, `*T`, `T[X]`, `*T[X]` → `T`. */
export function typeName(t: Node | null | undefined): string | undefined {
  if (!t) return undefined;
  let u = t;
  if (u.type === 'pointer_type') u = u.namedChild(0)!;
  if (u?.type === 'generic_type') u = u.childForFieldName('type')!;
  return u?.type === 'type_identifier' ? u.text : undefined;
}

/** The struct type of the operand of a selector, when golint-chan can tell it from the declaration. */
export function operandType(operand: Node, fn: FuncInfo, res: Resolution, index?: PackageIndex): string | undefined {
  const u = unparen(operand);
  // `x.f` where x is of a struct type of the package whose field f is declared `f T` or `f *T` with T a struct type
  // of the package (`t.db.owner`): T. A field of another package's type (`f *bytes.Buffer`), or of an interface or
  // basic type, is no struct type of the package: unknown.
  if (u.type === 'selector_expression' && index) {
    const xt = operandType(u.childForFieldName('operand')!, fn, res, index);
    const ft = xt ? index.fieldType(xt, u.childForFieldName('field')?.text ?? '') : undefined;
    const t = ft ? /^\*?(\w+)$/.exec(ft)?.[1] : undefined;
    return t && index.isStructType(t) ? t : undefined;
  }
  // `(&T{…}).m()`, `T{}.m()`, `new(T).m()`: a value built right there.
  if (u.type !== 'identifier') return builtType(u);
  const d = res.declOf(u);
  if (!d) return undefined;
  if (d.kind === 'receiver') return fn.recvType;
  const typeNode = d.node.parent?.childForFieldName('type');
  if (typeNode && (d.node.parent?.type === 'parameter_declaration' || d.node.parent?.type === 'var_spec')) return typeName(typeNode);
  const built = builtType(d.init);
  if (built || !index || !d.init) return built;
  const init = unparen(d.init);
  // `w := <-p.idle` for a field declared `idle chan *worker`: the channel's element type.
  if (init.type === 'unary_expression' && init.childForFieldName('operator')?.type === '<-') {
    const ch = unparen(init.childForFieldName('operand')!);
    const owner = ch.type === 'selector_expression' ? operandType(ch.childForFieldName('operand')!, fn, res, index) : undefined;
    const ft = owner ? index.fieldType(owner, ch.childForFieldName('field')?.text ?? '') : undefined;
    const t = ft ? /^(?:<-\s*)?chan(?:\s*<-)?\s*\*?(\w+)$/.exec(ft)?.[1] : undefined;
    return t && index.isStructType(t) ? t : undefined;
  }
  // `x := newT(…)`: a package function whose one result is T or *T.
  const f = init.type === 'call_expression' ? init.childForFieldName('function') : null;
  const callee = f ? index.calleeOf(f, res) : undefined;
  return callee?.usable && !callee.recvType ? typeName(callee.node.childForFieldName('result')) : undefined;
}

/**
 * The package function a call runs: for `x.m(…)`, the method m of x's type when golint-chan can tell the type
 * (operandType), else the one function or method of that name (PackageIndex.callee).
 */
export function calledFunction(call: Node, fn: FuncInfo, res: Resolution, index: PackageIndex): FuncInfo | undefined {
  const f = call.childForFieldName('function');
  const operand = f?.type === 'selector_expression' ? f.childForFieldName('operand') : null;
  const t = operand ? operandType(operand, fn, res, index) : undefined;
  return t ? index.method(t, f!.childForFieldName('field')?.text ?? '') : index.callee(call, res);
}

/**
 * Is the operand of a method call known to point to another package's type (`t *testing.T` of `t.Run`, a field
 * declared `pg *fdw.Backend` of `s.pg.Run`)? Methods are declared only on a package's own types, and a pointer's
 * method set is its element's: such a call never runs a method of this package. A value of another package's named
 * type (`x pkg.Iface`) may be an interface that holds one of ours, and is not known so, unless the type is one of
 * the standard library's structs (STD_STRUCTS: `wg sync.WaitGroup`, `mu sync.Mutex`).
 */
export function pointsToOtherPackage(operand: Node, fn: FuncInfo, res: Resolution, index: PackageIndex): boolean {
  const u = unparen(operand);
  if (u.type === 'identifier') {
    const d = res.declOf(u);
    const parent = d?.node.parent;
    if (!d || d.kind === 'receiver' || (parent?.type !== 'parameter_declaration' && parent?.type !== 'var_spec')) return false;
    return ofOtherPackageType(parent.childForFieldName('type'));
  }
  // `NewApp().Run(…)` for `func NewApp() *cli.App`: the one result of a package function, of another package's type.
  if (u.type === 'call_expression') {
    return ofOtherPackageType(index.callee(u, res)?.node.childForFieldName('result'));
  }
  if (u.type === 'selector_expression') {
    const inner = u.childForFieldName('operand');
    const field = u.childForFieldName('field')?.text;
    const owner = inner && field ? operandType(inner, fn, res, index) : undefined;
    const declared = owner && field ? index.fieldType(owner, field) : undefined;
    return declared !== undefined && (/^\*[\p{L}_][\p{L}\p{N}_]*\.[\p{L}_][\p{L}\p{N}_]*$/u.test(declared) || STD_STRUCTS.has(declared));
  }
  return false;
}

/**
 * Is the written type `t` one whose methods are all another package's: a pointer to a named type of another package
 * (`*cli.App`), or one of the standard library's structs (STD_STRUCTS)?
 */
function ofOtherPackageType(t: Node | null | undefined): boolean {
  return (t?.type === 'pointer_type' && t.namedChild(0)?.type === 'qualified_type') || (t?.type === 'qualified_type' && STD_STRUCTS.has(t.text));
}

/** Standard-library types that are structs, never interfaces: a value of one has only that package's methods. */
const STD_STRUCTS = new Set(['sync.WaitGroup', 'sync.Mutex', 'sync.RWMutex', 'sync.Once', 'sync.Map', 'sync.Pool', 'sync.Cond', 'time.Time', 'time.Timer', 'time.Ticker', 'bytes.Buffer', 'strings.Builder']);
