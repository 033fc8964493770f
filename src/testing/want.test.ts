/** Tests of the fixture harness itself: the expectation grammar, and that wrong expectations fail. */
import type { Rule } from '../rule';
import { query } from '../source/parser';
import * as path from 'path';
import { packageRoot } from '../source/root';
import { checkFixture } from './fixtures';
import { parseExpectationComment, readGoString } from './want';

describe('readGoString', () => {
  it('reads interpreted strings with Go escapes', () => {
    expect(readGoString('"a\\\\.b\\"c\\x41\\u00e9\\101\\t" rest')).toEqual({ value: 'a\\.b"cAéA\t', rest: ' rest' });
  });
  it('reads raw strings verbatim', () => {
    expect(readGoString('`blocks? \\(x\\)` tail')).toEqual({ value: 'blocks? \\(x\\)', rest: ' tail' });
  });
  it('rejects unterminated strings and unknown escapes', () => {
    expect(() => readGoString('"abc')).toThrow(/unterminated/);
    expect(() => readGoString('`abc')).toThrow(/unterminated raw/);
    expect(() => readGoString('"\\q"')).toThrow(/unknown escape/);
    expect(() => readGoString('"\\x4"')).toThrow(/bad escape/);
  });
});

describe('parseExpectationComment', () => {
  const parse = (body: string) => parseExpectationComment('/f.go', 10, body).map((e) => [e.kind, e.line, e.pattern.source]);

  it('reads several patterns of each kind', () => {
    expect(parse(' want "blocks? forever" `on ch\\b`')).toEqual([
      ['want', 10, 'blocks? forever'],
      ['want', 10, 'on ch\\b'],
    ]);
    expect(parse(' related "gives up"')).toEqual([['related', 10, 'gives up']]);
    expect(parse(' todo-want "x"')).toEqual([['todo-want', 10, 'x']]);
    expect(parse(' todo-ok `y`')).toEqual([['todo-ok', 10, 'y']]);
  });
  it('applies a line offset', () => {
    expect(parse(' want +1 "next"')).toEqual([['want', 11, 'next']]);
    expect(parse(' want -2 "prev"')).toEqual([['want', 8, 'prev']]);
  });
  it('ignores prose and plain comments', () => {
    expect(parse(' want to send twice here')).toEqual([]);
    expect(parse(' ok: buffered')).toEqual([]);
    expect(parse(' wanted "x"')).toEqual([]);
  });
  it('rejects malformed expectations', () => {
    expect(() => parse(' want +1')).toThrow(/at least one pattern/);
    expect(() => parse(' want "a""b"')).toThrow(/expected a space/);
    expect(() => parse(' want "("')).toThrow(/invalid regexp/);
    expect(() => parse(' want "a" junk')).toThrow(/Go string literal/);
  });
});

/** A stand-in rule: reports every send statement, with every return statement as a related location. */
const everySend: Rule<'send' | 'ret'> = {
  meta: {
    id: 'every-send',
    name: 'EverySend',
    summary: 'reports every send',
    severity: 'warning',
    precision: 'low',
    tags: [],
    since: '0.0.0',
    messages: { send: 'blocks forever sending on {{ch}}', ret: 'receiver returns here' },
  },
  check(ctx) {
    for (const file of ctx.pkg.files) {
      if (!file.tree) continue;
      const root = file.tree.rootNode;
      const returns = query('(return_statement) @r').captures(root).map((c) => ({ file, node: c.node, messageId: 'ret' as const }));
      for (const { node } of query('(send_statement) @s').captures(root)) {
        const ch = node.childForFieldName('channel')?.text ?? '?';
        ctx.report({ file, node, messageId: 'send', data: { ch }, related: returns });
      }
    }
  },
};

function fixture(body: string) {
  const text = `package p\n\nfunc f(ch chan int) int {\n${body}\n}\n`;
  // Never read from disk; placed under the package root so display paths do not depend on where the
  // clone lives (they are relative to the package root).
  const dir = path.join(packageRoot(), 'virtual', 'p');
  return { dir, files: [{ path: path.join(dir, 'p.go'), text }] };
}
const check = (body: string) => checkFixture([everySend], fixture(body));

// Lines of fixture(): the body starts on line 4.
describe('checkFixture', () => {
  it('accepts met expectations', async () => {
    expect(await check('\tch <- 1 // want "sending on ch"\n\treturn 0 // related "returns here"')).toEqual([]);
    expect(await check('\t// want +1 `forever`\n\tch <- 1\n\treturn 0')).toEqual([]);
  });
  it('reports an unexpected diagnostic', async () => {
    expect(await check('\tch <- 1\n\treturn 0')).toEqual([
      'virtual/p/p.go:4: unexpected diagnostic "blocks forever sending on ch"',
    ]);
  });
  it('reports a missing diagnostic, and a message that does not match', async () => {
    expect(await check('\t_ = 1 // want "sending"\n\treturn 0')).toEqual(['virtual/p/p.go:4: missing diagnostic matching /sending/']);
    expect(await check('\tch <- 1 // want "receiving"\n\treturn 0')).toEqual([
      'virtual/p/p.go:4: unexpected diagnostic "blocks forever sending on ch"',
      'virtual/p/p.go:4: missing diagnostic matching /receiving/',
    ]);
  });
  it('consumes one diagnostic per want', async () => {
    expect(await check('\tch <- 1 // want "ch" "ch"\n\treturn 0')).toEqual(['virtual/p/p.go:4: missing diagnostic matching /ch/']);
  });
  it('checks related locations', async () => {
    expect(await check('\tch <- 1 // want "ch"\n\t_ = 2 // related "returns"\n\treturn 0')).toEqual([
      'virtual/p/p.go:5: missing related location matching /returns/',
    ]);
    expect(await check('\tch <- 1 // want "ch"\n\treturn 0 // related "stops"')).toEqual([
      'virtual/p/p.go:5: missing related location matching /stops/',
    ]);
  });
  it('handles todo-want and todo-ok', async () => {
    expect(await check('\t_ = 1 // todo-want "ch"\n\tch <- 1 // todo-ok "ch"\n\treturn 0')).toEqual([]);
    expect(await check('\tch <- 1 // todo-want "ch"\n\treturn 0')).toEqual([
      'virtual/p/p.go:4: todo-want /ch/ is now reported; promote it to want',
    ]);
    expect(await check('\t_ = 1 // todo-ok "ch"\n\treturn 0')).toEqual(['virtual/p/p.go:4: todo-ok /ch/ is no longer reported; remove it']);
  });
  it('reports malformed expectations and parse errors', async () => {
    expect(await check('\tch <- 1 // want "ch\n\treturn 0')).toEqual([
      'virtual/p/p.go:4: malformed expectation comment: unterminated string',
      'virtual/p/p.go:4: unexpected diagnostic "blocks forever sending on ch"',
    ]);
    const problems = await check('\tch <- \n\treturn 0 0');
    expect(problems.some((p) => /^virtual\/p\/p\.go:\d+: parse-error: syntax error/.test(p))).toBe(true);
  });
});
