import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import { codeMatches } from '../source/lex';

/** Small, allocation-light helpers over tree-sitter-go nodes. */

export function isFuncNode(n: Node): boolean {
  const t = n.type;
  return t === 'func_literal' || t === 'function_declaration' || t === 'method_declaration';
}

/**
 * `n.parent`, remembered per tree. Tree-sitter finds a node's parent by descending from the root, so each step up
 * costs as much as the node is deep: the walks up that the analyses make from many nodes of the same deeply nested
 * code (a fuzzer's thousand nested blocks) would take the square of the depth each, over and over.
 */
export function parentOf(n: Node): Node | null {
  let cache = PARENTS.get(n.tree);
  if (!cache) PARENTS.set(n.tree, (cache = new Map()));
  let p = cache.get(n.id);
  if (p === undefined) cache.set(n.id, (p = n.parent));
  return p;
}

const PARENTS = new WeakMap<object, Map<number, Node | null>>();

/** The function (declaration, method or literal) around `n`. */
export function enclosingFuncNode(n: Node): Node | undefined {
  for (let p: Node | null = parentOf(n); p; p = parentOf(p)) if (isFuncNode(p)) return p;
  return undefined;
}

/**
 * Does `fn` (a function or literal node) declare `name` anywhere in it: a parameter, `name :=`, `var name`, a
 * range or receive that declares it? Then a `name` inside is (or may be) another variable than an outer one.
 */
export function declaresName(fn: Node, name: string): boolean {
  if (!fn.text.includes(name)) return false;
  return fn.descendantsOfType(['parameter_declaration', 'short_var_declaration', 'var_spec', 'range_clause', 'receive_statement']).some((d) => {
    if (!d) return false;
    const names = d.type === 'parameter_declaration' || d.type === 'var_spec' ? d.childrenForFieldName('name') : d.type === 'short_var_declaration' || d.children.some((c) => c?.type === ':=') ? listItems(d.childForFieldName('left')) : [];
    return names.some((n) => n?.text === name);
  });
}

/** The operands of a condition's top-level `&&` (`a && (b && c)` → a, b, c), or the condition itself. */
export function conjuncts(e: Node): Node[] {
  const u = unparen(e);
  return u.type === 'binary_expression' && u.childForFieldName('operator')?.text === '&&' ? [...conjuncts(u.childForFieldName('left')!), ...conjuncts(u.childForFieldName('right')!)] : [u];
}

/** `a || b || c`: its parts. */
export function disjuncts(e: Node): Node[] {
  const u = unparen(e);
  return u.type === 'binary_expression' && u.childForFieldName('operator')?.text === '||' ? [...disjuncts(u.childForFieldName('left')!), ...disjuncts(u.childForFieldName('right')!)] : [u];
}

/**
 * `go func(){…}()` / `defer func(){…}()`: the statement that runs a function literal (the literal is the called
 * function of that statement's call); undefined for any other use of the literal.
 */
export function literalRunBy(lit: Node): { by: 'go' | 'defer'; stmt: Node } | undefined {
  const call = parentOf(lit);
  if (call?.type === 'argument_list') return asyncArgument(lit, call);
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== lit.id) return undefined;
  const stmt = parentOf(call);
  if (stmt?.type === 'go_statement') return { by: 'go', stmt };
  if (stmt?.type === 'defer_statement') return { by: 'defer', stmt };
  return undefined;
}

/** `defer func() { … }()` in `outer` (not in a literal of it): the literal `fn` is deferred there, run as `outer` returns. */
export function deferredIn(fn: Node | null | undefined, outer: Node): boolean {
  const run = fn?.type === 'func_literal' ? literalRunBy(fn) : undefined;
  return run?.by === 'defer' && enclosingFuncNode(run.stmt)?.id === outer.id;
}

/**
 * A literal handed to the well-known APIs that run it on a goroutine of their own: `g.Go(func() error {…})`
 * (errgroup.Group, sync.WaitGroup since Go 1.25, and their kin), `time.AfterFunc(d, func(){…})` and
 * `context.AfterFunc(ctx, func(){…})`. The statement holding the call starts it.
 */
function asyncArgument(lit: Node, args: Node): { by: 'go'; stmt: Node } | undefined {
  const call = args.parent;
  const f = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  if (!call || f?.type !== 'selector_expression') return undefined;
  const name = f.childForFieldName('field')?.text;
  const pkg = f.childForFieldName('operand')?.text;
  const at = args.namedChildren.findIndex((c) => c?.id === lit.id);
  const ok = (name === 'Go' && args.namedChildCount === 1 && at === 0) || (name === 'AfterFunc' && (pkg === 'time' || pkg === 'context') && at === 1);
  if (!ok) return undefined;
  let stmt: Node | null = call;
  while (stmt && stmt.parent && !['statement_list', 'block'].includes(stmt.parent.type)) stmt = stmt.parent;
  return stmt ? { by: 'go', stmt } : undefined;
}

/** A Go identifier. */
export const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** A Go identifier made safe to put in a regular expression (`$` is the only special character one can hold). */
export function escapeRe(name: string): string {
  return name.replace(/[$]/g, '\\$&');
}

/** The innermost for loop around `n` below `block`, not looking past a function literal. */
export function enclosingLoop(n: Node, block: Node): Node | undefined {
  for (let p = parentOf(n); p && p.id !== block.id; p = parentOf(p)) {
    if (p.type === 'for_statement') return p;
    if (p.type === 'func_literal') return undefined;
  }
  return undefined;
}

/** The innermost for loop around `n`, not crossing a function. */
export function loopAround(n: Node): Node | undefined {
  for (let p = parentOf(n); p && !isFuncNode(p); p = parentOf(p)) if (p.type === 'for_statement') return p;
  return undefined;
}

/** Strip redundant parentheses: `((x))` → `x`. */
export function unparen(n: Node): Node {
  while (n.type === 'parenthesized_expression' && n.namedChildCount === 1) n = n.namedChild(0)!;
  return n;
}

