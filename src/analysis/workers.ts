import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import type { Fact, Package } from './package';
import { packageIndex, type FuncInfo, type PackageIndex } from './funcs';
import { conditionAtCall, ruledOutAtCall } from './arguments';
import type { Decl, Resolution } from './scope';
import {
  blockStatements,
  loopHeader,
  calleeText,
  communicationReceiveOperand,
  comparedWithNil,
  contains,
  findBelow,
  isWayOut,
  listItems,
  nodeStartingAt,
  parentSkippingParens,
  receiveOperand,
  unparen,
} from './syntax';

/** A text edit of a suggested fix. */
export interface TextEdit {
  file: SourceFile;
  startIndex: number;
  endIndex: number;
  text: string;
}

/**
 * A worker started and never stopped (the never-stopped rule's model): `fn` makes a value of `type` in the local
 * `v` (in `file`) and starts, with `call`, a goroutine that only a stopping method of the type can end; `fn` never
 * calls it and never lets `v` go anywhere that could.
 */
export interface UnstoppedWorker {
  file: SourceFile;
  fn: FuncInfo;
  v: Decl;
  type: string;
  /** The call that starts the worker: `v.Start()`, or the constructor call that makes v and starts it. */
  call: Node;
  starter: Starter;
  /** The stopping method to name (the first that closes the field the goroutine waits on). */
  stop: Stopper;
  /** The condition of the innermost if in the starter that the go statement depends on, if any. */
  cond?: Node;
  /** `defer v.Stop()` right after the statement that starts it, when that is safe to say. */
  fix?: TextEdit;
}

/**
 * "Started, never stopped" (P7) without a type checker. Object identity comes from the text only where it
 * is certain: a local variable initialised with `&T{…}`, `T{…}`, `new(T)` or a package function whose result
 * is `*T`, which never leaves the function. T's method S starts a goroutine whose event loop (`for { select
 * … } }`) can only leave through a case that receives from a field of the receiver, and only methods of T
 * close that field. If the function calls `x.S()` and never mentions a stopping method (not even as a method
 * value), never touches that field and never lets x go anywhere, the goroutine outlives the call for good.
 */

/** A method of T that closes the field `field` of its receiver. */
export interface Stopper {
  fn: FuncInfo;
  close: Node;
}

/** T's method `start` runs a goroutine that leaves only when `field` is closed. */
export interface Starter {
  type: string;
  /** A method of T (`p.Start()`), or a constructor that starts the goroutine itself (`NewPoller()`). */
  start: FuncInfo;
  ctor: boolean;
  go: Node;
  goFile: SourceFile;
  exit: Node;
  exitFile: SourceFile;
  field: string;
  stoppers: Stopper[];
}

const CLOSE_FIELD = /\bclose\(\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\)/g;
/** `go` statements: HAS_GO to test a text, GO_STMT to list them (matchAll copies it, so no shared lastIndex). */
const HAS_GO = /\bgo\s/;
const GO_STMT = /\bgo\s/g;

/** `R.field` where R is the declaration `recv` (under `res`): the field name, else undefined. */
function fieldOf(e: Node | null | undefined, recv: Decl, res: Resolution): string | undefined {
  const u = e && unparen(e);
  if (u?.type !== 'selector_expression') return undefined;
  const operand = u.childForFieldName('operand');
  if (operand?.type !== 'identifier' || res.declOf(operand) !== recv) return undefined;
  return u.childForFieldName('field')?.text;
}

const BREAKABLE = new Set(['for_statement', 'select_statement', 'expression_switch_statement', 'type_switch_statement']);

/**
 * The goroutine body `body` is an event loop that leaves only through a select case receiving from one of
 * the `fields` of the receiver `recv`: returns that case and the field. Statements before the loop must not
 * leave; inside the loop, every return, goto, panic or loop-exiting break sits in such a case.
 */
