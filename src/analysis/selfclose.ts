import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../source/source';
import { codeMatches } from '../source/lex';
import type { Fact, Package } from './package';
import { packageIndex, type FuncInfo, type PackageIndex } from './funcs';
import type { Decl } from './scope';
import { calleeText, isFuncNode, nodeStartingAt, operatorOf, parentSkippingParens, receiveOperand, unparen } from './syntax';

/**
 * A receive that waits for its own deferred close (orphan-receive): `ch := make(chan T)` in F, closed only by F's
 * `defer close(ch)`, which runs after F's body, and never sent on (it is handed on only to parameters typed `<-chan`,
 * through which nothing can send or close). A receive in F's own body from ch (or from a local that can only hold ch
 * or nil) then blocks forever. The local may get ch through a callback: a function literal passed to a package
 * function P, which calls it with the channel it was given (`WaitFor(func(done <-chan T) … { got = done … }, ch)`).
 */
export interface SelfClosedWait {
  file: SourceFile;
  /** The receive `<-x`. */
  recv: Node;
  fn: FuncInfo;
  /** The channel and its deferred close. */
  chan: Decl;
  close: Node;
  /** The local received from, when it is not the channel itself. */
  alias?: Decl;
}

/** Is the parameter declared `<-chan T` (receive-only: nothing can send on or close it through this name)? */
function receiveOnly(param: Decl | undefined): boolean {
  const decl = param?.node.parent;
  return decl?.type === 'parameter_declaration' && !!decl.childForFieldName('type')?.text.startsWith('<-');
}

/** The function node (declaration or literal) that immediately encloses `n`. */
function ownFunction(n: Node): Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFuncNode(p)) return p;
  return undefined;
}

/** `<-x` as a statement, an assignment's or declaration's value, not in a select: a receive that just waits. */
function plainReceive(r: Node): Node | undefined {
  const recv = parentSkippingParens(r);
  if (!recv || receiveOperand(recv)?.id !== unparen(r).id && receiveOperand(recv)?.id !== r.id) return undefined;
  let p = recv.parent;
  while (p && (p.type === 'parenthesized_expression' || p.type === 'expression_list')) p = p.parent;
  if (!p || !['expression_statement', 'short_var_declaration', 'assignment_statement', 'var_spec'].includes(p.type)) return undefined;
  if (p.parent?.type === 'communication_case') return undefined;
  return recv;
}

function argIndex(call: Node, arg: Node): number {
  const args = call.childForFieldName('arguments');
  for (let i = 0; args && i < args.namedChildCount; i++) if (args.namedChild(i)!.id === arg.id) return i;
  return -1;
}

class SelfClose {
  constructor(
    private readonly index: PackageIndex,
    private readonly fn: FuncInfo,
  ) {}

  /**
   * Every use of the channel `c` other than its deferred close goes nowhere that could send or close: a receive,
   * or an argument to a parameter typed `<-chan` (of a package function or a function literal). Returns false
   * for anything else.
   */
  staysReceiveOnly(c: Decl, close: Node): boolean {
    const res = this.fn.resolution();
    for (const r of c.refs) {
      if (close.id === r.parent?.parent?.id) continue; // close(c)'s argument
      const p = parentSkippingParens(r);
      if (p && receiveOperand(p)?.id === r.id) continue;
      if (p?.type === 'range_clause' || p?.type === 'argument_list') {
        if (p.type === 'range_clause') continue;
        const call = p.parent!;
        const at = argIndex(call, r);
        const f = call.childForFieldName('function');
        const lit = f && unparen(f);
        const params = lit?.type === 'func_literal' ? this.fn.paramsOf(lit) : this.index.callee(call, res)?.paramsOf(this.index.callee(call, res)!.node);
        if (at >= 0 && params && receiveOnly(params[at])) continue;
        return false;
      }
      return false;
    }
    return true;
  }

  /**
   * The local `x` can hold only `c` or nil: declared without a value or from c, and every assignment gives c, or a
   * parameter of a function literal that a package function calls with the channel passed to it at c's place.
   */
  holdsOnly(x: Decl, c: Decl): boolean {
    if (x.kind !== 'var' || x.fn.id !== this.fn.node.id) return false;
    const res = this.fn.resolution();
    const decl = x.node.parent;
    if (decl?.type !== 'var_spec' || decl.childForFieldName('value')) return false; // `var x <-chan T`: nil
    let assigned = 0;
    for (const r of x.refs) {
      const list = parentSkippingParens(r);
      const stmt = list?.type === 'expression_list' ? list.parent : null;
      if (stmt?.type !== 'assignment_statement' || stmt.childForFieldName('left')?.id !== list!.id) {
        if (plainReceive(r)) continue; // a receive, judged by the caller
        return false;
      }
      if (operatorOf(stmt) !== '=' || list!.namedChildCount !== 1) return false;
      const v = stmt.childForFieldName('right')?.namedChild(0);
      const id = v && unparen(v);
      const d = id?.type === 'identifier' ? res.declOf(id) : undefined;
      if (!d) return false;
      if (d === c) {
        assigned++;
        continue;
      }
      if (d.kind !== 'param' || !this.callbackGets(d, c)) return false;
      assigned++;
    }
    return assigned > 0;
  }