/** The parent, skipping parenthesized_expression wrappers. */
export function parentSkippingParens(n: Node): Node | null {
  let p = n.parent;
  while (p && p.type === 'parenthesized_expression') p = p.parent;
  return p;
}

/** Is the use `r` compared with nil (`x == nil`, `x != nil`, parentheses allowed)? */
export function comparedWithNil(r: Node): boolean {
  const p = parentSkippingParens(r);
  if (p?.type !== 'binary_expression') return false;
  return p.childForFieldName('left')?.type === 'nil' || p.childForFieldName('right')?.type === 'nil';
}

/** The operator token of a unary/binary expression (its first anonymous child, or the one between operands). */
export function operatorOf(n: Node): string | undefined {
  const op = n.childForFieldName('operator');
  return op?.type;
}

/** `<-x`: the receive operand, or undefined when n is not a receive expression. */
export function receiveOperand(n: Node): Node | undefined {
  if (n.type !== 'unary_expression' || operatorOf(n) !== '<-') return undefined;
  return n.childForFieldName('operand') ?? undefined;
}

/** The channel a select case's communication (`v := <-ch`, `<-ch`) receives from; undefined for a send. */
export function communicationReceiveOperand(comm: Node | null | undefined): Node | undefined {
  if (!comm) return undefined;
  const e = comm.type === 'receive_statement' ? comm.childForFieldName('right') : comm.type === 'expression_statement' ? comm.namedChild(0) : null;
  return e ? receiveOperand(unparen(e)) : undefined;
}

/**
 * `<-time.After(d)`, `<-time.Tick(d)`, `<-t.C`: a select communication that only time makes ready, so it can always
 * win once its time has come.
 */
export function isTimerReceive(comm: Node | null | undefined): boolean {
  return isTimeChannel(communicationReceiveOperand(comm));
}

/** `time.After(d)`, `time.Tick(d)`, `t.C`: a channel that only time makes ready (a ticker's ticks again and again). */
export function isTimeChannel(op: Node | null | undefined): boolean {
  const u = op && unparen(op);
  if (!u) return false;
  if (u.type === 'call_expression') return /^time\.(After|Tick)$/.test(u.childForFieldName('function')?.text ?? '');
  return u.type === 'selector_expression' && u.childForFieldName('field')?.text === 'C';
}

/**
 * Can `call` be a call of the function `fnNode` by the number of its arguments? Go requires as many as the parameters
 * (at least the fixed ones for a variadic function); `f(g())`, whose one argument may give several values, fits any.
 */
export function arityFits(fnNode: Node, call: Node): boolean {
  const list = fnNode.childForFieldName('parameters');
  const args = callArguments(call);
  if (!list || (args.length === 1 && unparen(args[0]).type === 'call_expression')) return true;
  let fixed = 0;
  let variadic = false;
  for (const p of list.namedChildren) {
    if (p?.type === 'variadic_parameter_declaration') variadic = true;
    else if (p?.type === 'parameter_declaration') fixed += Math.max(1, p.childrenForFieldName('name').length);
  }
  if (args.some((a) => a.type === 'variadic_argument')) return variadic;
  return variadic ? args.length >= fixed : args.length === fixed;
}

