import type { Node } from 'web-tree-sitter';
import { blockStatements, caseStatements, closedTimeCheck, isTerminatingCall } from './syntax';

/**
 * A forward data-flow walk over the statements of one function body, for facts that a rule tracks along
 * paths (what a variable may hold, whether a ticker may still be running). Structured code only: if, switch,
 * select, for loops (run to a fixpoint), blocks, labels, break, continue, return and calls that never return.
 * A goto or a fallthrough makes the walk give up (undefined). Function literals are not entered: a rule sees
 * them inside the simple statement that holds them.
 */
export interface StatementFlow<S> {
  join(a: S, b: S): S;
  equal(a: S, b: S): boolean;
  /** A simple statement, or an expression evaluated on the way (a condition, a case value), in state s. */
  simple(n: Node, s: S): S;
  /** The communication of a select case (a send, a receive, `v := <-ch`), when that case runs. */
  communication(n: Node, s: S): S;
  /** The start of each iteration of a range loop (the clause assigns its left side). */
  rangeBody(clause: Node, s: S): S;
  /** Does this range loop never end by itself (its channel is never closed, e.g. a ticker's)? */
  rangeEndless?(clause: Node): boolean;
  /** A return statement (after its values), or the end of the body (`n` is the body), reached in state s. */
  exit?(n: Node, s: S): void;
}

/** Statements walked (loops counted per pass) before giving up. */
const BUDGET = 20_000;

class GiveUp extends Error {}

interface Target<S> {
  label: string | undefined;
  loop: boolean;
  breaks: S | undefined;
  continues: S | undefined;
}

/** Walk `body` from state `start`; returns the state at its end (undefined when unreachable), or 'gave-up'. */
export function walkStatements<S>(body: Node, start: S, flow: StatementFlow<S>): { end: S | undefined } | 'gave-up' {
  const w = new Walker(flow);
  try {
    const end = w.stmts(blockStatements(body), start);
    if (end !== undefined) flow.exit?.(body, end);
    return { end };
  } catch (e) {
    if (e instanceof GiveUp || e instanceof RangeError) return 'gave-up';
    throw e;
  }
}

class Walker<S> {
  private readonly targets: Target<S>[] = [];
  private steps = 0;
  private label: string | undefined;

  constructor(private readonly f: StatementFlow<S>) {}

  private join(a: S | undefined, b: S | undefined): S | undefined {
    return a === undefined ? b : b === undefined ? a : this.f.join(a, b);
  }

  private simple(n: Node | null | undefined, s: S | undefined): S | undefined {
    return n && s !== undefined ? this.f.simple(n, s) : s;
  }

  stmts(list: Node[], s: S | undefined): S | undefined {
    for (const n of list) s = this.stmt(n, s);
    return s;
  }

  private block(n: Node | null, s: S | undefined): S | undefined {
    return n ? this.stmts(blockStatements(n), s) : s;
  }

  private stmt(n: Node, s: S | undefined): S | undefined {
    if (++this.steps > BUDGET) throw new GiveUp();
    const label = this.label;
    this.label = undefined;
    if (s === undefined) return undefined; // unreachable (a label could be reached by a goto, but goto gives up)
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
      case 'return_statement':
        s = this.simple(n, s);
        if (s !== undefined) this.f.exit?.(n, s);
        return undefined;
      case 'expression_statement':
        s = this.simple(n, s);
        return isTerminatingCall(n) ? undefined : s;
      case 'goto_statement':
      case 'fallthrough_statement':
        throw new GiveUp();
      case 'break_statement':
      case 'continue_statement': {
        const name = n.namedChildren.find((c) => c?.type === 'label_name')?.text;
        const isBreak = n.type === 'break_statement';
        let t: Target<S> | undefined;
        for (let i = this.targets.length - 1; i >= 0 && !t; i--) {
          const c = this.targets[i];
          if (name ? c.label === name : isBreak || c.loop) t = c;
        }
        if (!t || (!isBreak && !t.loop)) throw new GiveUp();
        if (isBreak) t.breaks = this.join(t.breaks, s);
        else t.continues = this.join(t.continues, s);
        return undefined;
      }
      case 'if_statement': {
        const init = n.childForFieldName('initializer');
        if (init) s = this.stmt(init, s);
        s = this.simple(n.childForFieldName('condition'), s);
        // `case _, ok := <-ticker.C: if !ok { return }`: a time channel is never closed, the branch never runs.
        const then = closedTimeCheck(n) ? undefined : this.block(n.childForFieldName('consequence'), s);
        const alt = n.childForFieldName('alternative');
        return this.join(then, alt ? this.stmt(alt, s) : s);
      }
      case 'expression_switch_statement':
      case 'type_switch_statement':
        return this.switchStmt(n, s, label);
      case 'select_statement':
        return this.selectStmt(n, s, label);
      case 'for_statement':
        return this.forStmt(n, s, label);
      default:
        return this.simple(n, s);
    }
  }

  private switchStmt(n: Node, s: S | undefined, label: string | undefined): S | undefined {
    const init = n.childForFieldName('initializer');
    if (init) s = this.stmt(init, s);
    s = this.simple(n.childForFieldName('value'), s);
    const t: Target<S> = { label, loop: false, breaks: undefined, continues: undefined };
    this.targets.push(t);
    let out: S | undefined;
    let hasDefault = false;
    for (const c of n.namedChildren) {
      if (!c || (c.type !== 'expression_case' && c.type !== 'type_case' && c.type !== 'default_case')) continue;
      if (c.type === 'default_case') hasDefault = true;
      const cs = c.type === 'expression_case' ? this.simple(c.childForFieldName('value'), s) : s;
      out = this.join(out, this.stmts(caseStatements(c), cs));
    }
    this.targets.pop();
    if (!hasDefault) out = this.join(out, s);
    return this.join(out, t.breaks);
  }

  private selectStmt(n: Node, s: S | undefined, label: string | undefined): S | undefined {
    const t: Target<S> = { label, loop: false, breaks: undefined, continues: undefined };
    this.targets.push(t);
    let out: S | undefined;
    for (const c of n.namedChildren) {
      if (!c || (c.type !== 'communication_case' && c.type !== 'default_case')) continue;
      const comm = c.childForFieldName('communication');
      const cs = comm && s !== undefined ? this.f.communication(comm, s) : s;
      out = this.join(out, this.stmts(caseStatements(c), cs));
    }
    this.targets.pop();
    return this.join(out, t.breaks); // no case at all (`select {}`): blocks forever
  }

  private forStmt(n: Node, s: S | undefined, label: string | undefined): S | undefined {
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
      s = this.simple(clause.childForFieldName('right'), s);
    } else {
      cond = n.namedChildren.find((c) => c && c.id !== body?.id && c.type !== 'comment');
    }
    const endless = range ? !!this.f.rangeEndless?.(range) : !cond;
    const t: Target<S> = { label, loop: true, breaks: undefined, continues: undefined };
    this.targets.push(t);
    let head = s;
    for (let pass = 0; ; pass++) {
      if (pass === 8) throw new GiveUp(); // facts that do not settle
      const checked = this.simple(cond, head);
      const inBody = range && checked !== undefined ? this.f.rangeBody(range, checked) : checked;
      let end = this.join(this.block(body, inBody), t.continues);
      if (update && end !== undefined) end = this.stmt(update, end);
      const next = this.join(s, end);
      if (next === undefined || head === undefined || this.f.equal(next, head)) break;
      head = next;
    }
    this.targets.pop();
    return this.join(endless ? undefined : this.simple(cond, head), t.breaks);
  }
}
