import type { Node } from 'web-tree-sitter';
import type { Rule, RuleContext } from '../../src/rule';
import { packageIndex, type FuncInfo, type PackageIndex } from '../../src/analysis/funcs';
import { syntaxIndex } from '../../src/analysis/syntax-index';
import { fieldChannels, nilFieldOps } from '../../src/analysis/fields';
import type { Decl, Resolution } from '../../src/analysis/scope';
import { contains, findBelow, isWayOut, listItems, parentSkippingParens, receiveOperand, unparen } from '../../src/analysis/syntax';
import { nilFlow, NIL, SET } from './flow';

type Msg =
  | 'nilField'
  | 'fieldDeclared'
  | 'nilSend'
  | 'nilReceive'
  | 'nilRange'
  | 'declared'
  | 'passedSend'
  | 'passedReceive'
  | 'passedRange'
  | 'passed'
  | 'shadowed'
  | 'shadowedBy'
  | 'nilHere'
  | 'setNil'
  | 'declaredNil'
  | 'passedNil'
  | 'passedMaybeNil'
  | 'passedMaybe'
  | 'madeOnlyHere'
  | 'passedOn';

/** Does any use of the variable give it a value other than nil (assignment, `:=` redeclaration, `&x`)? */
function everAssigned(d: Decl): boolean {
  for (const r of d.refs) {
    const p = parentSkippingParens(r);
    if (!p) return true;
    if (p.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&') return true;
    if (p.type === 'expression_list') {
      const stmt = p.parent;
      const isLeft = stmt?.childForFieldName('left')?.id === p.id;
      if (isLeft && (stmt!.type === 'assignment_statement' || stmt!.type === 'short_var_declaration' || stmt!.type === 'range_clause' || stmt!.type === 'receive_statement')) {
        const i = listItems(p).findIndex((x) => x?.id === r.id);
        const value = listItems(stmt!.childForFieldName('right'))[i];
        if (stmt!.type !== 'assignment_statement' || !value || value.type !== 'nil') return true;
      }
    }
  }
  return false;
}

/**
 * A send or receive that is the communication of a select case with somewhere else to go (another case
 * or a default): the nil-channel idiom disables that case. A select with a single case and no default is
 * a plain send or receive.
 */
function inSelect(op: Node): boolean {
  let c: Node | null = op.parent;
  if (c && (c.type === 'receive_statement' || c.type === 'expression_statement')) c = c.parent;
  if (c?.type !== 'communication_case') return false;
  const select = c.parent;
  if (!select) return true;
  let cases = 0;
  for (const k of select.namedChildren) if (k && (k.type === 'communication_case' || k.type === 'default_case') && ++cases > 1) return true;
  return false;
}

type Op = 'send' | 'receive' | 'range';

/** What a use of a channel variable does to it, when it blocks on a nil channel; the node to report. */
function blockingOp(r: Node): { op: Op; node: Node } | undefined {
  const p = parentSkippingParens(r);
  if (!p || inSelect(p)) return undefined;
  if (p.type === 'send_statement' && p.childForFieldName('channel')?.id === r.id) return { op: 'send', node: p };
  if (receiveOperand(p)) return { op: 'receive', node: p };
  if (p.type === 'range_clause' && p.childForFieldName('right')?.id === r.id) return { op: 'range', node: p.parent! };
  return undefined;
}

/** Is the use a comparison with nil (`ch == nil`, `ch != nil`): code that knows the channel may be nil? */
function comparedWithNil(r: Node): boolean {
  const p = parentSkippingParens(r);
  if (p?.type !== 'binary_expression') return false;
  return p.childForFieldName('left')?.type === 'nil' || p.childForFieldName('right')?.type === 'nil';
}

/** The receiver type name of an operand, when the function's own text says it: `T`/`*T` parameters and receivers, `var v T`, `v := &T{…}`, `T{…}`, `new(T)`. */
function operandType(operand: Node, res: Resolution): string | undefined {
  if (operand.type !== 'identifier') return undefined;
  const d = res.declOf(operand);
  if (!d) return undefined;
  const typeName = (t: Node | null | undefined) => {
    const m = t && /^\*?\s*([A-Za-z_]\w*)(?:\[.*\])?$/s.exec(t.text);
    return m?.[1];
  };
  const p = d.node.parent;
  if (p?.type === 'parameter_declaration' || (p?.type === 'var_spec' && !p.childForFieldName('value'))) return typeName(p.childForFieldName('type'));
  let init = d.init && unparen(d.init);
  if (init?.type === 'unary_expression' && init.childForFieldName('operator')?.type === '&') init = init.childForFieldName('operand') ?? undefined;
  if (init?.type === 'composite_literal') return typeName(init.childForFieldName('type'));
  if (init?.type === 'call_expression' && init.childForFieldName('function')?.text === 'new') return typeName(init.childForFieldName('arguments')?.namedChild(0));
  return undefined;
}

/** The function a nil argument is followed into: its file, body and scope resolution. */
interface Callee {
  file: File;
  body: Node | null;
  res: Resolution;
}

/** The parameter of a function literal called at once (`go func(ch chan T) {…}(x)`) bound to argument `at`. */
function literalParameter(lit: Node, at: number, res: Resolution): Decl | undefined {
  const list = lit.childForFieldName('parameters');
  let slot = 0;
  for (const p of list?.namedChildren ?? []) {
    if (!p || (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter_declaration')) continue;
    const width = Math.max(1, p.childrenForFieldName('name').length);
    if (at < slot + width) return p.type === 'variadic_parameter_declaration' ? undefined : res.params.get(lit.id)?.[at];
    slot += width;
  }
  return undefined;
}

/**
 * The function that `call` runs and its parameter bound to argument `arg` (a plain, non-variadic parameter),
 * when that parameter is never reassigned and never compared with nil in the callee: a package function called
 * by name; a function literal called where it is written (`go func(ch chan T) {…}(x)`); a method when the
 * operand's type is written in the caller (`m.apply(ch)` with `m *Model` a parameter, receiver or `&Model{…}`),
 * or when exactly one method of the package has that unexported name (no other package can declare it).
 */
function nilParameter(call: Node, arg: Node, file: File, index: PackageIndex, res: Resolution): { callee: Callee; param: Decl } | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const f = unparen(fn);
  let bound: { callee: Callee; param: Decl } | undefined;
  const ofFunc = (b: { callee: FuncInfo; param: Decl } | undefined) =>
    b && { callee: { file: b.callee.file, body: b.callee.node.childForFieldName('body'), res: b.callee.resolution() }, param: b.param };
  if (f.type === 'identifier') bound = ofFunc(index.parameterFor(call, arg, res));
  else if (f.type === 'func_literal') {
    const at = (call.childForFieldName('arguments')?.namedChildren ?? []).findIndex((a) => a?.id === arg.id);
    const param = at < 0 ? undefined : literalParameter(f, at, res);
    if (param) bound = { callee: { file, body: f.childForFieldName('body'), res }, param };
  } else if (f.type === 'selector_expression') {
    const name = f.childForFieldName('field')?.text ?? '';
    const operand = f.childForFieldName('operand');
    const type = operand && operandType(unparen(operand), res);
    const callee = type ? index.method(type, name) : /^[a-z_]/.test(name) ? index.callee(call, res) : undefined;
    if (callee) {
      const b = index.parameterFor(call, arg, res);
      if (b?.callee === callee) bound = ofFunc(b);
    }
  }
  if (!bound || everAssigned(bound.param) || bound.param.refs.some(comparedWithNil)) return undefined;
  return bound;
}

/**
 * Is there a way out (return, break, continue, goto, panic …) between `from` and `to` in `root`, nested function
 * literals aside? On a path that reaches `to`, such an exit may have been avoided by the same condition that
 * skipped the make.
 */
function exitBetween(root: Node, from: number, to: number): boolean {
  const inRange = (n: Node) => n.startIndex >= from && n.startIndex < to;
  return findBelow(root, (n) => inRange(n) && (isWayOut(n) || n.type === 'continue_statement'), true).length > 0;
}

/** Is `n` inside an if, a switch or select case (a condition) below `scope`? */
function guarded(n: Node, scope: Node): boolean {
  for (let p = n.parent; p && p.id !== scope.id; p = p.parent) {
    if (p.type === 'if_statement' || p.type === 'expression_case' || p.type === 'type_case' || p.type === 'default_case' || p.type === 'communication_case') return true;
  }
  return false;
}

/** How a use blocks, as the start of a message. */
function what(op: Op, ch: string): string {
  return op === 'send' ? `send on nil channel ${ch}` : op === 'receive' ? `receive from nil channel ${ch}` : `\`for range ${ch}\``;
}

/** A blocking use of a parameter found by following a nil argument into its callee (and on into theirs). */
interface Passed {
  op: { op: Op; node: Node };
  param: Decl;
  callee: Callee;
  /** The calls that pass the value on, from the first callee down (the caller's own call excluded). */
  chain: { file: File; node: Node; arg: string }[];
}

/**
 * The blocking operations on the parameter that `arg` of `call` (in `file`) binds to, followed through further
 * calls that pass the parameter on (up to `depth` calls). `unguarded`: only operations that no condition of the
 * callee guards and no earlier exit can skip (for values that are nil on some paths only).
 */
function followIntoCallees(call: Node, arg: Node, file: File, res: Resolution, index: PackageIndex, unguarded: boolean, depth = 3, seen = new Set<number>()): Passed[] {
  const bound = nilParameter(call, arg, file, index, res);
  if (!bound || seen.has(bound.param.node.id)) return [];
  seen.add(bound.param.node.id);
  const { callee, param } = bound;
  const body = callee.body;
  const out: Passed[] = [];
  for (const pr of param.refs) {
    if (unguarded && body && (guarded(pr, body) || exitBetween(body, body.startIndex, pr.startIndex))) continue;
    const op = blockingOp(pr);
    if (op) {
      out.push({ op, param, callee, chain: [] });
      continue;
    }
    const args = parentSkippingParens(pr);
    if (depth <= 1 || args?.type !== 'argument_list' || !args.parent) continue;
    for (const p of followIntoCallees(args.parent, pr, callee.file, callee.res, index, unguarded, depth - 1, seen)) {
      out.push({ ...p, chain: [{ file: callee.file, node: args.parent, arg: param.name }, ...p.chain] });
    }
  }
  return out;
}

/** A `:=` in a block nested in `d`'s scope that declares another variable of the same name. */
function shadowingDecl(d: Decl, res: Resolution): Decl | undefined {
  let scope: Node | null = d.node.parent;
  while (scope && scope.type !== 'block') scope = scope.parent;
  if (!scope) return undefined;
  return res.decls.find(
    (o) => o !== d && o.name === d.name && o.kind === 'var' && o.node.startIndex > d.node.startIndex && contains(scope!, o.node) && o.node.parent?.parent?.type === 'short_var_declaration',
  );
}

const rule: Rule<Msg> = {
  meta: {
    id: 'nil-channel',
    name: 'NilChannel',
    summary: 'send, receive or range on a channel variable that is nil at that point',
    severity: 'warning',
    precision: 'very-high',
    tags: ['concurrency', 'goroutine-leak', 'reliability'],
    since: '0.1.0',
    messages: {
      nilSend: 'send on nil channel {{ch}} blocks forever: {{ch}} is declared without make and never assigned',
      nilReceive: 'receive from nil channel {{ch}} blocks forever: {{ch}} is declared without make and never assigned',
      nilRange: '`for range {{ch}}` blocks forever: {{ch}} is a nil channel, declared without make and never assigned',
      declared: '{{ch}} is declared here and stays nil',
      passedSend: 'send on nil channel {{ch}} blocks forever: {{caller}} passes {{arg}}, declared without make and never assigned',
      passedReceive: 'receive from nil channel {{ch}} blocks forever: {{caller}} passes {{arg}}, declared without make and never assigned',
      passedRange: '`for range {{ch}}` blocks forever: {{caller}} passes {{arg}}, a nil channel declared without make and never assigned',
      passed: '{{arg}} is passed here while still nil',
      shadowed: '{{what}} blocks forever: {{ch}} is declared without make, and the := in an inner block makes a different {{ch}}',
      shadowedBy: 'this := declares a new {{ch}}; the outer {{ch}} stays nil',
      nilHere: '{{what}} blocks forever: {{ch}} is nil on every path that reaches it',
      setNil: '{{ch}} is set to nil here',
      declaredNil: '{{ch}} is declared nil here',
      passedNil: '{{what}} blocks forever: {{caller}} passes {{arg}} while it is nil',
      passedMaybeNil: '{{what}} blocks forever when {{caller}} passes {{arg}} on a path that leaves it nil',
      passedMaybe: '{{arg}} is passed here, nil on some paths',
      madeOnlyHere: '{{ch}} is given a value only here',
      passedOn: '{{arg}} is passed on here',
      nilField: '{{what}} blocks forever: field {{type}}.{{field}} is never given a channel anywhere in the package, so it is nil',
      fieldDeclared: '{{type}}.{{field}} is declared here; nothing makes it, assigns it or sets it in a {{type}} literal',
    },
  },
  check(ctx) {
    const index = ctx.pkg.fact(packageIndex);
    const reported = new Set<number>(); // an operation, reported once however many callers pass nil
    const seen = new Set<number>(); // declarations already judged
    for (const { file, varChans, makes } of ctx.pkg.fact(syntaxIndex)) {
      // `var ch chan T` (with or without a value) and `ch := make(chan T)` / `var ch = make(chan T)`.
      const candidates: Node[] = [];
      for (const spec of varChans) for (const name of spec.childrenForFieldName('name')) if (name) candidates.push(name);
      for (const m of makes) {
        const list = parentSkippingParens(m);
        const stmt = list?.type === 'expression_list' ? list.parent : list;
        if (stmt?.type !== 'short_var_declaration' && stmt?.type !== 'var_spec') continue;
        const names = stmt.type === 'var_spec' ? stmt.childrenForFieldName('name') : listItems(stmt.childForFieldName('left'));
        const values = listItems(stmt.childForFieldName(stmt.type === 'var_spec' ? 'value' : 'right'));
        const i = values.findIndex((v) => v?.id === m.id);
        const name = names.length === values.length ? names[i] : undefined;
        if (name?.type === 'identifier') candidates.push(name);
      }
      for (const name of candidates) {
        const fn = index.enclosing(name);
        if (!fn) continue;
        const res = fn.resolution();
        const d = res.declOf(name);
        if (!d || d.node.id !== name.id || seen.has(d.node.id)) continue;
        seen.add(d.node.id);
        const spec = d.node.parent;
        if (spec?.type === 'var_spec' && !spec.childForFieldName('value') && !everAssigned(d)) {
          neverAssigned(ctx, file, fn, d, index, reported);
        } else {
          flowSensitive(ctx, file, fn, d, index, reported);
        }
      }
    }
    for (const { world, op } of nilFieldOps(ctx.pkg.fact(fieldChannels), ctx.pkg)) {
      if (reported.has(op.node.id)) continue;
      reported.add(op.node.id);
      const { structType: type, field } = world.chan;
      const sel = op.kind === 'range' ? op.node.namedChildren.find((c) => c?.type === 'range_clause')?.childForFieldName('right') : (op.node.childForFieldName('channel') ?? op.node.childForFieldName('operand'));
      const text = sel ? sel.text.replace(/\s+/g, ' ') : `${type}.${field}`;
      const what = op.kind === 'send' ? `send on ${text}` : op.kind === 'recv' ? `receive from ${text}` : `\`for range ${text}\``;
      const data = { what, type, field };
      ctx.report({ file: op.body.file, node: op.node, messageId: 'nilField', data, related: [{ file: world.chan.file, node: world.chan.make, messageId: 'fieldDeclared', data }] });
    }
  },
};

type Ctx = RuleContext<Msg>;
type File = FuncInfo['file'];
const OP_MESSAGE = { send: 'nilSend', receive: 'nilReceive', range: 'nilRange' } as const;
const PASSED_MESSAGE = { send: 'passedSend', receive: 'passedReceive', range: 'passedRange' } as const;

/** `var ch chan T` that nothing ever gives a value: every blocking use, here or in a callee it is passed to. */
function neverAssigned(ctx: Ctx, file: File, fn: FuncInfo, d: Decl, index: PackageIndex, reported: Set<number>): void {
  const res = fn.resolution();
  const decl = { file, node: d.node, messageId: 'declared' as const, data: { ch: d.name } };
  const shadow = shadowingDecl(d, res);
  const shadowRef = shadow && { file, node: shadow.node, messageId: 'shadowedBy' as const, data: { ch: d.name } };
  for (const r of d.refs) {
    const blocks = blockingOp(r);
    if (blocks) {
      if (shadowRef) {
        const data = { what: what(blocks.op, d.name), ch: d.name };
        ctx.report({ file, node: blocks.node, messageId: 'shadowed', data, related: [decl, shadowRef], flow: [decl, shadowRef] });
      } else ctx.report({ file, node: blocks.node, messageId: OP_MESSAGE[blocks.op], data: { ch: d.name }, related: [decl], flow: [decl] });
      continue;
    }
    // `drain(ch)` / `go drain(ch)` / `go m.apply(ch)`: the callee's operations on its parameter block the same way.
    const args = parentSkippingParens(r);
    if (args?.type !== 'argument_list' || !args.parent) continue;
    const passed = { file, node: args.parent, messageId: 'passed' as const, data: { arg: d.name } };
    for (const p of followIntoCallees(args.parent, r, file, res, index, false)) {
      if (reported.has(p.op.node.id)) continue;
      reported.add(p.op.node.id);
      const on = p.chain.map((c) => ({ ...c, messageId: 'passedOn' as const, data: { arg: c.arg } }));
      const data = { ch: p.param.name, caller: fn.displayName, arg: d.name };
      ctx.report({ file: p.callee.file, node: p.op.node, messageId: PASSED_MESSAGE[p.op.op], data, related: [passed, decl, ...on], flow: [decl, passed, ...on] });
    }
  }
}

/**
 * A channel variable that is given a value and is nil again, or still nil, where it is used: `a := make(chan T);
 * a = nil; <-a`, or `var ch chan T` made on one branch only and then passed to a goroutine or a method.
 */
function flowSensitive(ctx: Ctx, file: File, fn: FuncInfo, d: Decl, index: PackageIndex, reported: Set<number>): void {
  // Only variables that can be nil at all: declared without a value, or assigned nil somewhere.
  const spec = d.node.parent;
  const declaredNil = spec?.type === 'var_spec' && (!spec.childForFieldName('value') || spec.childForFieldName('value')?.type === 'nil');
  const setNil = (r: Node) => {
    const p = parentSkippingParens(r);
    const stmt = p?.type === 'expression_list' ? p.parent : undefined;
    if (stmt?.type !== 'assignment_statement' || stmt.childForFieldName('left')?.id !== p!.id) return false;
    const i = listItems(p!).findIndex((x) => x?.id === r.id);
    return listItems(stmt.childForFieldName('right'))[i]?.type === 'nil';
  };
  if (!declaredNil && !d.refs.some(setNil)) return;
  // Code that compares the channel with nil knows it may be nil.
  if (d.refs.some(comparedWithNil)) return;
  const flow = nilFlow(d);
  if (!flow) return;
  const res = fn.resolution();
  const scope = d.fn.childForFieldName('body') ?? d.fn;
  const nilSources = flow.defs
    .filter((x) => x.kind === NIL)
    .map((x) => (x.node.id === d.node.id ? { file, node: x.node, messageId: 'declaredNil' as const, data: { ch: d.name } } : { file, node: x.node.parent!.parent!, messageId: 'setNil' as const, data: { ch: d.name } }));
  const made = flow.defs.filter((x) => x.kind === SET).map((x) => ({ file, node: x.node, messageId: 'madeOnlyHere' as const, data: { ch: d.name } }));
  for (const r of d.refs) {
    const state = flow.at.get(r.id);
    if (!state || !(state & NIL)) continue;
    const must = state === NIL;
    const blocks = blockingOp(r);
    if (blocks) {
      // A direct use that may see a value too is left alone: its conditions may well match the make's.
      if (!must || reported.has(blocks.node.id)) continue;
      reported.add(blocks.node.id);
      const data = { what: what(blocks.op, d.name), ch: d.name };
      ctx.report({ file, node: blocks.node, messageId: 'nilHere', data, related: nilSources, flow: nilSources });
      continue;
    }
    const args = parentSkippingParens(r);
    if (args?.type !== 'argument_list' || !args.parent) continue;
    // Nil on some paths only: only a call that no condition guards (a guard may be the very condition of the make).
    if (!must && (guarded(args.parent, scope) || exitBetween(scope, d.node.endIndex, args.parent.startIndex))) continue;
    const passed = { file, node: args.parent, messageId: must ? ('passed' as const) : ('passedMaybe' as const), data: { arg: d.name } };
    for (const p of followIntoCallees(args.parent, r, file, res, index, !must)) {
      if (reported.has(p.op.node.id)) continue;
      reported.add(p.op.node.id);
      const on = p.chain.map((c) => ({ ...c, messageId: 'passedOn' as const, data: { arg: c.arg } }));
      const data = { what: what(p.op.op, p.param.name), caller: fn.displayName, arg: d.name };
      const why = must ? nilSources : [...nilSources, ...made];
      ctx.report({ file: p.callee.file, node: p.op.node, messageId: must ? 'passedNil' : 'passedMaybeNil', data, related: [passed, ...why, ...on], flow: [...why, passed, ...on] });
    }
  }
}

export default rule;