/** Is a Go name exported (visible to other packages: it starts with an upper-case letter)? */
export function isExported(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/** Statements that choose between branches: a path runs at most one of their branches. */
export const BRANCHING = new Set(['if_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement']);

/**
 * Are `a` and `b` on different branches of one if, switch or select inside `block`? With `perPass` false, no loop
 * may lie around that statement inside `block`: one run of `block` performs at most one of them. With `perPass`,
 * loops around it are allowed (each pass of the statement performs at most one; the loops multiply both alike),
 * but the two must be in `block`'s own code, not in a function literal, and a switch must have no `fallthrough`.
 */
export function exclusiveBranches(a: Node, b: Node, block: Node, perPass = false): boolean {
  const above = new Set<number>();
  for (let p: Node | null = a; p && p.id !== block.id; p = p.parent) above.add(p.id);
  let lca: Node | null = b;
  let child: Node | null = null;
  while (lca && lca.id !== block.id && !above.has(lca.id)) {
    child = lca;
    lca = lca.parent;
  }
  if (!lca || lca.id === block.id || !BRANCHING.has(lca.type) || !child) return false;
  // Both under the same branch of the statement (or in its condition) is not exclusive.
  const branchOf = (n: Node) => {
    let c: Node | null = n;
    while (c && c.parent && c.parent.id !== lca!.id) c = c.parent;
    return c;
  };
  const ba = branchOf(a);
  const bb = branchOf(b);
  if (!ba || !bb || ba.id === bb.id) return false;
  const isBranch = (n: Node) =>
    lca!.type === 'if_statement'
      ? n.id === lca!.childForFieldName('consequence')?.id || n.id === lca!.childForFieldName('alternative')?.id
      : n.type.endsWith('_case');
  if (!isBranch(ba) || !isBranch(bb)) return false;
  if (perPass) {
    const inLiteral = (n: Node) => {
      for (let p: Node | null = n.parent; p && p.id !== block.id; p = p.parent) if (isFuncNode(p)) return true;
      return false;
    };
    if (inLiteral(a) || inLiteral(b)) return false;
    return lca.type === 'if_statement' || lca.type === 'select_statement' || findBelow(lca, (n) => n.type === 'fallthrough_statement', true).length === 0;
  }
  for (let p: Node | null = lca; p && p.id !== block.id; p = p.parent) if (p.type === 'for_statement') return false;
  return true;
}

/**
 * The innermost node of `type` that starts exactly at `index` (at most `maxUp` levels above the smallest node
 * there); none for a token inside a comment or a string. How rules go from a regular expression match to a node.
 */
export function nodeStartingAt(root: Node, index: number, type: string, maxUp: number): Node | undefined {
  let n: Node | null = root.descendantForIndex(index);
  for (let i = 0; n && i <= maxUp; i++, n = n.parent) {
    const t = n.type;
    if (t === type) return n.startIndex === index ? n : undefined;
    if (t === 'comment' || t.endsWith('string_literal')) return undefined;
  }
  return undefined;
}

/** True when a range_clause / receive_statement declares its left side with `:=`. */
export function declaresWithDefine(n: Node): boolean {
  for (let i = 0; i < n.childCount; i++) {
    const c = n.child(i)!;
    if (c.type === ':=') return true;
    if (c.type === '=') return false;
  }
  return false;
}

/** The arguments of a call, comments left out. */
export function callArguments(call: Node): Node[] {
  return call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
}

/** Identifiers of an expression_list (or a single identifier). Non-identifiers yield undefined slots. */
export function listItems(n: Node | null): (Node | undefined)[] {
  if (!n) return [];
  if (n.type !== 'expression_list') return [n];
  const out: (Node | undefined)[] = [];
  for (let i = 0, k = n.namedChildCount; i < k; i++) out.push(n.namedChild(i)!);
  return out;
}

/** The name of the called function for `f(...)`, `pkg.f(...)` → 'pkg.f', `x.m(...)` → 'x.m'. */
export function calleeText(call: Node): string | undefined {
  const f = call.childForFieldName('function');
  if (!f) return undefined;
  const u = unparen(f);
  if (u.type === 'identifier') return u.text;
  if (u.type === 'selector_expression') {
    const op = u.childForFieldName('operand');
    const field = u.childForFieldName('field');
    if (op && field && op.type === 'identifier') return `${op.text}.${field.text}`;
  }
  return undefined;
}

/** Calls that end the whole process: nothing after them runs, and no goroutine is left waiting. */
const PROCESS_ENDING = new Set(['panic', 'os.Exit', 'log.Fatal', 'log.Fatalf', 'log.Fatalln', 'log.Panic', 'log.Panicf', 'log.Panicln']);

/**
 * Logging packages whose package-level Fatal functions end the process (os.Exit after logging), as the standard
 * library's log.Fatal does, by import path: klog and glog (Fatal…, Exit…), logrus's standard logger (Fatal…, Exit).
 */
const FATAL_LOGGERS: ReadonlyMap<string, RegExp> = new Map([
  ['k8s.io/klog', /^(?:Fatal|Exit)(?:f|ln|Depth)?$/],
  ['k8s.io/klog/v2', /^(?:Fatal|Exit)(?:f|ln|Depth)?$/],
  ['github.com/golang/glog', /^(?:Fatal|Exit)(?:f|ln|Depth)?$/],
  ['github.com/sirupsen/logrus', /^(?:Fatal(?:f|ln)?|Exit)$/],
]);

/** `klog.Fatalf(…)` with `klog` the file's import of a FATAL_LOGGERS package (not a local of that name). */
function fatalLoggerCall(call: Node, pkg: string, fn: string): boolean {
  if (!/^(?:Fatal|Exit)/.test(fn)) return false;
  const path = importNamed(call, pkg);
  return path !== undefined && FATAL_LOGGERS.get(path)?.test(fn) === true;
}

/**
 * The path of the package `name` stands for at `n`: the file's import of that name, unless a parameter or local of a
 * function around `n` hides it.
 */
export function importNamed(n: Node, name: string): string | undefined {
  const imp = fileImports(n.tree.rootNode).find((i) => i.name === name);
  if (!imp) return undefined;
  for (let fn = enclosingFuncNode(n); fn; fn = enclosingFuncNode(fn)) if (declaresName(fn, name)) return undefined;
  return imp.path;
}

/** Methods of a test's `t` (testing.T, B, F, TB) or gocheck's `c` that end the test's goroutine (runtime.Goexit). */
const TEST_ENDING_METHODS = new Set(['Fatal', 'Fatalf', 'FailNow', 'Skip', 'Skipf', 'SkipNow']);
/** Methods of a test's `t` / `c` that record a failure and go on. */
const TEST_FAILING_METHODS = new Set(['Error', 'Errorf', 'Fail']);
/** Receiver names a test's handle goes by, when its declaration is not in sight. */
const TEST_HANDLE_NAMES = new Set(['t', 'b', 'tb']);
/** Types of a test's handle: testing.T, B, F, TB, gocheck's *check.C. */
const TEST_HANDLE_TYPE = /^\*?(testing\.(T|B|F|TB)|\w*check\.C)$/;

/**
 * Is `x` (the operand of `x.Fatal`) a test's handle: named t/b/tb, a parameter of a test handle type, or a testify
 * suite's `s.T()`?
 */
export function isTestHandle(x: Node): boolean {
  if (x.type === 'call_expression') return /\.T$/.test(x.childForFieldName('function')?.text ?? '') && x.childForFieldName('arguments')?.namedChildCount === 0;
  if (x.type !== 'identifier') return false;
  if (TEST_HANDLE_NAMES.has(x.text)) return true;
  for (let p: Node | null = x.parent; p; p = p.parent) {
    if (!isFuncNode(p)) continue;
    const params = p.childForFieldName('parameters');
    for (const d of params?.namedChildren ?? []) {
      if (d?.type !== 'parameter_declaration' || !d.childrenForFieldName('name').some((n) => n?.text === x.text)) continue;
      return TEST_HANDLE_TYPE.test(d.childForFieldName('type')?.text ?? '');
    }
  }
  return false;
}

/**
 * How a call statement ends the code after it:
 * - 'process': panic, os.Exit, log.Fatal*: the process ends, nobody is left waiting;
 * - 'goroutine': ends only the calling goroutine: runtime.Goexit, and the test-failure calls that call it
 *   (`t.Fatal*`, `t.FailNow`, `t.Skip*`, `b.…`, gocheck `c.Fatal*`, testify `require.Fail*` and any `x.FailNow`,
 *   Ginkgo `Fail`): whoever waits for this goroutine is stranded;
 * - 'maybe-goroutine': ends the goroutine when a check fails (testify `require.X`, `s.Require().X`, gocheck
 *   `c.Assert`);
 * - undefined: an ordinary call.
 */
export type CallEnd = 'process' | 'goroutine' | 'maybe-goroutine';

export function callEnd(stmt: Node): CallEnd | undefined {
  if (stmt.type !== 'expression_statement') return undefined;
  const e = stmt.namedChild(0);
  if (!e || e.type !== 'call_expression') return undefined;
  const name = calleeText(e);
  if (name !== undefined && PROCESS_ENDING.has(name)) return 'process';
  const dot = name?.indexOf('.') ?? -1;
  if (name !== undefined && dot > 0 && fatalLoggerCall(e, name.slice(0, dot), name.slice(dot + 1))) return 'process';
  if (name === 'runtime.Goexit' || name === 'Fail' || name === 'ginkgo.Fail') return 'goroutine';
  const f = unparen(e.childForFieldName('function')!);
  if (f.type !== 'selector_expression') return undefined;
  const method = f.childForFieldName('field')?.text ?? '';
  const x = unparen(f.childForFieldName('operand')!);
  if (method === 'FailNow' || method === 'SkipNow') return 'goroutine';
  if (x.type === 'identifier' && x.text === 'require') return method === 'New' ? undefined : method === 'Fail' ? 'goroutine' : 'maybe-goroutine';
  if (TEST_ENDING_METHODS.has(method) && isTestHandle(x)) return 'goroutine';
  // `s.Require().NoError(err)`: the suite's require assertions.
  if (x.type === 'call_expression' && /(^|\.)Require$/.test(x.childForFieldName('function')?.text ?? '')) return 'maybe-goroutine';
  if (method === 'Assert' && isTestHandle(x) && x.text !== 't') return 'maybe-goroutine';
  return undefined;
}

/**
 * The arguments a test check (`require.X`, `s.Require().X`, gocheck `c.Assert`) checks: all but the test handle
 * that `require.NoError(t, err)` takes first (`s.Require().NoError(err)` has none).
 */
export function checkArguments(call: Node): Node[] {
  const f = unparen(call.childForFieldName('function')!);
  const all = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null);
  return f.type === 'selector_expression' && unparen(f.childForFieldName('operand')!).type === 'call_expression' ? all : all.slice(1);
}

