import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { isVariadicParameter, packageIndex, type FuncInfo, type PackageIndex } from './funcs';
import { syntaxIndex } from './syntax-index';
import type { ChanOp } from './channels';
import { fieldChannels, nilFieldOps, type FieldWorld } from './fields';
import type { Decl, Resolution } from './scope';
import { comparedWithNil, contains, enclosingFuncNode, findBelow, isWayOut, listItems, literalRunBy, parentSkippingParens, receiveOperand, unparen } from './syntax';
import { oncePerProcess } from './lifetime';
import { nilFlow, NIL, SET } from './nilflow';

/**
 * Sends, receives and ranges on local channel variables that are nil where they run (the nil-channel rule's
 * model): `var ch chan T` never given a value, a variable nil on every path to the use (nilflow.ts), and a nil
 * variable passed to a function or method that blocks on its parameter, followed several calls deep; and struct
 * fields that nothing in the package ever gives a channel (fields.ts's nilFieldOps).
 */

/** A send, receive or range that blocks forever on a nil channel variable. */
export interface NilChannelUse {
  /** Where it blocks: the send, the receive or the for statement, in `file`. */
  file: SourceFile;
  node: Node;
  op: NilOp;
  /** The variable that is nil, declared in `declFile` by the function `fn`. */
  decl: Decl;
  declFile: SourceFile;
  fn: FuncInfo;
  /**
   * never-assigned: `var ch chan T` that nothing gives a value; must: nil on every path that reaches the use (or the
   * call that passes it); may: nil on some paths only (reported only through a call no condition guards).
   */
  nil: 'never-assigned' | 'must' | 'may';
  /** never-assigned: a `:=` in an inner block that declares another variable of the same name. */
  shadow?: Decl;
  /** must / may: where the variable is nil: its declaration, or an assignment statement that sets it to nil. */
  nilSources: { node: Node; how: 'declared' | 'set' }[];
  /** must / may: the identifiers where it is given a value. */
  made: Node[];
  /** Reached through a call: the call passing the variable, the parameter that blocks, the calls passing it on. */
  passed?: { call: Node; param: Decl; chain: { file: SourceFile; node: Node; arg: string }[] };
}

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

export type NilOp = 'send' | 'receive' | 'range';

/** What a use of a channel variable does to it, when it blocks on a nil channel; the node to report. */
function blockingOp(r: Node): { op: NilOp; node: Node } | undefined {
  const p = parentSkippingParens(r);
  if (!p || inSelect(p)) return undefined;
  if (p.type === 'send_statement' && p.childForFieldName('channel')?.id === r.id) return { op: 'send', node: p };
  if (receiveOperand(p)) return { op: 'receive', node: p };
  if (p.type === 'range_clause' && p.childForFieldName('right')?.id === r.id) return { op: 'range', node: p.parent! };
  return undefined;
}

/**
 * The receiver type name of an operand, when the function's own text says it: `T`/`*T` parameters and receivers,
 * `var v T`, `v := &T{…}`, `T{…}`, `new(T)`. Narrower than typing.ts's operandType on purpose (and kept so that the
 * rule's findings stay as they are): the type is read from the text (ASCII names only), a `var v I = &T{}` is T
 * (not I), `&(T{})` and constructor calls are not followed.
 */
function writtenType(operand: Node, res: Resolution): string | undefined {
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
  file: SourceFile;
  body: Node | null;
  res: Resolution;
}

/** The parameter of a function literal called at once (`go func(ch chan T) {…}(x)`) bound to argument `at`. */
function literalParameter(lit: Node, at: number, res: Resolution): Decl | undefined {
  return isVariadicParameter(lit, at) ? undefined : res.params.get(lit.id)?.[at];
}

/**
 * The function that `call` runs and its parameter bound to argument `arg` (a plain, non-variadic parameter),
 * when that parameter is never reassigned and never compared with nil in the callee: a package function called
 * by name; a function literal called where it is written (`go func(ch chan T) {…}(x)`); a method when the
 * operand's type is written in the caller (`m.apply(ch)` with `m *Model` a parameter, receiver or `&Model{…}`),
 * or when exactly one method of the package has that unexported name (no other package can declare it).
 */