  /**
   * `p` is a parameter of a function literal passed directly to a package function P, which uses that argument
   * only by calling it, always passing at p's place its own parameter that the call site binds to `c`.
   */
  private callbackGets(p: Decl, c: Decl): boolean {
    const lit = p.fn;
    if (lit.type !== 'func_literal' || p.index < 0) return false;
    const args = lit.parent;
    const call = args?.type === 'argument_list' ? args.parent : null;
    if (!call || call.type !== 'call_expression') return false;
    const res = this.fn.resolution();
    const callee = this.index.callee(call, res);
    const at = argIndex(call, lit);
    const cb = callee && at >= 0 ? callee.paramsOf(callee.node)[at] : undefined;
    if (!callee || !cb || cb.refs.length === 0) return false;
    const calleeParams = callee.paramsOf(callee.node);
    for (const r of cb.refs) {
      const inner = r.parent;
      if (inner?.type !== 'call_expression' || inner.childForFieldName('function')?.id !== r.id) return false;
      const passed = inner.childForFieldName('arguments')?.namedChild(p.index);
      const id = passed && unparen(passed);
      const q = id?.type === 'identifier' ? callee.resolution().declOf(id) : undefined;
      const j = q ? calleeParams.indexOf(q) : -1;
      if (j < 0 || q!.refs.some((x) => parentSkippingParens(x)?.type === 'expression_list' && parentSkippingParens(x)?.parent?.type === 'assignment_statement')) return false;
      const outer = call.childForFieldName('arguments')?.namedChild(j);
      const o = outer && unparen(outer);
      if (o?.type !== 'identifier' || res.declOf(o) !== c) return false;
    }
    return true;
  }
}

export const selfClosedWaits: Fact<SelfClosedWait[]> = {
  key: 'self-closed-waits',
  compute(pkg: Package): SelfClosedWait[] {
    const out: SelfClosedWait[] = [];
    if (!pkg.files.some((f) => f.text.includes('defer close('))) return out;
    const index = pkg.fact(packageIndex);
    for (const file of pkg.files) {
      if (!file.text.includes('defer close(')) continue;
      for (const m of codeMatches(file.text, String.raw`defer\s+close\(`)) {
        const root = file.rootAt(m.index);
        const stmt = root && nodeStartingAt(root, m.index, 'defer_statement', 3);
        const close = stmt?.namedChild(0);
        const fn = stmt && index.enclosing(stmt);
        if (!stmt || close?.type !== 'call_expression' || !fn || ownFunction(stmt)?.id !== fn.node.id) continue;
        const arg = close.childForFieldName('arguments')?.namedChild(0);
        const res = fn.resolution();
        const c = arg && unparen(arg).type === 'identifier' ? res.declOf(unparen(arg)) : undefined;
        const init = c?.init && unparen(c.init);
        if (!c || c.kind !== 'var' || c.fn.id !== fn.node.id || init?.type !== 'call_expression' || calleeText(init) !== 'make') continue;
        const sc = new SelfClose(index, fn);
        if (!sc.staysReceiveOnly(c, close)) continue;
        // Receives in F's own body (a goroutine or closure may outlive F and see the close).
        const own = (r: Node) => ownFunction(r)?.id === fn.node.id;
        for (const r of c.refs) {
          const recv = own(r) ? plainReceive(r) : undefined;
          if (recv) out.push({ file, recv, fn, chan: c, close: stmt });
        }
        // Locals that can only hold c (or nil), received from in F's body.
        for (const x of res.decls) {
          if (x === c || x.kind !== 'var' || x.fn.id !== fn.node.id || !sc.holdsOnly(x, c)) continue;
          for (const r of x.refs) {
            const recv = own(r) ? plainReceive(r) : undefined;
            if (recv) out.push({ file, recv, fn, chan: c, close: stmt, alias: x });
          }
        }
      }
    }
    return out;
  },
};
