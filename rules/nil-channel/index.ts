import type { Rule } from '../../src/rule';
import { nilChannels, type NilOp } from '../../src/analysis/nilchans';

type Msg =
  | 'nilField'
  | 'fieldDeclared'
  | 'nilSend'
  | 'nilReceive'
  | 'nilRange'
  | 'declared'
  | 'passedSend'
  | 'passedReceive'
  | 'passedRange'
  | 'passed'
  | 'shadowed'
  | 'shadowedBy'
  | 'nilHere'
  | 'setNil'
  | 'declaredNil'
  | 'passedNil'
  | 'passedMaybeNil'
  | 'passedMaybe'
  | 'madeOnlyHere'
  | 'passedOn';

/** How a use blocks, as the start of a message. */
function what(op: NilOp, ch: string): string {
  return op === 'send' ? `send on nil channel ${ch}` : op === 'receive' ? `receive from nil channel ${ch}` : `\`for range ${ch}\``;
}

const OP_MESSAGE = { send: 'nilSend', receive: 'nilReceive', range: 'nilRange' } as const;
const PASSED_MESSAGE = { send: 'passedSend', receive: 'passedReceive', range: 'passedRange' } as const;

const rule: Rule<Msg> = {
  meta: {
    id: 'nil-channel',
    name: 'NilChannel',
    summary: 'send, receive or range on a channel variable that is nil at that point',
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
      shadowed: '{{what}} blocks forever: {{ch}} is declared without make, and the := in an inner block makes a different {{ch}}',
      shadowedBy: 'this := declares a new {{ch}}; the outer {{ch}} stays nil',
      nilHere: '{{what}} blocks forever: {{ch}} is nil on every path that reaches it',
      setNil: '{{ch}} is set to nil here',
      declaredNil: '{{ch}} is declared nil here',
      passedNil: '{{what}} blocks forever: {{caller}} passes {{arg}} while it is nil',
      passedMaybeNil: '{{what}} blocks forever when {{caller}} passes {{arg}} on a path that leaves it nil',
      passedMaybe: '{{arg}} is passed here, nil on some paths',
      madeOnlyHere: '{{ch}} is given a value only here',
      passedOn: '{{arg}} is passed on here',
      nilField: '{{what}} blocks forever: field {{type}}.{{field}} is never given a channel anywhere in the package, so it is nil',
      fieldDeclared: '{{type}}.{{field}} is declared here; nothing makes it, assigns it or sets it in any {{type}} literal',
    },
  },
  check(ctx) {
    const { uses, fields } = ctx.pkg.fact(nilChannels);
    for (const u of uses) {
      const { file, node, op, declFile, passed } = u;
      const ch = u.decl.name;
      const on = (passed?.chain ?? []).map((c) => ({ ...c, messageId: 'passedOn' as const, data: { arg: c.arg } }));
      if (u.nil === 'never-assigned') {
        const decl = { file: declFile, node: u.decl.node, messageId: 'declared' as const, data: { ch } };
        if (passed) {
          const call = { file: declFile, node: passed.call, messageId: 'passed' as const, data: { arg: ch } };
          const data = { ch: passed.param.name, caller: u.fn.displayName, arg: ch };
          ctx.report({ file, node, messageId: PASSED_MESSAGE[op], data, related: [call, decl, ...on], flow: [decl, call, ...on] });
        } else if (u.shadow) {
          const shadowRef = { file: declFile, node: u.shadow.node, messageId: 'shadowedBy' as const, data: { ch } };
          ctx.report({ file, node, messageId: 'shadowed', data: { what: what(op, ch), ch }, related: [decl, shadowRef], flow: [decl, shadowRef] });
        } else ctx.report({ file, node, messageId: OP_MESSAGE[op], data: { ch }, related: [decl], flow: [decl] });
        continue;
      }
      const must = u.nil === 'must';
      const nilSources = u.nilSources.map((s) =>
        s.how === 'declared' ? { file: declFile, node: s.node, messageId: 'declaredNil' as const, data: { ch } } : { file: declFile, node: s.node, messageId: 'setNil' as const, data: { ch } },
      );
      if (!passed) {
        ctx.report({ file, node, messageId: 'nilHere', data: { what: what(op, ch), ch }, related: nilSources, flow: nilSources });
        continue;
      }
      const call = { file: declFile, node: passed.call, messageId: must ? ('passed' as const) : ('passedMaybe' as const), data: { arg: ch } };
      const made = u.made.map((n) => ({ file: declFile, node: n, messageId: 'madeOnlyHere' as const, data: { ch } }));
      const why = must ? nilSources : [...nilSources, ...made];
      const data = { what: what(op, passed.param.name), caller: u.fn.displayName, arg: ch };
      ctx.report({ file, node, messageId: must ? 'passedNil' : 'passedMaybeNil', data, related: [call, ...why, ...on], flow: [...why, call, ...on] });
    }
    for (const { world, op, channel } of fields) {
      const { structType: type, field } = world.chan;
      const text = channel ? channel.text.replace(/\s+/g, ' ') : `${type}.${field}`;
      const data = { what: op.kind === 'send' ? `send on ${text}` : op.kind === 'recv' ? `receive from ${text}` : `\`for range ${text}\``, type, field };
      ctx.report({ file: op.body.file, node: op.node, messageId: 'nilField', data, related: [{ file: world.chan.file, node: world.chan.make, messageId: 'fieldDeclared', data }] });
    }
  },
};

export default rule;