function nilParameter(call: Node, arg: Node, file: SourceFile, index: PackageIndex, res: Resolution): { callee: Callee; param: Decl } | undefined {
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
    const type = operand && writtenType(unparen(operand), res);
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

/** Can a run of the function whose body is `body` skip `n`: a condition around it, or a way out before it? */
function skippable(n: Node, body: Node): boolean {
  return guarded(n, body) || exitBetween(body, body.startIndex, n.startIndex);
}

/** Is `n` inside an if, a switch or select case (a condition) below `scope`? */
function guarded(n: Node, scope: Node): boolean {
  for (let p = n.parent; p && p.id !== scope.id; p = p.parent) {
    if (p.type === 'if_statement' || p.type === 'expression_case' || p.type === 'type_case' || p.type === 'default_case' || p.type === 'communication_case') return true;
  }
  return false;
}

/**
 * A nil from a test file handed to a function of a file that is not one (`s.ListenAndServe(ctx, tt.args.errCh)`, a
 * table field the case leaves unset): that code is written for the channel its other callers give, and the test
 * passes nil for a case that does not reach it. Only an operation every call reaches counts, not one behind a
 * condition (`if err != nil { ech <- err }`) the test's inputs may never meet.
 */
function fromTestIntoCode(from: SourceFile, into: SourceFile): boolean {
  return from.path.endsWith('_test.go') && !into.path.endsWith('_test.go');
}

/** A blocking use of a parameter found by following a nil argument into its callee (and on into theirs). */
interface Passed {
  op: { op: NilOp; node: Node };
  param: Decl;
  callee: Callee;
  /** The calls that pass the value on, from the first callee down (the caller's own call excluded). */
  chain: { file: SourceFile; node: Node; arg: string }[];
}

/**
 * The blocking operations on the parameter that `arg` of `call` (in `file`) binds to, followed through further
 * calls that pass the parameter on (up to `depth` calls). `unguarded`: only operations that no condition of the
 * callee guards and no earlier exit can skip (for values that are nil on some paths only).
 */
function followIntoCallees(call: Node, arg: Node, file: SourceFile, res: Resolution, index: PackageIndex, unguarded: boolean, depth = 3, seen = new Set<number>()): Passed[] {
  const bound = nilParameter(call, arg, file, index, res);
  if (!bound || seen.has(bound.param.node.id)) return [];
  seen.add(bound.param.node.id);
  const { callee, param } = bound;
  const body = callee.body;
  const out: Passed[] = [];
  // A test handing nil to the package's own code: see fromTestIntoCode.
  const reachedOnly = unguarded || fromTestIntoCode(file, callee.file);
  for (const pr of param.refs) {
    if (reachedOnly && body && skippable(pr, body)) continue;
    const op = blockingOp(pr);
    if (op) {
      out.push({ op, param, callee, chain: [] });
      continue;
    }
    const args = parentSkippingParens(pr);
    if (depth <= 1 || args?.type !== 'argument_list' || !args.parent) continue;
    for (const p of followIntoCallees(args.parent, pr, callee.file, callee.res, index, reachedOnly, depth - 1, seen)) {
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


/** A plain send, receive or range on a channel field that is nil in every value of its struct. */
export interface NilFieldUse {
  world: FieldWorld;
  op: ChanOp;
  /** The channel expression the operation uses (`s.reqs`), when the tree shows it. */
  channel: Node | undefined;
}

export interface NilChannels {
  /** Local variables, in the order the package's files and their declarations were read. */
  uses: NilChannelUse[];
  /** Fields, after the local variables; an operation is told once, by whichever comes first. */
  fields: NilFieldUse[];
}

export const nilChannels: Fact<NilChannels> = {
  key: 'nil-channels',
  compute(pkg: Package): NilChannels {
    const index = pkg.fact(packageIndex);
    const out: NilChannelUse[] = [];
    const reported = new Set<number>(); // an operation, reported once however many callers pass nil
    const seen = new Set<number>(); // declarations already judged
    for (const { file, varChans, makes } of pkg.fact(syntaxIndex)) {
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
          neverAssigned(out, file, fn, d, index, reported);
        } else {
          flowSensitive(out, file, fn, d, index, reported);
        }
      }
    }
    const fields: NilFieldUse[] = [];
    for (const { world, op } of nilFieldOps(pkg.fact(fieldChannels), pkg)) {
      if (reported.has(op.node.id)) continue;
      // A test struct's field handed to a parameter of the package's own code (see fromTestIntoCode).
      const opFn = enclosingFuncNode(op.node);
      const body = opFn?.childForFieldName('body');
      const viaParameter = opFn !== undefined && op.body.fn.file !== world.chan.file && operandIsParameter(op.node, op.body.fn.resolution());
      if (viaParameter && body && fromTestIntoCode(world.chan.file, op.body.fn.file) && skippable(op.node, body)) continue;
      reported.add(op.node.id);
      const channel = op.kind === 'range' ? op.node.namedChildren.find((c) => c?.type === 'range_clause')?.childForFieldName('right') : (op.node.childForFieldName('channel') ?? op.node.childForFieldName('operand'));
      fields.push({ world, op, channel: channel ?? undefined });
    }
    // A goroutine that code running once per process starts and strands on a nil channel is one goroutine that ends
    // with the process (as the leak rules judge it); the function itself blocked is the program hanging, reported.
    const startedOnce = (go: Node | undefined) => {
      const starter = go && index.enclosing(go);
      return !!starter && oncePerProcess(index, starter);
    };
    // An operation in a function nothing can call (unexported, its name written nowhere else: neverUsed) never runs.
    const dead = (n: Node) => {
      const fn = index.enclosing(n);
      return fn !== undefined && index.neverUsed(fn);
    };
    return {
      uses: out.filter((u) => !dead(u.node) && (u.passed !== undefined || !startedOnce(goLiteralRunning(u.node)))),
      fields: fields.filter((f) => !dead(f.op.node) && !(f.op.body.kind === 'go' && startedOnce(f.op.body.goStmt))),
    };
  },
};

/** The statement that starts, as a goroutine, the function literal `n` runs in (`go func() { … n … }()`), if any. */
function goLiteralRunning(n: Node): Node | undefined {
  const lit = enclosingFuncNode(n);
  const run = lit?.type === 'func_literal' ? literalRunBy(lit) : undefined;
  return run?.by === 'go' ? run.stmt : undefined;
}

/** The blocking uses found in callees through `call`, each operation told once. */
function pushPassed(out: NilChannelUse[], reported: Set<number>, found: Passed[], call: Node, use: Omit<NilChannelUse, 'file' | 'node' | 'op' | 'passed'>): void {
  for (const p of found) {
    if (reported.has(p.op.node.id)) continue;
    reported.add(p.op.node.id);
    out.push({ file: p.callee.file, node: p.op.node, op: p.op.op, ...use, passed: { call, param: p.param, chain: p.chain } });
  }
}

/**
 * `var block chan struct{}; <-block` as a statement (no value expected), the variable used for nothing else, in the
 * function that declares it (not a goroutine it starts), no inner `:=` of the name beside it: a wait forever on
 * purpose, the spelled-out `select {}` (a command's main that runs until it is killed, a test double that never
 * answers). orphan-receive's parksOnPurpose spares `make(chan T)` so.
 */
function parksOnPurpose(d: Decl): boolean {
  const own = enclosingFuncNode(d.node);
  if (!own || (own.type === 'func_literal' && literalRunBy(own)?.by === 'go')) return false;
  return (
    d.refs.length > 0 &&
    d.refs.every((r) => {
      const op = blockingOp(r);
      return op?.op === 'receive' && op.node.parent?.type === 'expression_statement' && enclosingFuncNode(r)?.id === own.id;
    })
  );
}

/** `var ch chan T` that nothing ever gives a value: every blocking use, here or in a callee it is passed to. */
function neverAssigned(out: NilChannelUse[], file: SourceFile, fn: FuncInfo, d: Decl, index: PackageIndex, reported: Set<number>): void {
  const res = fn.resolution();
  const shadow = shadowingDecl(d, res);
  const use = { decl: d, declFile: file, fn, nil: 'never-assigned' as const, shadow, nilSources: [], made: [] };
  if (!shadow && parksOnPurpose(d)) return;
  for (const r of d.refs) {
    const blocks = blockingOp(r);
    if (blocks) {
      out.push({ file, node: blocks.node, op: blocks.op, ...use });
      continue;
    }
    // `drain(ch)` / `go drain(ch)` / `go m.apply(ch)`: the callee's operations on its parameter block the same way.
    const args = parentSkippingParens(r);
    if (args?.type !== 'argument_list' || !args.parent) continue;
    pushPassed(out, reported, followIntoCallees(args.parent, r, file, res, index, false), args.parent, use);
  }
}

/**
 * A channel variable that is given a value and is nil again, or still nil, where it is used: `a := make(chan T);
 * a = nil; <-a`, or `var ch chan T` made on one branch only and then passed to a goroutine or a method.
 */
function flowSensitive(out: NilChannelUse[], file: SourceFile, fn: FuncInfo, d: Decl, index: PackageIndex, reported: Set<number>): void {
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
    .map((x) => (x.node.id === d.node.id ? { node: x.node, how: 'declared' as const } : { node: x.node.parent!.parent!, how: 'set' as const }));
  const made = flow.defs.filter((x) => x.kind === SET).map((x) => x.node);
  for (const r of d.refs) {
    const state = flow.at.get(r.id);
    if (!state || !(state & NIL)) continue;
    const must = state === NIL;
    const use = { decl: d, declFile: file, fn, nil: must ? ('must' as const) : ('may' as const), nilSources, made };
    const blocks = blockingOp(r);
    if (blocks) {
      // A direct use that may see a value too is left alone: its conditions may well match the make's.
      if (!must || reported.has(blocks.node.id)) continue;
      reported.add(blocks.node.id);
      out.push({ file, node: blocks.node, op: blocks.op, ...use });
      continue;
    }
    const args = parentSkippingParens(r);
    if (args?.type !== 'argument_list' || !args.parent) continue;
    // Nil on some paths only: only a call that no condition guards (a guard may be the very condition of the make).
    if (!must && (guarded(args.parent, scope) || exitBetween(scope, d.node.endIndex, args.parent.startIndex))) continue;
    pushPassed(out, reported, followIntoCallees(args.parent, r, file, res, index, !must), args.parent, use);
  }
}

/** Is the channel of a send or receive (`ch <- v`, `<-ch`) a parameter of the function it is in? */
function operandIsParameter(op: Node, res: Resolution): boolean {
  const e = op.type === 'send_statement' ? op.childForFieldName('channel') : op.type === 'unary_expression' ? op.childForFieldName('operand') : null;
  const x = e ? unparen(e) : undefined;
  return x?.type === 'identifier' && res.declOf(x)?.kind === 'param';
}