/** Literal constants: booleans, numbers, runes and strings. */
export const CONSTANT_LITERAL: ReadonlySet<string> = new Set(['true', 'false', 'int_literal', 'float_literal', 'rune_literal', 'interpreted_string_literal', 'raw_string_literal']);

/**
 * A failing check that cannot fail: it compares a value received from a channel with the one constant every send
 * on that channel sends (`require.Equal(t, true, <-ready)`, `require.True(t, <-ok)`, `s.Require().Equal(1, <-n)`),
 * where the channel is a local made by `make`, used only to send that constant and to receive, and never closed.
 */
export function decidedCheck(stmt: Node): boolean {
  const call = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
  const f = call?.type === 'call_expression' ? unparen(call.childForFieldName('function')!) : undefined;
  if (f?.type !== 'selector_expression') return false;
  const method = f.childForFieldName('field')?.text ?? '';
  const args = checkArguments(call!);
  if (method === 'NoError' && args.length >= 1 && closesPipe(unparen(args[0]))) return true;
  if ((method === 'NoError' || method === 'Nil') && args.length >= 1 && closesListenerOnce(unparen(args[0]))) return true;
  if (method === 'NoError' && args.length >= 1 && fixedInputError(stmt, unparen(args[0]))) return true;
  let want: string | undefined;
  let got: Node | undefined;
  if (method === 'True' || method === 'False') [want, got] = [method.toLowerCase(), args[0] ?? undefined];
  else if (method === 'Equal' || method === 'EqualValues') {
    const [x, y] = [args[0] && unparen(args[0]), args[1] && unparen(args[1])];
    if (x && y && CONSTANT_LITERAL.has(x.type)) [want, got] = [x.text, y];
    else if (x && y && CONSTANT_LITERAL.has(y.type)) [want, got] = [y.text, x];
  }
  const ch = got && receiveOperand(unparen(got));
  if (!want || ch?.type !== 'identifier') return false;
  let fn: Node | undefined = enclosingFuncNode(stmt);
  for (let up = fn && enclosingFuncNode(fn); up; up = enclosingFuncNode(up)) fn = up;
  if (!fn) return false;
  let made = 0;
  let sent = 0;
  for (const id of fn.descendantsOfType('identifier')) {
    if (id?.text !== ch.text) continue;
    const p = id.parent!;
    if (p.type === 'send_statement' && p.childForFieldName('channel')?.id === id.id) {
      const v = p.childForFieldName('value');
      if (!v || unparen(v).text !== want) return false;
      sent++;
    } else if (receiveOperand(p)?.id === id.id) continue;
    else if (p.type === 'expression_list' && p.parent?.type === 'short_var_declaration' && p.parent.childForFieldName('left')?.id === p.id) {
      const right = p.parent.childForFieldName('right');
      const v = right?.namedChildCount === p.namedChildCount ? right.namedChild(p.namedChildren.findIndex((c) => c?.id === id.id)) : null;
      if (!v || !/^make\(\s*chan\b/.test(v.text)) return false;
      made++;
    } else return false;
  }
  return made === 1 && sent > 0;
}

/**
 * `w.Close()` on an end of an in-memory pipe (`*io.PipeWriter`, `*io.PipeReader`), whose Close always returns nil: a
 * local set by `io.Pipe()` in the function, or a field (`s.writer.Close()`) that a struct of the file declares with
 * one of those types.
 */
/** `x != nil`: x, as written (else null). */
export function nonNilOperand(c: Node): Node | null {
  return c.type === 'binary_expression' && operatorOf(c) === '!=' && c.childForFieldName('right')?.type === 'nil' ? c.childForFieldName('left') : null;
}

/** `x == nil` (op `==`) or `x != nil` (op `!=`), the nil on the right (parentheses allowed): x, without its parentheses. */
export function nilTestOperand(c: Node, op: '==' | '!='): Node | undefined {
  return c.type === 'binary_expression' && operatorOf(c) === op && unparen(c.childForFieldName('right')!).type === 'nil' ? unparen(c.childForFieldName('left')!) : undefined;
}

/** The nearest `if` around `n` whose consequence holds it, looking up no further than a node `stop` accepts. */
export function ifTaken(n: Node, stop: (p: Node) => boolean): Node | undefined {
  for (let p = n.parent; p && !stop(p); p = p.parent) if (p.type === 'if_statement' && contains(p.childForFieldName('consequence')!, n)) return p;
  return undefined;
}

/**
 * `if !ok { return }` (or `ok == false`) for the flag of a receive from a time channel, `case _, ok := <-ticker.C:`
 * or `v, ok := <-t.C` right before it: the time package never closes those channels, so the branch never runs.
 */
export function closedTimeCheck(ifs: Node): boolean {
  if (ifs.type !== 'if_statement' || ifs.childForFieldName('initializer')) return false;
  const c = unparen(ifs.childForFieldName('condition')!);
  const ok =
    c.type === 'unary_expression' && operatorOf(c) === '!' ? unparen(c.childForFieldName('operand')!)
    : c.type === 'binary_expression' && c.childForFieldName('operator')?.text === '==' && c.childForFieldName('right')?.text === 'false' ? unparen(c.childForFieldName('left')!)
    : undefined;
  if (ok?.type !== 'identifier') return false;
  // The receive that declares it: the case the if sits in (the case's own statements), or the statement before it.
  const holder = statementHolder(ifs);
  const prev = statementBefore(ifs);
  const decl =
    holder?.type === 'communication_case' ? holder.childForFieldName('communication')
    : prev?.type === 'short_var_declaration' ? prev
    : null;
  if (decl?.type !== 'receive_statement' && decl?.type !== 'short_var_declaration') return false;
  const left = listItems(decl.childForFieldName('left'));
  const right = listItems(decl.childForFieldName('right'));
  if (left.length !== 2 || left[1]?.text !== ok.text || right.length !== 1) return false;
  const r = right[0] && unparen(right[0]);
  const operand = r ? receiveOperand(r) : undefined;
  if (!operand || !isTimeChannel(operand)) return false;
  // Nothing between the receive and the if gives the flag another value.
  const between = holder?.type === 'communication_case' ? caseStatements(holder).filter((st) => st.endIndex <= ifs.startIndex) : [];
  return !between.some((st) => new RegExp(`\\b${ok.text}\\s*=[^=]`).test(st.text));
}

/**
 * `if err != nil { t.Fatal(err) }` (no initializer, no else) right after an error from a call on constant input
 * (fixedInputError): like `require.NoError(t, err)` there, the branch is decided by the code, and the test's way out
 * in it is not one a passing test takes.
 */
export function decidedFailureBranch(ifs: Node): boolean {
  if (ifs.type !== 'if_statement' || ifs.childForFieldName('initializer') || ifs.childForFieldName('alternative')) return false;
  const c = unparen(ifs.childForFieldName('condition')!);
  const err = nonNilOperand(c);
  const then = blockStatements(ifs.childForFieldName('consequence'));
  if (err?.type !== 'identifier' || !then.some((st) => callEnd(st) === 'goroutine')) return false;
  return fixedInputError(ifs, err);
}

const STRING_LITERAL = new Set(['interpreted_string_literal', 'raw_string_literal']);

/** Standard-library packages whose functions reach outside the program (files, network, processes, the system). */
const OUTSIDE_PACKAGES = new Set(['os', 'os/exec', 'os/user', 'os/signal', 'io', 'io/ioutil', 'io/fs', 'net', 'net/http', 'net/rpc', 'net/smtp', 'crypto/tls', 'crypto/rand', 'database/sql', 'syscall', 'plugin', 'path/filepath', 'log/syslog']);

/**
 * `v, err := pkg.Parse(map[string]any{"k": 1})` (or `f(nil)`) right before `require.NoError(t, err)`: an error from a
 * function of a package (not a method of some value) whose every argument is a constant (literals, nil, composite
 * literals of them; not a bare string, which may name a file or an address) is decided by the code: the check fails
 * on every run or on none, and a test that fails on every run is not one anybody keeps. The standard library's
 * packages that reach outside the program are left out (`net.Listen("tcp", "127.0.0.1:0")` can fail for reasons of
 * the machine); a function of the module that does so itself is not looked into (a helper that listens on a port it
 * is given as `0` is taken as decided too).
 */
function fixedInputError(stmt: Node, err: Node): boolean {
  if (err.type !== 'identifier') return false;
  const prev = statementBefore(stmt);
  if (prev?.type !== 'short_var_declaration' && prev?.type !== 'assignment_statement') return false;
  const left = listItems(prev.childForFieldName('left'));
  const right = listItems(prev.childForFieldName('right'));
  if (left[left.length - 1]?.text !== err.text || right.length !== 1) return false;
  const call = right[0] && unparen(right[0]);
  if (call?.type !== 'call_expression') return false;
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null);
  // A bare string may name a file, an address or a command (`load("config.yaml")`, `dial(":8080")`): left out.
  if (args.length === 0 || !args.every((a) => fixedValue(a) && !STRING_LITERAL.has(unparen(a).type))) return false;
  const f = unparen(call.childForFieldName('function')!);
  if (f.type === 'identifier') return true;
  const pkg = f.type === 'selector_expression' ? f.childForFieldName('operand') : null;
  if (pkg?.type !== 'identifier') return false;
  const imp = fileImports(stmt.tree.rootNode).find((i) => i.name === pkg.text);
  return imp !== undefined && !OUTSIDE_PACKAGES.has(imp.path);
}

