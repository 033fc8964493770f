import type { Node } from 'web-tree-sitter';
import type { Decl } from '../../src/analysis/scope';
import { blockStatements, caseStatements, contains, isFuncNode, isTerminatingCall, listItems, literalRunBy, parentSkippingParens } from '../../src/analysis/syntax';

/**
 * Flow-sensitive nil for one local channel variable: which values can it hold at each of its uses? A forward
 * walk over the statements of the function that declares it (reaching definitions on structured code: if,
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

/** Upper bound on statements walked (loops included) before giving up. */
const BUDGET = 20_000;

class GiveUp extends Error {}

interface Target {
  label: string | undefined;
  loop: boolean;
  breaks: number | undefined;
  continues: number | undefined;
}

type State = number | undefined; // undefined: unreachable

function join(a: State, b: State): State {
  return a === undefined ? b : b === undefined ? a : a | b;
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
  const walk = new Walk(reads, defs);
  try {
    walk.stmts(blockStatements(body), 0);
  } catch (e) {
    if (e instanceof GiveUp || e instanceof RangeError) return undefined;
    throw e;
  }
  return { at: walk.at, defs: defs.map(({ node, kind }) => ({ node, kind })) };
}

class Walk {
  readonly at = new Map<number, number>();
  private readonly targets: Target[] = [];
  private steps = 0;
  private label: string | undefined;

  constructor(
    private readonly reads: { ref: Node; via: Node | undefined }[],
    private readonly defs: { node: Node; kind: number; stmt: Node }[],
  ) {}

  /** Record the uses read while evaluating `n` (a whole simple statement or an expression) in state s. */
  private read(n: Node | null | undefined, s: State): void {
    if (!n || s === undefined) return;
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
      if (via) this.add(ref, s | this.definedAfter(via));
      else this.add(ref, s);
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

  /** The state after the definitions made by statement (or clause) `n`, if any. */
  private define(n: Node, s: State): State {
    if (s === undefined) return s;
    for (const d of this.defs) if (d.stmt.id === n.id) s = d.kind;
    return s;
  }

  stmts(list: Node[], s: State): State {
    for (const n of list) s = this.stmt(n, s);
    return s;
  }

  private block(n: Node | null, s: State): State {
    return n ? this.stmts(blockStatements(n), s) : s;
  }

  private stmt(n: Node, s: State): State {
    if (++this.steps > BUDGET) throw new GiveUp();
    const label = this.label;
    this.label = undefined;
    switch (n.type) {
      case 'block':
        return this.block(n, s);
      case 'labeled_statement': {
        const inner = n.namedChildren.find((c) => c && c.type !== 'label_name' && c.type !== 'comment');
        this.label = n.childForFieldName('label')?.text;
        const out = inner ? this.stmt(inner, s) : s;
        this.label = undefined;
        return out;
      }
      case 'short_var_declaration':
      case 'assignment_statement':
        this.read(n, s);
        return this.define(n, s);
      case 'var_declaration': {
        this.read(n, s);
        for (const spec of n.descendantsOfType('var_spec')) if (spec) s = this.define(spec, s);
        return s;
      }
      case 'return_statement':
        this.read(n, s);
        return undefined;
      case 'expression_statement':
        this.read(n, s);
        return isTerminatingCall(n) ? undefined : s;
      case 'goto_statement':
      case 'fallthrough_statement':
        throw new GiveUp();
      case 'break_statement':
      case 'continue_statement': {
        const name = n.namedChildren.find((c) => c?.type === 'label_name')?.text;
        const isBreak = n.type === 'break_statement';
        let t: Target | undefined;
        for (let i = this.targets.length - 1; i >= 0 && !t; i--) {
          const c = this.targets[i];
          if (name ? c.label === name : isBreak || c.loop) t = c;
        }
        if (!t || (!isBreak && !t.loop)) throw new GiveUp();
        if (isBreak) t.breaks = join(t.breaks, s);
        else t.continues = join(t.continues, s);
        return undefined;
      }
      case 'if_statement': {
        const init = n.childForFieldName('initializer');
        if (init) s = this.stmt(init, s);
        this.read(n.childForFieldName('condition'), s);
        const then = this.block(n.childForFieldName('consequence'), s);
        const alt = n.childForFieldName('alternative');
        return join(then, alt ? this.stmt(alt, s) : s);
      }
      case 'expression_switch_statement':
      case 'type_switch_statement':
        return this.switchStmt(n, s, label);
      case 'select_statement':
        return this.selectStmt(n, s, label);
      case 'for_statement':
        return this.forStmt(n, s, label);
      default:
        // send, inc/dec, go, defer, const and type declarations, empty statements: evaluated in order.
        this.read(n, s);
        return s;
    }
  }

  private switchStmt(n: Node, s: State, label: string | undefined): State {
    const init = n.childForFieldName('initializer');
    if (init) s = this.stmt(init, s);
    this.read(n.childForFieldName('value'), s);
    const t: Target = { label, loop: false, breaks: undefined, continues: undefined };
    this.targets.push(t);
    let out: State;
    let hasDefault = false;
    for (const c of n.namedChildren) {
      if (!c || (c.type !== 'expression_case' && c.type !== 'type_case' && c.type !== 'default_case')) continue;
      if (c.type === 'default_case') hasDefault = true;
      if (c.type === 'expression_case') this.read(c.childForFieldName('value'), s);
      out = join(out, this.stmts(caseStatements(c), s));
    }
    this.targets.pop();
    if (!hasDefault) out = join(out, s);
    return join(out, t.breaks);
  }

  private selectStmt(n: Node, s: State, label: string | undefined): State {
    const t: Target = { label, loop: false, breaks: undefined, continues: undefined };
    this.targets.push(t);
    let out: State;
    for (const c of n.namedChildren) {
      if (!c || (c.type !== 'communication_case' && c.type !== 'default_case')) continue;
      let cs = s;
      const comm = c.childForFieldName('communication');
      if (comm) {
        this.read(comm, cs);
        cs = this.define(comm, cs);
      }
      out = join(out, this.stmts(caseStatements(c), cs));
    }
    this.targets.pop();
    return join(out, t.breaks);
  }

  private forStmt(n: Node, s: State, label: string | undefined): State {
    const clause = n.namedChildren.find((c) => c?.type === 'for_clause' || c?.type === 'range_clause') ?? undefined;
    const body = n.childForFieldName('body');
    let cond: Node | null | undefined;
    let update: Node | null = null;
    let range: Node | undefined;
    if (clause?.type === 'for_clause') {
      const init = clause.childForFieldName('initializer');
      if (init) s = this.stmt(init, s);
      cond = clause.childForFieldName('condition');
      update = clause.childForFieldName('update');
    } else if (clause?.type === 'range_clause') {
      range = clause;
      this.read(clause.childForFieldName('right'), s);
    } else {
      cond = n.namedChildren.find((c) => c && c.id !== body?.id && c.type !== 'comment');
    }
    const endless = !range && !cond;
    const t: Target = { label, loop: true, breaks: undefined, continues: undefined };
    this.targets.push(t);
    let head: State = s;
    for (let i = 0; i < 4; i++) {
      this.read(cond, head);
      const inBody = range ? this.define(range, head) : head;
      let end = join(this.block(body, inBody), t.continues);
      if (update) end = this.stmt(update, end);
      const next = join(s, end);
      if (next === head) break;
      head = next;
    }
    this.targets.pop();
    return join(endless ? undefined : head, t.breaks);
  }
}
