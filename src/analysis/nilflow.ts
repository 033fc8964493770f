import type { Node } from 'web-tree-sitter';
import type { Decl } from './scope';
import { contains, isFuncNode, listItems, literalRunBy, parentSkippingParens } from './syntax';
import { walkStatements, type StatementFlow } from './statement-flow';

/**
 * Flow-sensitive nil for one local channel variable: which values can it hold at each of its uses? A forward
 * walk (walkStatements) over the statements of the function that declares it (reaching definitions: if,
 * switch, select, loops to a fixpoint, break/continue/return), with two kinds of definition: `nil` (`var ch
 * chan T`, `ch = nil`) and anything else. Whatever the walk cannot place exactly (a goto, a fallthrough, `&ch`,
 * an assignment inside a closure, a read in a closure that is not a goroutine) is left unknown.
 */

/** The variable may be nil here. */
export const NIL = 1;
/** The variable may hold a value other than nil here (or one the walk cannot tell). */
export const SET = 2;

export interface NilFlow {
  /** What a use (by node id) may see: NIL, SET or both; absent when unknown or unreachable. */
  at: Map<number, number>;
  /** The definitions: the declaring identifier and every assigned use, with what they store. */
  defs: { node: Node; kind: number }[];
}

/** What `d` is defined to by the use or declaring identifier `id`, when `id` is on a left side; else undefined. */
function definitionAt(id: Node): { stmt: Node; kind: number } | undefined {
  const p = parentSkippingParens(id);
  if (!p) return undefined;
  if (p.type === 'var_spec' && p.childrenForFieldName('name').some((n) => n?.id === id.id)) {
    const names = p.childrenForFieldName('name');
    const value = p.childForFieldName('value');
    if (!value) return { stmt: p, kind: NIL };
    const values = listItems(value);
    const v = values.length === names.length ? values[names.findIndex((n) => n?.id === id.id)] : undefined;
    return { stmt: p, kind: v?.type === 'nil' ? NIL : SET };
  }
  if (p.type !== 'expression_list') return undefined;
  const stmt = p.parent;
  if (!stmt || stmt.childForFieldName('left')?.id !== p.id) return undefined;
  if (stmt.type === 'range_clause' || stmt.type === 'receive_statement') return { stmt, kind: SET };
  if (stmt.type !== 'short_var_declaration' && stmt.type !== 'assignment_statement') return undefined;
  if (stmt.type === 'assignment_statement' && stmt.childForFieldName('operator')?.type !== '=') return { stmt, kind: SET };
  const left = listItems(p);
  const right = listItems(stmt.childForFieldName('right'));
  const v = left.length === right.length ? right[left.findIndex((n) => n?.id === id.id)] : undefined;
  return { stmt, kind: v?.type === 'nil' ? NIL : SET };
}

/** The function literals between `n` and `fn` (innermost first). */
function literalsBetween(n: Node, fn: Node): Node[] {
  const out: Node[] = [];
  for (let p = n.parent; p && p.id !== fn.id; p = p.parent) if (p.type === 'func_literal') out.push(p);
  return out;
}

/** The nil flow of a local variable, or undefined when the walk cannot follow it. */
export function nilFlow(d: Decl): NilFlow | undefined {
  if (d.kind !== 'var') return undefined;
  const body = d.fn.childForFieldName('body');
  if (!body) return undefined;
  const defs: { node: Node; kind: number; stmt: Node }[] = [];
  const declDef = definitionAt(d.node);
  if (!declDef) return undefined;
  defs.push({ node: d.node, ...declDef });
  const reads: { ref: Node; via: Node | undefined }[] = []; // via: the go statement whose goroutine reads it
  for (const r of d.refs) {
    const p = parentSkippingParens(r);
    if (p?.type === 'unary_expression' && p.childForFieldName('operator')?.type === '&') return undefined;
    const lits = literalsBetween(r, d.fn);
    const def = definitionAt(r);
    if (def) {
      if (lits.length > 0) return undefined; // assigned in a closure: at a time the walk cannot place
      defs.push({ node: r, ...def });
      continue;
    }
    if (lits.length === 0) reads.push({ ref: r, via: undefined });
    else if (lits.length === 1) {
      const run = literalRunBy(lits[0]);
      if (run?.by === 'go') reads.push({ ref: r, via: run.stmt });
    }
  }
  reads.sort((a, b) => a.ref.startIndex - b.ref.startIndex);
  const facts = new NilFacts(reads, defs);
  if (walkStatements(body, 0, facts) === 'gave-up') return undefined;
  return { at: facts.at, defs: defs.map(({ node, kind }) => ({ node, kind })) };
}

/** The transfer functions of the nil flow: a state is the set of kinds (NIL, SET) the variable may hold. */
class NilFacts implements StatementFlow<number> {
  readonly at = new Map<number, number>();

  constructor(
    private readonly reads: { ref: Node; via: Node | undefined }[],
    private readonly defs: { node: Node; kind: number; stmt: Node }[],
  ) {}

  join(a: number, b: number): number {
    return a | b;
  }

  equal(a: number, b: number): boolean {
    return a === b;
  }

  simple(n: Node, s: number): number {
    this.read(n, s);
    return this.define(n, s);
  }

  communication(n: Node, s: number): number {
    return this.simple(n, s);
  }

  rangeBody(clause: Node, s: number): number {
    return this.define(clause, s);
  }

  /** Record the uses read while evaluating `n` (a whole simple statement or an expression) in state s. */
  private read(n: Node, s: number): void {
    // The reads are in text order: find the first one at or after n's start.
    let lo = 0;
    let hi = this.reads.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.reads[mid].ref.startIndex < n.startIndex) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.reads.length && this.reads[i].ref.startIndex < n.endIndex; i++) {
      const { ref, via } = this.reads[i];
      if (!contains(n, ref)) continue;
      // A goroutine reads the variable some time after it starts: whatever it holds then, or gets later.
      this.add(ref, via ? s | this.definedAfter(via) : s);
    }
  }

  private add(ref: Node, s: number): void {
    this.at.set(ref.id, (this.at.get(ref.id) ?? 0) | s);
  }

  /** The kinds of the definitions that can run after `n`: later in the text, or anywhere in a loop around n. */
  private definedAfter(n: Node): number {
    let loop: Node | undefined;
    for (let p = n.parent; p && !isFuncNode(p); p = p.parent) if (p.type === 'for_statement') loop = p;
    let k = 0;
    for (const d of this.defs) if (d.node.startIndex > n.endIndex || (loop && contains(loop, d.node))) k |= d.kind;
    return k;
  }

  /** The state after the definitions made in `n` (a statement, a var spec or a range clause), if any. */
  private define(n: Node, s: number): number {
    // A range clause is evaluated (its right side) before each iteration assigns its left side.
    for (const d of this.defs) if (d.stmt.id === n.id || (n.type !== 'range_clause' && contains(n, d.stmt) && d.stmt.type !== 'range_clause')) s = d.kind;
    return s;
  }
}
