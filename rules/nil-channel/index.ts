import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../src/rule';
import { packageIndex } from '../../src/analysis/funcs';
import { syntaxIndex } from '../../src/analysis/syntax-index';
import type { Decl } from '../../src/analysis/scope';
import { listItems, parentSkippingParens, receiveOperand } from '../../src/analysis/syntax';

type Msg = 'nilSend' | 'nilReceive' | 'nilRange' | 'declared';

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

/** A send or receive that is the communication of a select case: the nil-channel idiom disables that case. */
function inSelect(op: Node): boolean {
  let c: Node | null = op.parent;
  if (c && (c.type === 'receive_statement' || c.type === 'expression_statement')) c = c.parent;
  return c?.type === 'communication_case';
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
    },
  },
  check(ctx) {
    const index = ctx.pkg.fact(packageIndex);
    for (const { file, varChans } of ctx.pkg.fact(syntaxIndex)) {
      for (const spec of varChans) {
        if (spec.childForFieldName('value')) continue;
        const fn = index.enclosing(spec);
        if (!fn) continue;
        const res = fn.resolution();
        for (const name of spec.childrenForFieldName('name')) {
          const d = name && res.declOf(name);
          if (!d || everAssigned(d)) continue;
          for (const r of d.refs) {
            const p = parentSkippingParens(r);
            if (!p) continue;
            let messageId: Msg | undefined;
            let node: Node = p;
            if (p.type === 'send_statement' && p.childForFieldName('channel')?.id === r.id) messageId = 'nilSend';
            else if (receiveOperand(p)) messageId = 'nilReceive';
            else if (p.type === 'range_clause' && p.childForFieldName('right')?.id === r.id) {
              messageId = 'nilRange';
              node = p.parent!;
            }
            if (!messageId || inSelect(p)) continue;
            const decl = { file, node: d.node, messageId: 'declared' as const, data: { ch: d.name } };
            ctx.report({ file, node, messageId, data: { ch: d.name }, related: [decl], flow: [decl] });
          }
        }
      }
    }
  },
};
export default rule;
