import type { Node } from 'web-tree-sitter';
import type { FuncInfo, PackageIndex } from './funcs';
import { constantsIn, constantValue, type ConstantOf } from './paths';
import { neverReassigned } from './scope';
import { callArguments, contains, isTerminating, unparen } from './syntax';

/**
 * What a call's constant arguments decide in the function it calls: the value of an argument, and the conditions on
 * the callee's parameters that the call settles (a helper's `if timeout <= 0 { <-done }` called with a positive
 * duration never takes that branch).
 */

/** Nanoseconds of the time package's duration constants, `time.Second` and its kin. */
const DURATIONS: Readonly<Record<string, number>> = { Nanosecond: 1, Microsecond: 1e3, Millisecond: 1e6, Second: 1e9, Minute: 60e9, Hour: 3600e9 };

/**
 * The value of a constant argument: an integer literal, `true`/`false` (1 and 0), a constant the caller's code
 * holds (`constOf`), a time package duration in nanoseconds (`time.Second`, `time.Duration(n)`), `-x`, and `+ - * /`
 * of these (`100*time.Millisecond`).
 */
export function argumentValue(n: Node, constOf: ConstantOf): number | undefined {
  const u = unparen(n);
  if (u.type === 'true') return 1;
  if (u.type === 'false') return 0;
  if (u.type === 'selector_expression' && u.childForFieldName('operand')?.text === 'time') return DURATIONS[u.childForFieldName('field')?.text ?? ''];
  if (u.type === 'call_expression' && u.childForFieldName('function')?.text === 'time.Duration' && u.childForFieldName('arguments')?.namedChildCount === 1) {
    return argumentValue(u.childForFieldName('arguments')!.namedChild(0)!, constOf);
  }
  if (u.type === 'unary_expression' && u.childForFieldName('operator')?.type === '-') {
    const v = argumentValue(u.childForFieldName('operand')!, constOf);
    return v === undefined ? undefined : -v;
  }
  if (u.type !== 'binary_expression') return constantValue(u, constOf);
  const a = argumentValue(u.childForFieldName('left')!, constOf);
  const b = argumentValue(u.childForFieldName('right')!, constOf);
  if (a === undefined || b === undefined) return undefined;
  switch (u.childForFieldName('operator')?.type) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? undefined : Math.trunc(a / b);
    default:
      return undefined;
  }
}

/**
 * How `call`, a call of `callee`, decides a condition of the callee's code: true or false when the condition compares
 * a parameter the callee never assigns with a constant (`p <= 0`, `0 < p`, `p == 2`), or is the parameter itself or
 * its negation (`if wait`, `if !wait`), and the call's argument for it is a constant (argumentValue); so too for a
 * field of a parameter given a keyed struct literal (`if !cfg.Enabled` for `New(&Config{})`); undefined otherwise.
 */
