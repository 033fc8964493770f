import { codeMatches, inCode } from './lex';

describe('codeMatches', () => {
  it('skips comments, strings and rune literals', () => {
    const text = [
      'package p // go chan',
      '/* go func() { ch <- 1 }',
      '   chan */',
      'var s = "go \\" chan"',
      'var r = `go',
      'chan`',
      "var q, e = '\"', '\\''",
      'func f() { go g(); var c chan int; _ = c }',
    ].join('\n');
    const found = [...codeMatches(text, String.raw`\bgo\b|\bchan\b`)].map((m) => `${m.token}@${text.slice(0, m.index).split('\n').length}`);
    expect(found).toEqual(['go@8', 'chan@8']);
    expect(inCode(text, String.raw`\bselect\b`)).toBe(false);
    expect(inCode(text, String.raw`\bchan\b`)).toBe(true);
  });

  it('lets an unterminated comment or string end the scan without a match', () => {
    expect(inCode('package p\n/* go chan', String.raw`\bchan\b`)).toBe(false);
    expect(inCode('package p\nvar s = "chan\nvar c chan int', String.raw`\bchan\b`)).toBe(true);
  });
});
