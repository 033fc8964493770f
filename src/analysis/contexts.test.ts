import { initParser, parseGo } from '../source/parser';
import { SourceFile } from '../source/source';
import { Package } from './package';
import { uncancelledWaits } from './contexts';

beforeAll(() => initParser());

/**
 * The waits the context model finds in one file (`package p` + imports prepended), as `line: ctx lost-kind`.
 * go vet's lostcancel rejects `ctx, _ := context.WithCancel(…)`, so the discarded form lives here rather than in a
 * testdata module that verify-fixtures vets.
 */
function waits(body: string): string[] {
  const text = `package p\n\nimport "context"\n\n${body}\n`;
  const tree = parseGo(text);
  try {
    const pkg = new Package('/p', [new SourceFile('/p/p.go', text, tree)]);
    return pkg.fact(uncancelledWaits).map((w) => `${w.recv.startPosition.row + 1}: ${w.ctx} ${w.origin.lost.kind}`);
  } finally {
    tree.delete();
  }
}

describe('contexts nobody cancels', () => {
  it('finds a wait on a context whose cancel is discarded, directly and through a derived context', () => {
    expect(waits('func F() {\n\tctx, _ := context.WithCancel(context.Background())\n\tgo func() { <-ctx.Done() }()\n}')).toEqual(['7: ctx discarded']);
    expect(
      waits('func F() {\n\tbase, _ := context.WithCancel(context.TODO())\n\tctx, _ := context.WithCancel(base)\n\tgo func() {\n\t\t<-ctx.Done()\n\t}()\n}'),
    ).toEqual(['9: ctx discarded']);
  });

  it('stays quiet when the parent can be done or is unknown', () => {
    expect(waits('func F(parent context.Context) {\n\tctx, _ := context.WithCancel(parent)\n\tgo func() { <-ctx.Done() }()\n}')).toEqual([]);
    expect(waits('func F() {\n\tp, stop := context.WithTimeout(context.Background(), 1)\n\tdefer stop()\n\tctx, _ := context.WithCancel(p)\n\t<-ctx.Done()\n}')).toEqual([]);
  });

  it('stays quiet when the cancel function is used, or the wait is one case of a select among others', () => {
    expect(waits('func F() {\n\tctx, cancel := context.WithCancel(context.Background())\n\tgo func() { <-ctx.Done() }()\n\tcancel()\n}')).toEqual([]);
    expect(waits('func F(c chan int) {\n\tctx, _ := context.WithCancel(context.Background())\n\tselect {\n\tcase <-ctx.Done():\n\tcase <-c:\n\t}\n}')).toEqual([]);
  });

  it('leaves commands alone: a main that waits forever means to', () => {
    const text = 'package main\n\nimport "context"\n\nfunc main() {\n\tctx, _ := context.WithCancel(context.Background())\n\t<-ctx.Done()\n}\n';
    const tree = parseGo(text);
    const pkg = new Package('/m', [new SourceFile('/m/main.go', text, tree)]);
    expect(pkg.fact(uncancelledWaits)).toEqual([]);
    tree.delete();
  });
});