function onlyExit(body: Node, recv: Decl, res: Resolution, fields: Set<string>): { exit: Node; field: string } | undefined {
  const stmts = blockStatements(body);
  const k = stmts.findIndex((s) => s.type === 'for_statement');
  const loop = stmts[k];
  if (!loop || loopHeader(loop)) return undefined; // not `for {`
  for (const s of stmts.slice(0, k)) if (findBelow(s, isWayOut).length > 0) return undefined;
  const quitCases = findBelow(loop, (n) => n.type === 'communication_case' && fields.has(fieldOf(communicationReceiveOperand(n.childForFieldName('communication')), recv, res) ?? ''));
  if (quitCases.length === 0) return undefined;
  const inQuitCase = (n: Node) => quitCases.some((c) => contains(c, n));
  for (const out of findBelow(loop, isWayOut)) {
    if (out.type === 'break_statement' && !out.namedChild(0)) {
      let p = out.parent;
      while (p && p.id !== loop.id && !BREAKABLE.has(p.type)) p = p.parent;
      if (p && p.id !== loop.id) continue; // leaves an inner select, switch or loop only
    }
    if (!inQuitCase(out)) return undefined;
  }
  const exit = quitCases.find((c) => findBelow(c, isWayOut).length > 0);
  if (!exit) return undefined; // the case does not leave either: the loop never ends, Stop or not
  return { exit, field: fieldOf(communicationReceiveOperand(exit.childForFieldName('communication')), recv, res)! };
}

/** `x := v` / `x, err := f()` / `var x = v`: the expression that declared `d` (for a call with two results, the call). */
function initOf(d: Decl): Node | undefined {
  if (d.init) return d.init;
  const list = d.node.parent;
  const stmt = list?.type === 'expression_list' ? list.parent : d.node.parent;
  const right = stmt && (stmt.type === 'var_spec' ? stmt.childForFieldName('value') : stmt.type === 'short_var_declaration' ? stmt.childForFieldName('right') : null);
  const only = right?.namedChildCount === 1 ? unparen(right.namedChild(0)!) : undefined;
  return only?.type === 'call_expression' ? only : undefined;
}

/**
 * Which constructors hand their caller a value nobody else holds: every `return` gives `nil`, a fresh
 * `&T{…}` / `T{…}` / `new(T)`, a call of such a constructor, or a local variable made that way and used only
 * through fields and harmless methods (or started as a goroutine) before it is returned. A constructor that
 * stores the value, passes it on or registers a cleanup (`t.Cleanup(func(){ v.Close() })`) is not one: some
 * other code may stop what it starts. Returns, per fresh constructor, the local value it returns (if any).
 */
function freshConstructors(
  type: string,
  ctors: FuncInfo[],
  fields: Set<string>,
  harmless: (name: string) => boolean,
  index: PackageIndex,
): Map<string, Decl | undefined> {
  const made = new RegExp(`^(?:&\\s*${type}\\s*\\{|${type}\\s*\\{|new\\(\\s*${type}\\s*\\))`);
  const fresh = new Map<string, Decl | undefined>();
  const freshExpr = (e: Node) => made.test(e.text) || (e.type === 'call_expression' && fresh.has(calleeText(e) ?? ''));
  const onlyOwned = (d: Decl) =>
    d.refs.every((r) => {
      const p = parentSkippingParens(r);
      if (p?.type === 'expression_list' && p.parent?.type === 'return_statement') return p.namedChild(0)?.id === r.id;
      if (comparedWithNil(r)) return true;
      if (p?.type !== 'selector_expression' || p.childForFieldName('operand')?.id !== r.id) return false;
      const name = p.childForFieldName('field')?.text ?? '';
      const called = p.parent?.type === 'call_expression' && p.parent.childForFieldName('function')?.id === p.id;
      if (fields.has(name)) return parentSkippingParens(p)?.type !== 'argument_list'; // set, not handed out
      const method = index.method(type, name);
      const started = called && p.parent!.parent?.type === 'go_statement'; // a goroutine, judged as a starter
      return method ? called && (started || harmless(name)) : true;
    });
  // Constructors that call constructors: a few rounds reach the fixed point of any realistic chain.
  for (let round = 0; round < 4; round++) {
    let grew = false;
    for (const ctor of ctors) {
      if (fresh.has(ctor.name) || !ctor.usable) continue;
      const res = ctor.resolution();
      let value: Decl | undefined;
      const ok = findBelow(ctor.node.childForFieldName('body')!, (n) => n.type === 'return_statement').every((ret) => {
        const first = ret.namedChild(0)?.type === 'expression_list' ? ret.namedChild(0)!.namedChild(0) : null;
        const e = first && unparen(first);
        if (!e) return false; // a bare return of named results: not followed
        if (e.type === 'nil' || freshExpr(e)) return true;
        const d = e.type === 'identifier' ? res.declOf(e) : undefined;
        const init = d && d.kind === 'var' && d.fn.id === ctor.node.id ? initOf(d) : undefined;
        if (!d || !init || !freshExpr(unparen(init)) || (value && value !== d) || !onlyOwned(d)) return false;
        value = d;
        return true;
      });
      if (ok) {
        fresh.set(ctor.name, value);
        grew = true;
      }
    }
    if (!grew) break;
  }
  return fresh;
}