export function conditionAtCall(callee: FuncInfo, call: Node, index: PackageIndex | undefined): (cond: Node) => boolean | undefined {
  const caller = index?.enclosing(call);
  const args = callArguments(call);
  const params = callee.paramsOf(callee.node);
  const res = callee.resolution();
  const callerConsts = constantsIn(caller ? caller.resolution() : res, index?.constants);
  const ownConsts = constantsIn(res, index?.constants);
  // The argument the call gives a parameter the callee never assigns, named by `n`.
  const argumentOf = (n: Node): Node | undefined => {
    const u = unparen(n);
    const d = u.type === 'identifier' ? res.declOf(u) : undefined;
    if (!d || d.kind !== 'param' || !neverReassigned(d)) return undefined;
    const i = params.indexOf(d);
    // Arguments match parameters one to one (no variadic parameter filled by several, no `f(g())`).
    const arg = i >= 0 && args.length === params.length ? args[i] : undefined;
    return arg && arg.type !== 'variadic_argument' ? arg : undefined;
  };
  // Its value: a constant argument, or for `cfg.Enabled` a field of a struct literal argument (`&Config{…}`) whose
  // every element is keyed, given by its key or else the zero value (false, 0), when the callee never assigns it.
  const paramValue = (n: Node): number | undefined => {
    const u = unparen(n);
    if (u.type !== 'selector_expression') {
      const arg = argumentOf(u);
      return arg ? argumentValue(arg, callerConsts) : undefined;
    }
    const operand = unparen(u.childForFieldName('operand')!);
    const field = u.childForFieldName('field')?.text;
    const arg = operand.type === 'identifier' && field ? argumentOf(operand) : undefined;
    let lit = arg ? unparen(arg) : undefined;
    if (lit?.type === 'unary_expression' && lit.childForFieldName('operator')?.type === '&') lit = unparen(lit.childForFieldName('operand')!);
    const elems = lit?.type === 'composite_literal' ? (lit.childForFieldName('body')?.namedChildren ?? []).filter((e) => e?.type !== 'comment') : undefined;
    if (!elems || elems.some((e) => e?.type !== 'keyed_element')) return undefined;
    const assigned = new RegExp(`\\b${operand.text}\\s*\\.\\s*${field}\\s*(?:[-+*/|&^]?=(?!=)|\\+\\+|--)`);
    if (assigned.test(callee.node.text)) return undefined;
    const keyed = elems.find((e) => e!.namedChild(0)?.text === field);
    const value = keyed?.namedChild(1)?.namedChild(0);
    return keyed ? (value ? argumentValue(value, callerConsts) : undefined) : 0;
  };
  const decide = (c: Node): boolean | undefined => {
    const u = unparen(c);
    if (u.type === 'unary_expression' && u.childForFieldName('operator')?.type === '!') {
      const v = decide(u.childForFieldName('operand')!);
      return v === undefined ? undefined : !v;
    }
    if (u.type === 'identifier' || u.type === 'selector_expression') {
      const v = paramValue(u);
      return v === undefined ? undefined : v !== 0;
    }
    if (u.type !== 'binary_expression') return undefined;
    const l = u.childForFieldName('left')!;
    const r = u.childForFieldName('right')!;
    const lp = paramValue(l);
    const rp = lp === undefined ? paramValue(r) : undefined;
    if (lp === undefined && rp === undefined) return undefined;
    const a = lp ?? argumentValue(l, ownConsts);
    const b = rp ?? argumentValue(r, ownConsts);
    if (a === undefined || b === undefined) return undefined;
    switch (u.childForFieldName('operator')?.type) {
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      case '>=':
        return a >= b;
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      default:
        return undefined;
    }
  };
  return decide;
}

/** Is `n`, in `callee`'s body, inside a branch of an `if` that `decide` settles the other way? */
export function inBranchRuledOut(n: Node, body: Node, decide: (cond: Node) => boolean | undefined): boolean {
  for (let p = n.parent; p && p.id !== body.id; p = p.parent) {
    if (p.type !== 'if_statement' || p.childForFieldName('initializer')) continue;
    const then = p.childForFieldName('consequence');
    const alt = p.childForFieldName('alternative');
    const inThen = then !== null && contains(then, n);
    const inElse = !inThen && alt !== null && contains(alt, n);
    if (!inThen && !inElse) continue;
    const v = decide(p.childForFieldName('condition')!);
    if ((inThen && v === false) || (inElse && v === true)) return true;
  }
  return false;
}

/**
 * Is `n`, in the body `body` of a function that a call runs, out of that call's reach as `decide` (conditionAtCall)
 * settles it: inside a branch it settles the other way (inBranchRuledOut), or after an `if` without `else` that it
 * settles true and whose branch always leaves (`if !block { …; return }`)?
 */
export function ruledOutAtCall(n: Node, body: Node, decide: (cond: Node) => boolean | undefined): boolean {
  const leavesFirst = (stmt: Node) =>
    stmt.type === 'if_statement' &&
    !stmt.childForFieldName('initializer') &&
    !stmt.childForFieldName('alternative') &&
    isTerminating(stmt.childForFieldName('consequence') ?? undefined) &&
    decide(stmt.childForFieldName('condition')!) === true;
  for (let c: Node | null = n; c && c.id !== body.id; c = c.parent) {
    const list = c.parent;
    if (list?.type !== 'block' && list?.type !== 'statement_list') continue;
    for (let prev = c.previousNamedSibling; prev; prev = prev.previousNamedSibling) if (leavesFirst(prev)) return true;
  }
  return inBranchRuledOut(n, body, decide);
}
