/**
 * zerofields.ts: an unexported field that no code of the package writes holds its zero value. Every way Go code can
 * give a field a value must count as a write; reads must not.
 */
import { Package } from './package';
import { neverWritten } from './zerofields';
import { initParser, parseGo } from '../source/parser';
import { SourceFile } from '../source/source';

beforeAll(() => initParser());

function pkg(body: string): Package {
  const text = `package p\n\ntype T struct {\n\tname string\n\tn    int\n\ton   bool\n}\n\n${body}\n`;
  return new Package('/virtual', [new SourceFile('/virtual/p.go', text, parseGo(text))]);
}

describe('neverWritten', () => {
  it('is true when the field is only read', () => {
    expect(neverWritten(pkg('func f(t *T) int { if t.n <= 0 { return 0 }; x := t.n; return x + t.n }'), 'n')).toBe(true);
    expect(neverWritten(pkg('func f(t *T) bool { return t.on == true }'), 'on')).toBe(true);
    expect(neverWritten(pkg('func f() *T { return &T{name: "x"} }'), 'n')).toBe(true);
    expect(neverWritten(pkg('func f() T { return T{} }'), 'n')).toBe(true);
    expect(neverWritten(pkg('var ts = []T{{name: "x"}, {}}'), 'n')).toBe(true);
    // In a comment or a string it is no write either.
    expect(neverWritten(pkg('// t.n = 1\nfunc f() string { return "t.n = 1; n: 2" }'), 'n')).toBe(true);
  });

  it.each([
    ['an assignment', 'func f(t *T) { t.n = 1 }'],
    ['a compound assignment', 'func f(t *T) { t.n += 2 }'],
    ['a shift assignment', 'func f(t *T) { t.n <<= 1 }'],
    ['an increment', 'func f(t *T) { t.n++ }'],
    ['a decrement', 'func f(t *T) { t.n-- }'],
    ['one of several assigned', 'func f(t *T) { t.n, t.on = 1, true }'],
    ['a keyed literal', 'func f() *T { return &T{n: 3} }'],
    ['an unkeyed literal', 'func f() T { return T{"x", 1, true} }'],
    ['an unkeyed element of a slice literal', 'var ts = []T{{"x", 1, true}}'],
    ['an unkeyed element of a map literal', 'var ts = map[string]*T{"k": {"x", 1, true}}'],
    ['its address taken', 'func f(t *T) *int { return &t.n }'],
    ['a range assignment', 'func f(t *T, xs []int) { for t.n = range xs {} }'],
  ])('is false with %s', (_, body) => {
    expect(neverWritten(pkg(body), 'n')).toBe(false);
  });

  it('is false for an exported field (other packages may set it)', () => {
    expect(neverWritten(pkg('type U struct{ N int }\nfunc f(u U) int { return u.N }'), 'N')).toBe(false);
  });
});