/** The goroutines that methods (or constructors) of `type` start and that only a close of one of `fields` ends. */
function startersOf(type: string, stoppers: Map<string, Stopper[]>, ctors: FuncInfo[], fresh: Map<string, Decl | undefined>, index: PackageIndex): Starter[] {
  const fields = new Set(stoppers.keys());
  const stopNames = new Set([...stoppers.values()].flat().map((s) => s.fn.name));
  const out: Starter[] = [];
  const candidates = [
    ...index.methodsOf(type).map((fn) => ({ start: fn, ctor: false })),
    ...ctors.map((fn) => ({ start: fn, ctor: true })),
  ];
  for (const { start, ctor } of candidates) {
    // A file without `go ` anywhere in its text has none in this declaration either, nor has a function whose code has
    // no `go` token (left out of its file's tree): asked before `usable`, which parses the declaration.
    if (stopNames.has(start.name) || !HAS_GO.test(start.file.text) || start.file.leftOut(start.start) || !start.usable) continue;
    const text = start.file.text.slice(start.start, start.node.endIndex);
    if (!HAS_GO.test(text)) continue;
    // The value the goroutines are started on: the receiver, or the value the constructor returns.
    const recv = ctor ? fresh.get(start.name) : start.receiver();
    if (!recv) continue;
    const res = start.resolution();
    for (const m of text.matchAll(GO_STMT)) {
      const root = start.file.rootAt(start.start + m.index!);
      const go = root && nodeStartingAt(root, start.start + m.index!, 'go_statement', 2);
      const call = go?.namedChild(0);
      if (!go || call?.type !== 'call_expression') continue;
      const f = unparen(call.childForFieldName('function')!);
      let body: Node | null = null;
      let goroutine = { recv, res, fn: start };
      if (f.type === 'func_literal') body = f.childForFieldName('body');
      else {
        const method = fieldOf(f, recv, res);
        const callee = method !== undefined ? index.method(type, method) : undefined;
        const calleeRecv = callee && callee.receiver();
        if (!callee || !calleeRecv || stopNames.has(callee.name)) continue;
        body = callee.node.childForFieldName('body');
        goroutine = { recv: calleeRecv, res: callee.resolution(), fn: callee };
      }
      if (!body) continue;
      // A goroutine that stops itself (calls a stopping method, or closes the field) is not waiting for anyone.
      const self = goroutine.recv.refs.some((r) => {
        const sel = r.parent;
        if (sel?.type !== 'selector_expression' || !contains(body!, r)) return false;
        const name = sel.childForFieldName('field')?.text ?? '';
        return stopNames.has(name) || (fields.has(name) && parentSkippingParens(sel)?.type === 'argument_list');
      });
      if (self) continue;
      const found = onlyExit(body, goroutine.recv, goroutine.res, fields);
      if (!found) continue;
      const exit = { exit: found.exit, exitFile: goroutine.fn.file, field: found.field, stoppers: stoppers.get(found.field)! };
      out.push({ type, start, ctor, go, goFile: start.file, ...exit });
    }
  }
  return out;
}

/** For each type, the fields its methods close through their receiver, and which methods do. */
function stoppersByType(files: readonly SourceFile[], index: PackageIndex): Map<string, Map<string, Stopper[]>> {
  const out = new Map<string, Map<string, Stopper[]>>();
  const elsewhere: { fn: FuncInfo; field: string }[] = [];
  const unknown: { type: string; field: string }[] = [];
  for (const file of files) {
    if (!file.text.includes('close(')) continue;
    for (const m of file.text.matchAll(CLOSE_FIELD)) {
      const root = file.rootAt(m.index!);
      const call = root && nodeStartingAt(root, m.index!, 'call_expression', 2);
      const fn = call && index.enclosing(call);
      if (!call || !fn) continue;
      const recv = fn.recvType ? fn.receiver() : undefined;
      const arg = call.childForFieldName('arguments')?.namedChild(0);
      const field = recv && fieldOf(arg, recv, fn.resolution());
      if (!field) {
        elsewhere.push({ fn, field: m[2] });
        continue;
      }
      // `s.doStop = func() { close(s.stop) }`: the close runs whenever that function value is called, which the
      // method's callers do not show; the field is then left alone.
      if (!runsInItsMethod(call, fn)) {
        unknown.push({ type: fn.recvType!, field });
        continue;
      }
      const byField = out.get(fn.recvType!) ?? new Map<string, Stopper[]>();
      byField.set(field, [...(byField.get(field) ?? []), { fn, close: call }]);
      out.set(fn.recvType!, byField);
    }
  }
  for (const { type, field } of unknown) out.get(type)?.delete(field);
  // A constructor that closes the field (say, in a stop function it returns) stops workers in a way the
  // callers' uses of the variable do not show: leave the type alone.
  for (const { fn, field } of elsewhere) {
    const result = fn.node.childForFieldName('result')?.text ?? '';
    for (const [type, byField] of out) if (byField.has(field) && new RegExp(`\\b${type}\\b`).test(result)) byField.delete(field);
  }
  for (const [type, byField] of out) if (byField.size === 0) out.delete(type);
  return out;
}