/**
 * A constant value: a literal, nil, an exported name of an imported package (`client.UnitStateHealthy`: the same on
 * every run), or a composite literal of such values (keys included).
 */
function fixedValue(e: Node): boolean {
  const x = unparen(e);
  if (CONSTANT_LITERAL.has(x.type) || x.type === 'nil') return true;
  if (x.type === 'selector_expression') {
    const pkg = x.childForFieldName('operand');
    const name = x.childForFieldName('field')?.text ?? '';
    return pkg?.type === 'identifier' && /^\p{Lu}/u.test(name) && importNamed(x, pkg.text) !== undefined;
  }
  if (x.type === 'unary_expression') return ['-', '+'].includes(operatorOf(x) ?? '') && fixedValue(x.childForFieldName('operand')!);
  if (x.type !== 'composite_literal') return false;
  const body = x.childForFieldName('body');
  const element = (v: Node): boolean => (v.type === 'literal_value' ? elems(v) : fixedValue(v));
  const elems = (n: Node | null): boolean =>
    !n ||
    n.namedChildren.every((c) => {
      if (!c || c.type === 'comment') return true;
      if (c.type === 'keyed_element') {
        // A key may name a field (`Name: "x"`); the value must be constant.
        const key = c.childForFieldName('key')?.namedChild(0);
        const value = c.childForFieldName('value')?.namedChild(0);
        return !!key && !!value && (key.type === 'identifier' || element(key)) && element(value);
      }
      return c.type === 'literal_element' ? !c.namedChild(0) || element(c.namedChild(0)!) : element(c);
    });
  return elems(body);
}

