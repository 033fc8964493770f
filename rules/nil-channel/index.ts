import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../src/rule';
import { packageIndex, type FuncInfo, type PackageIndex } from '../../src/analysis/funcs';
import { syntaxIndex } from '../../src/analysis/syntax-index';
import type { Decl, Resolution } from '../../src/analysis/scope';
import { listItems, parentSkippingParens, receiveOperand, unparen } from '../../src/analysis/syntax';

type Msg = 'nilSend' | 'nilReceive' | 'nilRange' | 'declared' | 'passedSend' | 'passedReceive' | 'passedRange' | 'passed';

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

/**
 * The package function that `call` runs and its parameter bound to argument `arg` (a plain, non-variadic
 * parameter), when that parameter is never reassigned and never compared with nil in the callee. Only
 * package functions called by name: a method is found by its name alone, which is not precise enough here.
 */
function nilParameter(call: Node, arg: Node, index: PackageIndex, res: Resolution): { callee: FuncInfo; param: Decl } | undefined {
  const fn = call.childForFieldName('function');
  if (!fn || unparen(fn).type !== 'identifier') return undefined;
  const bound = index.parameterFor(call, arg, res);
  if (!bound || everAssigned(bound.param) || bound.param.refs.some(comparedWithNil)) return undefined;
  return bound;
}

const rule: Rule<Msg> = {
  meta: {
    id: 'nil-channel',
    name: 'NilChannel',
    summary: 'send, receive or range on a channel variable that is always nil',
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
    },
  },
  check(ctx) {
    const index = ctx.pkg.fact(packageIndex);
    const reported = new Set<number>(); // a callee's operation, reported once however many callers pass nil
    for (const { file, varChans } of ctx.pkg.fact(syntaxIndex)) {
      for (const spec of varChans) {
        if (spec.childForFieldName('value')) continue;
        const fn = index.enclosing(spec);
        if (!fn) continue;
        const res = fn.resolution();
        for (const name of spec.childrenForFieldName('name')) {
          const d = name && res.declOf(name);
          if (!d || everAssigned(d)) continue;
          const decl = { file, node: d.node, messageId: 'declared' as const, data: { ch: d.name } };
          for (const r of d.refs) {
            const blocks = blockingOp(r);
            if (blocks) {
              const messageId = ({ send: 'nilSend', receive: 'nilReceive', range: 'nilRange' } as const)[blocks.op];
              ctx.report({ file, node: blocks.node, messageId, data: { ch: d.name }, related: [decl], flow: [decl] });
              continue;
            }
            // `drain(ch)` / `go drain(ch)`: the callee's operations on its parameter block the same way.
            const args = parentSkippingParens(r);
            if (args?.type !== 'argument_list' || !args.parent) continue;
            const bound = nilParameter(args.parent, r, index, res);
            if (!bound) continue;
            const passed = { file, node: args.parent, messageId: 'passed' as const, data: { arg: d.name } };
            for (const pr of bound.param.refs) {
              const op = blockingOp(pr);
              if (!op || reported.has(op.node.id)) continue;
              reported.add(op.node.id);
              const messageId = ({ send: 'passedSend', receive: 'passedReceive', range: 'passedRange' } as const)[op.op];
              const data = { ch: bound.param.name, caller: fn.displayName, arg: d.name };
              ctx.report({ file: bound.callee.file, node: op.node, messageId, data, related: [passed, decl], flow: [decl, passed] });
            }
          }
        }
      }
    }
  },
};
export default rule;
