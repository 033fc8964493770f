import type { Node } from 'web-tree-sitter';

/** Small, allocation-light helpers over tree-sitter-go nodes. */

export function isFuncNode(n: Node): boolean {
  return n.type === 'func_literal' || n.type === 'function_declaration' || n.type === 'method_declaration';
}

/**
 * `go func(){…}()` / `defer func(){…}()`: the statement that runs a function literal (the literal is the called
 * function of that statement's call); undefined for any other use of the literal.
 */
export function literalRunBy(lit: Node): { by: 'go' | 'defer'; stmt: Node } | undefined {
  const call = lit.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== lit.id) return undefined;
  const stmt = call.parent;
  if (stmt?.type === 'go_statement') return { by: 'go', stmt };
  if (stmt?.type === 'defer_statement') return { by: 'defer', stmt };
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

/** Statements that choose between branches: a path runs at most one of their branches. */
export const BRANCHING = new Set(['if_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement']);

/**
 * The innermost node of `type` that starts exactly at `index` (at most `maxUp` levels above the smallest node
 * there); none for a token inside a comment or a string. How rules go from a regular expression match to a node.
 */
export function nodeStartingAt(root: Node, index: number, type: string, maxUp: number): Node | undefined {
  let n: Node | null = root.descendantForIndex(index);
  for (let i = 0; n && i <= maxUp; i++, n = n.parent) {
    if (n.type === type) return n.startIndex === index ? n : undefined;
    if (n.type === 'comment' || n.type.endsWith('string_literal')) return undefined;
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

/** Identifiers of an expression_list (or a single identifier). Non-identifiers yield undefined slots. */
export function listItems(n: Node | null): (Node | undefined)[] {
  if (!n) return [];
  if (n.type !== 'expression_list') return [n];
  const out: (Node | undefined)[] = [];
  for (let i = 0; i < n.namedChildCount; i++) out.push(n.namedChild(i)!);
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

const TERMINATING_CALLS = new Set([
  'panic',
  'os.Exit',
  'log.Fatal',
  'log.Fatalf',
  'log.Fatalln',
  'log.Panic',
  'log.Panicf',
  'log.Panicln',
  'runtime.Goexit',
  't.Fatal',
  't.Fatalf',
  't.FailNow',
  't.SkipNow',
  't.Skip',
  't.Skipf',
  'b.Fatal',
  'b.Fatalf',
  'b.FailNow',
  'b.Skip',
  'b.Skipf',
  // testify and gotest.tools: these always stop the test goroutine (t.FailNow).
  'require.FailNow',
  'require.Fail',
  'assert.FailNow',
]);

/** An expression statement that never returns normally (panic, os.Exit, log.Fatal, t.Fatal …). */
export function isTerminatingCall(stmt: Node): boolean {
  if (stmt.type !== 'expression_statement') return false;
  const e = stmt.namedChild(0);
  if (!e || e.type !== 'call_expression') return false;
  const name = calleeText(e);
  return name !== undefined && TERMINATING_CALLS.has(name);
}

/** Statements of a block (tree-sitter-go wraps them in a statement_list). */
export function blockStatements(block: Node | null): Node[] {
  if (!block) return [];
  const out: Node[] = [];
  for (let i = 0; i < block.namedChildCount; i++) {
    const c = block.namedChild(i)!;
    if (c.type === 'statement_list') pushStatements(c, out);
    else if (c.type !== 'comment') out.push(c);
  }
  return out;
}

/** Statements of a case clause (expression_case, default_case, communication_case, type_case). */
export function caseStatements(clause: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < clause.namedChildCount; i++) {
    const c = clause.namedChild(i)!;
    if (c.type === 'statement_list') pushStatements(c, out);
  }
  return out;
}

/** The statements of a statement_list, comments left out. */
function pushStatements(list: Node, out: Node[]): void {
  for (let j = 0; j < list.namedChildCount; j++) {
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
  return n.type === 'return_statement' || n.type === 'goto_statement' || n.type === 'break_statement' || isTerminatingCall(n);
}

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
    for (let i = 0; i < n.namedChildCount; i++) stack.push(n.namedChild(i)!);
  }
  return out;
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