function closesPipe(e: Node): boolean {
  if (e.type !== 'call_expression' || (e.childForFieldName('arguments')?.namedChildCount ?? 0) !== 0) return false;
  const f = e.childForFieldName('function');
  if (f?.type !== 'selector_expression' || f.childForFieldName('field')?.text !== 'Close') return false;
  const end = unparen(f.childForFieldName('operand')!);
  if (end.type === 'selector_expression') {
    const field = end.childForFieldName('field')?.text;
    return field !== undefined && new RegExp(`^\\s*(?:[\\p{L}_][\\p{L}\\p{N}_]*\\s*,\\s*)*${escapeRe(field)}(?:\\s*,\\s*[\\p{L}_][\\p{L}\\p{N}_]*)*\\s+\\*io\\.Pipe(Writer|Reader)\\b`, 'mu').test(e.tree.rootNode.text);
  }
  if (end.type !== 'identifier') return false;
  const fn = enclosingFuncNode(e);
  return fn !== undefined && soleShortVarValue(fn, end.text)?.text.replace(/\s/g, '') === 'io.Pipe()';
}

/** The value `fn` gives local `name` in its one `:=` declaration of it (the right side's only item), or undefined. */
function soleShortVarValue(fn: Node, name: string): Node | undefined {
  const decls = fn.descendantsOfType('short_var_declaration').filter((d): d is Node => d !== null && (d.childForFieldName('left')?.namedChildren ?? []).some((n) => n?.text === name));
  const right = decls.length === 1 ? listItems(decls[0].childForFieldName('right')) : [];
  return right.length === 1 ? right[0] : undefined;
}

/** The standard library's listeners: what they return serves until it is closed. */
export const NET_LISTEN = /^(net\.Listen(TCP|UDP|Packet|Unix|Unixgram|IP|MulticastUDP)?|tls\.Listen)$/;

/**
 * `ln.Close()` for a local the function declares once from the standard library's `net.Listen…` and closes only
 * there: the first close of an open listener returns nil, so a check of it cannot fail.
 */
function closesListenerOnce(e: Node): boolean {
  if (e.type !== 'call_expression' || (e.childForFieldName('arguments')?.namedChildCount ?? 0) !== 0) return false;
  const f = e.childForFieldName('function');
  const ln = f?.type === 'selector_expression' && f.childForFieldName('field')?.text === 'Close' ? unparen(f.childForFieldName('operand')!) : undefined;
  const fn = enclosingFuncNode(e);
  if (ln?.type !== 'identifier' || !fn) return false;
  const right = soleShortVarValue(fn, ln.text);
  if (right?.type !== 'call_expression' || !NET_LISTEN.test(calleeText(right) ?? '')) return false;
  const closes = fn.descendantsOfType('selector_expression').filter((s) => s?.childForFieldName('field')?.text === 'Close' && s.childForFieldName('operand')?.text === ln.text);
  return closes.length === 1;
}

/**
 * A call statement that always records a test failure and goes on: `t.Error*`, `t.Fail`, testify `assert.Fail*`
 * (other `assert.X` calls fail only when their check does: `if !assert.NoError(t, err) { return }` is the shape for them).
 */
export function isFailureReport(stmt: Node): boolean {
  if (stmt.type !== 'expression_statement') return false;
  const e = stmt.namedChild(0);
  if (!e || e.type !== 'call_expression') return false;
  const f = unparen(e.childForFieldName('function')!);
  if (f.type !== 'selector_expression') return false;
  const x = unparen(f.childForFieldName('operand')!);
  const method = f.childForFieldName('field')?.text ?? '';
  if (x.type === 'identifier' && x.text === 'assert') return method === 'Fail' || method === 'Failf';
  return TEST_FAILING_METHODS.has(method) && isTestHandle(x);
}

/**
 * A return taken because a test failed: an earlier statement of its block reports a failure (`t.Error(…);
 * return`), or the if around it tests an assertion (`if !assert.NoError(t, err) { return }`).
 */
export function isFailureReturn(ret: Node): boolean {
  const list = ret.parent;
  if (!list) return false;
  for (const s of list.namedChildren) {
    if (!s || s.startIndex >= ret.startIndex) break;
    if (isFailureReport(s)) return true;
  }
  const block = list.type === 'statement_list' ? list.parent : list;
  const ifStmt = block?.parent;
  if (ifStmt?.type === 'if_statement' && ifStmt.childForFieldName('consequence')?.id === block!.id) {
    // `if !assert.NoError(t, err) {`: the check failed.
    const cond = ifStmt.childForFieldName('condition');
    const call = cond?.type === 'unary_expression' && cond.childForFieldName('operator')?.type === '!' ? unparen(cond.childForFieldName('operand')!) : undefined;
    if (call?.type === 'call_expression' && /^(assert\.|\w+\.Assert\(\)\.)/.test(call.childForFieldName('function')?.text ?? '')) return true;
  }
  return false;
}