/**
 * Does the close run as part of its method's own run: in its body, or in function literals the method runs there
 * and then (`defer func() { … }()`, `func() { … }()`, `once.Do(func() { … })`)?
 */
function runsInItsMethod(call: Node, fn: FuncInfo): boolean {
  for (let p = call.parent; p && p.id !== fn.node.id; p = p.parent) {
    if (p.type !== 'func_literal') continue;
    const up = p.parent;
    if (up?.type === 'call_expression' && up.childForFieldName('function')?.id === p.id) continue; // func(){…}() and defer/go func(){…}()
    const viaDo = up?.type === 'argument_list' && up.parent?.type === 'call_expression' && /\.Do$/.test(up.parent.childForFieldName('function')?.text ?? '');
    if (!viaDo) return false;
  }
  return true;
}

const CTOR_DECL = /^func[ \t]+([A-Za-z_]\w*)[ \t]*\([^)]*\)[ \t]*\(?[ \t]*\*?([A-Za-z_]\w*)\b(?![.\w])/gm;

/** Package functions whose (first) result is `*T` or `T`, for the `types` asked for: constructors, read from the text in one pass. */
function constructorsByType(files: readonly SourceFile[], index: PackageIndex, types: Map<string, unknown>): Map<string, FuncInfo[]> {
  const out = new Map<string, FuncInfo[]>();
  for (const file of files) {
    for (const m of file.text.matchAll(CTOR_DECL)) {
      if (!types.has(m[2])) continue;
      const fn = index.func(m[1]);
      const list = out.get(m[2]) ?? [];
      if (fn && !list.includes(fn)) out.set(m[2], [...list, fn]);
    }
  }
  return out;
}

/** Does the function's text contain a go statement (a cheap test before any tree work)? */
function mayStartGoroutine(fn: FuncInfo): boolean {
  const end = fn.file.text.indexOf('\n}', fn.start);
  return HAS_GO.test(fn.file.text.slice(fn.start, end < 0 ? undefined : end + 2));
}

/** Expressions that make a new T: `&T{…}`, `T{…}`, `new(T)`, or a call of a constructor. */
function constructions(type: string, ctors: FuncInfo[], files: readonly SourceFile[]): { file: SourceFile; node: Node }[] {
  const out: { file: SourceFile; node: Node }[] = [];
  const names = ctors.map((c) => c.name).join('|');
  const re = new RegExp(`(?<![\\w.])(?:${type}\\s*\\{|new\\(\\s*${type}\\s*\\)${names ? `|(?:${names})\\s*\\(` : ''})`, 'g');
  for (const file of files) {
    if (!file.text.includes(type) && !ctors.some((c) => file.text.includes(c.name))) continue;
    for (const m of file.text.matchAll(re)) {
      const root = file.rootAt(m.index!);
      let node = root && nodeStartingAt(root, m.index!, m[0].endsWith('{') ? 'composite_literal' : 'call_expression', 3);
      if (!node) continue;
      const amp = node.parent;
      if (amp?.type === 'unary_expression' && amp.childForFieldName('operator')?.type === '&') node = amp;
      out.push({ file, node });
    }
  }
  return out;
}

/** The local variable that `x := <site>` (or `x, err := ctor()`, `var x = <site>`) declares. */
function declaredBy(site: Node, res: Resolution): Decl | undefined {
  const list = parentSkippingParens(site);
  const stmt = list?.parent;
  if (list?.type !== 'expression_list' || !stmt) return undefined;
  const right = stmt.childForFieldName(stmt.type === 'var_spec' ? 'value' : 'right');
  if (right?.id !== list.id || (stmt.type !== 'short_var_declaration' && stmt.type !== 'var_spec')) return undefined;
  const left = stmt.type === 'var_spec' ? stmt.childrenForFieldName('name') : listItems(stmt.childForFieldName('left'));
  const items = listItems(list);
  const i = items.findIndex((x) => x && (x.id === site.id || unparen(x).id === site.id));
  // One value per name, or `x, err := ctor()`: the constructor's first result.
  if (i < 0 || (items.length !== left.length && !(items.length === 1 && i === 0 && site.type === 'call_expression'))) return undefined;
  const id = left[i];
  const d = id ? res.declOf(id) : undefined;
  return d && d.node.id === id!.id ? d : undefined;
}

/** The condition of the innermost `if` in `start` that the go statement depends on, if any. */
function conditionOf(go: Node, start: FuncInfo): Node | undefined {
  for (let p = go.parent; p && p.id !== start.node.id; p = p.parent) {
    if (p.type === 'if_statement') return p.childForFieldName('condition') ?? undefined;
  }
  return undefined;
}

/**
 * `defer v.Stop()` on the line after the statement that starts the worker, when that is safe to say: the
 * statement sits directly in the function's body (not in a loop, a branch or a closure, where a defer would
 * run at another time) and the stop method takes no arguments.
 */
function deferStopFix(file: SourceFile, call: Node, v: Decl, stop: FuncInfo, fn: FuncInfo): TextEdit | undefined {
  if ((stop.node.childForFieldName('parameters')?.namedChildCount ?? 1) !== 0) return undefined;
  const body = fn.node.childForFieldName('body');
  const stmt = blockStatements(body).find((s) => contains(s, call));
  if (!stmt || findBelow(stmt, (n) => n.id === call.id).length === 0) return undefined; // the call is inside a closure
  if (stmt.type === 'for_statement' || stmt.type === 'go_statement' || stmt.type === 'defer_statement') return undefined;
  if (stmt.type !== 'if_statement' && !(stmt.type === 'expression_statement' || stmt.type === 'short_var_declaration' || stmt.type === 'var_declaration' || stmt.type === 'assignment_statement')) return undefined;
  // In an if, only its initialiser may start the worker (`if err := c.Open(); err != nil { … }`).
  if (stmt.type === 'if_statement' && !(stmt.childForFieldName('initializer') && contains(stmt.childForFieldName('initializer')!, call))) return undefined;
  const indent = /[ \t]*$/.exec(file.text.slice(0, stmt.startIndex))![0];
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  return { file, startIndex: stmt.endIndex, endIndex: stmt.endIndex, text: `${eol}${indent}defer ${v.name}.${stop.name}()` };
}

const LONG_LIVED = new Set(['main', 'init', 'TestMain']);

/**
 * Methods of `type` that cannot stop its goroutine: they use the receiver only to read or write other
 * fields and to call methods that are harmless too (followed to a small depth).
 */
export function harmlessMethods(type: string, stopNames: Set<string>, fields: Set<string>, index: PackageIndex): (name: string) => boolean {
  const memo = new Map<string, boolean>();
  const check = (name: string, depth: number): boolean => {
    if (memo.has(name)) return memo.get(name)!;
    memo.set(name, false); // recursion: assume the worst until shown otherwise
    const m = index.method(type, name);
    let ok = !!m && !stopNames.has(name) && depth < 4;
    const recv = ok ? m!.receiver() : undefined;
    for (const r of ok && recv ? recv.refs : []) {
      const sel = r.parent;
      const field = sel?.type === 'selector_expression' && sel.childForFieldName('operand')?.id === r.id ? sel.childForFieldName('field')?.text : undefined;
      const receives = (n: Node) => receiveOperand(parentSkippingParens(n) ?? n)?.id === n.id; // `<-r.quit` waits, it does not stop
      if (field === undefined || stopNames.has(field) || (fields.has(field) && !receives(sel!))) ok = false;
      else if (index.method(type, field)) {
        const called = sel!.parent?.type === 'call_expression' && sel!.parent.childForFieldName('function')?.id === sel!.id;
        ok = called && check(field, depth + 1);
      }
      if (!ok) break;
    }
    memo.set(name, ok);
    return ok;
  };
  return (name) => check(name, 0);
}

/**
 * The call `v.S()` that starts a worker, when every other use of v is harmless: fields other than the
 * stop fields, harmless methods of the type, comparisons with nil. Anything else — a stopping method called
 * or taken as a value, a call of something that is not a method of the type (a func field or a promoted
 * method), v returned, passed, stored or reassigned — and there is no finding.
 */
function startCall(
  v: Decl,
  type: string,
  starters: Starter[],
  stopNames: Set<string>,
  fields: Set<string>,
  harmless: (name: string) => boolean,
  index: PackageIndex,
  preset?: { call: Node; starter: Starter },
): { call: Node; starter: Starter } | undefined {
  let found = preset;
  for (const r of v.refs) {
    const p = parentSkippingParens(r);
    if (comparedWithNil(r)) continue;
    if (p?.type !== 'selector_expression' || p.childForFieldName('operand')?.id !== r.id) return undefined;
    const name = p.childForFieldName('field')?.text ?? '';
    if (stopNames.has(name) || fields.has(name)) return undefined;
    const call = p.parent?.type === 'call_expression' && p.parent.childForFieldName('function')?.id === p.id ? p.parent : undefined;
    const starter = starters.find((s) => !s.ctor && s.start.name === name);
    if (starter) {
      // The result is thrown away, or is only an error: a start method that returns something else may
      // hand out a way to stop the goroutine (a stop function, a handle).
      const stmt = call?.parent;
      const onlyError = starter.start.node.childForFieldName('result')?.text === 'error';
      if (!call || (stmt?.type !== 'expression_statement' && stmt?.type !== 'go_statement' && !onlyError)) return undefined;
      found ??= { call, starter };
      continue;
    }
    const method = index.method(type, name);
    if (call ? !method || !harmless(name) : method !== undefined) return undefined; // method values may run anywhere
  }
  return found;
}


export const unstoppedWorkers: Fact<UnstoppedWorker[]> = {
  key: 'unstopped-workers',
  compute(pkg: Package): UnstoppedWorker[] {
    const out: UnstoppedWorker[] = [];
    const files = pkg.files;
    // Cheap gate from the text: something must close a field, and something must start a goroutine.
    if (!files.some((f) => f.text.includes('close(')) || !files.some((f) => HAS_GO.test(f.text))) return out;
    const index = pkg.fact(packageIndex);
    const stoppers = stoppersByType(files, index);
    if (stoppers.size === 0) return out;
    const ctorsByType = constructorsByType(files, index, stoppers);
    for (const [type, byField] of stoppers) {
      // No method or constructor of the type has a go statement: nothing to start.
      if (![...index.methodsOf(type), ...(ctorsByType.get(type) ?? [])].some(mayStartGoroutine)) continue;
      const fields = new Set(byField.keys());
      const stopNames = new Set([...byField.values()].flat().map((s) => s.fn.name));
      const harmless = harmlessMethods(type, stopNames, fields, index);
      const fresh = freshConstructors(type, ctorsByType.get(type) ?? [], fields, harmless, index);
      const ctors = [...fresh.keys()].map((name) => index.func(name)!);
      const starters = startersOf(type, byField, ctors, fresh, index);
      if (starters.length === 0) continue;
      for (const { file, node } of constructions(type, ctors, files)) {
        const fn = index.enclosing(node);
        if (!fn || LONG_LIVED.has(fn.name)) continue;
        const res = fn.resolution();
        const v = declaredBy(node, res);
        if (!v) continue;
        const ctorName = node.type === 'call_expression' ? calleeText(node) : undefined;
        const byCtor = starters.find((s) => s.ctor && s.start.name === ctorName);
        const start = startCall(v, type, starters, stopNames, fields, harmless, index, byCtor && { call: node, starter: byCtor });
        if (!start) continue;
        const s = start.starter;
        // A start its arguments rule out (`New(&Config{})` where New returns before its go statement unless
        // `cfg.Enabled`): no goroutine to stop.
        if (ruledOutAtCall(s.go, s.start.node, conditionAtCall(s.start, start.call, index))) continue;
        // A value made in code that runs once per process (a command's handler, what main runs once): its goroutine
        // lives as long as the program, as a command's own would. Asked last, as it may read other packages.
        if (index.runsOncePerProcessAt(node) || index.runsOnceInMain(fn)) continue;
        const stop = s.stoppers[0];
        out.push({ file, fn, v, type, call: start.call, starter: s, stop, cond: conditionOf(s.go, s.start), fix: deferStopFix(file, start.call, v, stop.fn, fn) });
      }
    }
    return out;
  },
};