/** Does this end path a test's failure (a goroutine-ending test call, or a return after a failure report)? */
export function isTestFailureExit(n: Node): boolean {
  if (n.type === 'return_statement') return isFailureReturn(n);
  const end = callEnd(n);
  return end !== undefined && end !== 'process' && calleeText(n.namedChild(0)!) !== 'runtime.Goexit';
}

/** An expression statement that never returns normally: the process or the goroutine ends (panic, os.Exit, t.Fatal …). */
export function isTerminatingCall(stmt: Node): boolean {
  const end = callEnd(stmt);
  return end === 'process' || end === 'goroutine';
}

/**
 * A terminating statement, after the Go spec, for the shapes that matter here: `return`, `goto`, a call that does
 * not return (isTerminatingCall), a block whose last statement terminates, an `if` with an `else` whose branches
 * both terminate, and a `select` whose every case ends in a terminating statement with no `break` in it.
 */
export function isTerminating(stmt: Node | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'return_statement':
    case 'goto_statement':
      return true;
    case 'block':
      return isTerminating(blockStatements(stmt).at(-1));
    case 'if_statement': {
      const alt = stmt.childForFieldName('alternative');
      return alt !== null && isTerminating(stmt.childForFieldName('consequence') ?? undefined) && isTerminating(alt);
    }
    case 'select_statement': {
      const cases = stmt.namedChildren.filter((c): c is Node => c?.type === 'communication_case' || c?.type === 'default_case');
      return cases.length > 0 && cases.every((c) => isTerminating(caseStatements(c).at(-1)) && findBelow(c, (n) => n.type === 'break_statement', true).length === 0);
    }
    default:
      return isTerminatingCall(stmt);
  }
}

/** Statements of a block (tree-sitter-go wraps them in a statement_list). */
export function blockStatements(block: Node | null): Node[] {
  if (!block) return [];
  const out: Node[] = [];
  for (let i = 0, k = block.namedChildCount; i < k; i++) {
    const c = block.namedChild(i)!;
    const t = c.type;
    if (t === 'statement_list') pushStatements(c, out);
    else if (t !== 'comment') out.push(c);
  }
  return out;
}

/** Statements of a case clause (expression_case, default_case, communication_case, type_case). */
export function caseStatements(clause: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0, k = clause.namedChildCount; i < k; i++) {
    const c = clause.namedChild(i)!;
    if (c.type === 'statement_list') pushStatements(c, out);
  }
  return out;
}

/** The statements of a statement_list, comments left out. */
function pushStatements(list: Node, out: Node[]): void {
  for (let j = 0, k = list.namedChildCount; j < k; j++) {
    const s = list.namedChild(j)!;
    if (s.type !== 'comment') out.push(s);
  }
}

/** Is `inner` inside `outer` (or equal)? By ranges, so no parent walks; false for nodes of different trees. */
export function contains(outer: Node, inner: Node | null | undefined): boolean {
  return !!inner && inner.tree === outer.tree && inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/** Short one-line source text for messages. */
export function snippet(n: Node, max = 40): string {
  const t = n.text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** A statement that leaves the loop or the function it is in: return, goto, break, or a call that never returns. */
export function isWayOut(n: Node): boolean {
  const t = n.type;
  return t === 'return_statement' || t === 'goto_statement' || t === 'break_statement' || isTerminatingCall(n);
}

/**
 * Above this many named children a node's children are read in bulk (`namedChildren`); below it one at a time
 * (`namedChild(i)`), which costs less (the bulk read allocates and frees a buffer in wasm) while each call's walk
 * over the children before it stays short.
 */
export const MANY_CHILDREN = 32;

/** Every node below `root` (nested function literals skipped) for which `pick` holds; iterative, any depth. */
export function findBelow(root: Node, pick: (n: Node) => boolean, firstOnly = false): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.id !== root.id && isFuncNode(n)) continue;
    if (pick(n)) {
      out.push(n);
      if (firstOnly) break;
    }
    const k = n.namedChildCount;
    if (k > MANY_CHILDREN) for (const c of n.namedChildren) stack.push(c!);
    else for (let i = 0; i < k; i++) stack.push(n.namedChild(i)!);
  }
  return out;
}

/** The header of a for statement (its condition, for clause or range clause); undefined for `for { … }`. */
export function loopHeader(loop: Node): Node | undefined {
  return loop.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'comment') ?? undefined;
}

/** `for { … }` or `for i := 1; ; i++ { … }`: a loop with no condition, which only a break, return or goto ends. */
export function unconditionalLoop(loop: Node): boolean {
  const h = loopHeader(loop);
  return !h || (h.type === 'for_clause' && !h.childForFieldName('condition'));
}

/**
 * Can a loop be left other than by its range channel being closed: a return, break, goto, or a call that
 * never returns anywhere in its body (nested function literals excluded)? A break of an inner switch or
 * select counts too, which errs on the side of staying quiet.
 */
export function loopHasWayOut(loop: Node): boolean {
  const body = loop.childForFieldName('body');
  return !body || findBelow(body, isWayOut, true).length > 0;
}

/**
 * The flags a loop runs on, each of which must take its exit value for the loop to end: `for ok`, `for !done`, and
 * each side of `for fast || slow` (both must be false). Empty for any other condition.
 */
export function loopFlags(loop: Node): { name: string; exit: string }[] {
  const clause = loop.namedChildren.find((c) => c?.type === 'for_clause');
  const cond = clause ? clause.childForFieldName('condition') : loop.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'range_clause');
  if (!cond) return [];
  const out: { name: string; exit: string }[] = [];
  for (const u of disjuncts(cond)) {
    const x = u.type === 'unary_expression' && u.childForFieldName('operator')?.text === '!' ? unparen(u.childForFieldName('operand')!) : undefined;
    if (u.type === 'identifier') out.push({ name: u.text, exit: 'false' });
    else if (x?.type === 'identifier') out.push({ name: x.text, exit: 'true' });
    else return [];
  }
  return out;
}

/** `for ok {` / `for !done {`: the flag a loop runs on, and the literal that ends it. */
export function loopFlag(loop: Node): { name: string; exit: string } | undefined {
  const flags = loopFlags(loop);
  return flags.length === 1 ? flags[0] : undefined;
}

/** Does the file import a package under `name` (`import "io"`, `import x "example.com/y"`)? */
export function importsPackage(root: Node, name: string): boolean {
  for (const d of root.namedChildren) {
    if (d?.type !== 'import_declaration') continue;
    for (const spec of d.descendantsOfType('import_spec')) {
      const alias = spec?.childForFieldName('name')?.text;
      const path = spec?.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      if ((alias ?? path.slice(path.lastIndexOf('/') + 1)) === name) return true;
    }
  }
  return false;
}

/** The statement before `st` in its list, comments skipped (null at the start). */
export function statementBefore(st: Node): Node | null {
  let prev = st.previousNamedSibling;
  while (prev?.type === 'comment') prev = prev.previousNamedSibling;
  return prev;
}

/** The statement after `st` in its list, comments skipped and any statement `skip` accepts (null at the end). */
export function statementAfter(st: Node, skip: (n: Node) => boolean = () => false): Node | null {
  let next = st.nextNamedSibling;
  while (next && (next.type === 'comment' || skip(next))) next = next.nextNamedSibling;
  return next;
}

/** The block, or the select or switch case, whose statement list holds the statement `st`. */
export function statementHolder(st: Node): Node | null {
  return st.parent?.type === 'statement_list' ? st.parent.parent : st.parent;
}

/** The statements of a statement holder (statementHolder): a block's, or a select or switch case's. */
export function holderStatements(holder: Node): Node[] {
  return holder.type === 'block' ? blockStatements(holder) : caseStatements(holder);
}

/** The statement (of a block's list) that holds `n`. */
export function statementOf(n: Node): Node | undefined {
  let stmt: Node | null = n;
  while (stmt && stmt.parent?.type !== 'block' && stmt.parent?.type !== 'statement_list') stmt = stmt.parent;
  return stmt ?? undefined;
}

/**
 * The name an import path's package goes by when no alias is given: the path's last element, but a major version
 * element (the package of `…/cli/v2` is `cli`), and only up to a character an identifier cannot hold
 * (`gopkg.in/yaml.v3` is `yaml`).
 */
export function importName(path: string): string {
  const elems = path.split('/');
  const last = /^v\d+$/.test(elems[elems.length - 1]) && elems.length > 1 ? elems[elems.length - 2] : elems[elems.length - 1];
  return last.replace(/[^\p{L}\p{N}_].*$/u, '');
}

/** A file's imports: each path with the name the file knows it by, its alias (`.` and `_` included) or importName. */
export function fileImports(root: Node): readonly { path: string; name: string }[] {
  const known = importsOf.get(root.tree);
  if (known) return known;
  const out: { path: string; name: string }[] = [];
  for (let i = 0, n = root.namedChildCount; i < n; i++) {
    const d = root.namedChild(i);
    if (d?.type === 'package_clause' || d?.type === 'comment') continue;
    if (d?.type !== 'import_declaration') break;
    for (const spec of d.descendantsOfType('import_spec')) {
      const alias = spec?.childForFieldName('name')?.text;
      const path = spec?.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      out.push({ path, name: alias ?? importName(path) });
    }
  }
  importsOf.set(root.tree, out);
  return out;
}

/** fileImports' answer for each tree it was asked about (a file's tree is never edited). */
const importsOf = new WeakMap<object, readonly { path: string; name: string }[]>();

/**
 * Each place `file`'s code writes `.name` (comments and literals left out), with the selector expression `x.name` it
 * is the field of, when it is one (a qualified type `pkg.Name` is not; nor is a place in a file that has no tree).
 * The file is parsed when it writes one.
 */
export function* dotNames(file: SourceFile, name: string): Generator<{ sel?: Node }> {
  if (!file.text.includes(name)) return;
  for (const m of codeMatches(file.text, `\\.\\s*${escapeRe(name)}(?![\\w])`)) {
    const id = file.rootAt(m.index)?.descendantForIndex(m.index + m.token.length - name.length);
    const sel = id?.parent;
    yield { sel: sel?.type === 'selector_expression' && sel.childForFieldName('field')?.id === id!.id ? sel : undefined };
  }
}

/**
 * Does `n` never run: it follows, in a block of its function or of a function around it, a statement that ends the
 * goroutine or the process (`t.SkipNow()`, `t.Fatal(…)`, `os.Exit(1)`, `panic(…)`) or a `return`? Go vet calls such
 * code unreachable; a goroutine it would start is never started. A function literal deferred before the end still
 * runs (the end runs deferred calls), and is judged by its own statements.
 */
export function neverRuns(n: Node): boolean {
  for (let at: Node = n, block = parentOf(n); block; at = block, block = parentOf(block)) {
    if (block.type !== 'block' && block.type !== 'statement_list') continue;
    // A label between the end and `n` (or on `n`) may be reached by a goto.
    if (at.type === 'labeled_statement') continue;
    for (let prev = at.previousNamedSibling; prev && prev.type !== 'labeled_statement'; prev = prev.previousNamedSibling) {
      if (prev.type === 'return_statement' || isTerminatingCall(prev)) return true;
    }
  }
  return false;
}

/** The WaitGroup a statement `wg.Wait()` waits on, by its text (`wg`, `s.wg`); undefined for any other statement. */
export function waitedGroup(st: Node): string | undefined {
  return st.type === 'expression_statement' ? /^(.+)\.Wait\(\)$/.exec(st.text)?.[1] : undefined;
}
