/**
 * How the field analysis finds out that a method runs as a goroutine (`go s.loop()`) without resolving every
 * reference to every method that touches a field: the quick way (the text and the go statements first) must give
 * the findings that resolving every reference gives, and must not need the trees of files that cannot start it.
 */
import fg from 'fast-glob';
import { packagesOf } from '../discover';
import { rules } from '../registry';
import { lintPackages, type LintOutput, type PackageInput } from '../driver/lint';
import { TESTDATA } from '../testing/fixtures';
import { fieldTuning, referenceBetween, referencePattern } from './fields';

async function lint(pkgs: PackageInput[], quick: boolean): Promise<{ out: LintOutput; parsed: number }> {
  fieldTuning.quickStarts = quick;
  try {
    const out = await lintPackages(pkgs, { rules });
    return { out, parsed: out.filesParsed ?? 0 };
  } finally {
    fieldTuning.quickStarts = true;
  }
}

const withoutSyntaxErrors = (o: LintOutput) => JSON.stringify([o.findings, o.notifications.filter((n) => n.kind !== 'parse-error'), o.filesScanned]);

const dir = '/virtual/fieldstarts';

// loop is started only with go; Send is called from b.go, which has no go statement (and no channel token at all).
const A = `package p

type S struct{ ch chan int }

func NewS() *S {
	s := &S{ch: make(chan int)}
	go s.loop()
	go func() { s.ch <- 0 }()
	return s
}

func (s *S) loop() {
	for v := range s.ch {
		_ = v
	}
}

func (s *S) Send(v int) { s.ch <- v }
`;

const B = `package p

func Use(s *S) { s.Send(1) }
`;

describe('field analysis: which methods run as goroutines', () => {
  it('does not parse a file that refers to a method but has no go statement', async () => {
    const pkgs = [{ dir, files: [{ path: `${dir}/a.go`, text: A }, { path: `${dir}/b.go`, text: B }] }];
    const quick = await lint(pkgs, true);
    const slow = await lint(pkgs, false);
    expect(withoutSyntaxErrors(quick.out)).toBe(withoutSyntaxErrors(slow.out));
    expect(slow.parsed).toBe(2); // resolving every reference to Send reads b.go
    expect(quick.parsed).toBe(1);
  });

  it('gives the same output as resolving every reference, on every fixture package of testdata/', async () => {
    const pkgs = packagesOf(fg.sync('**/*.go', { cwd: TESTDATA, absolute: true }));
    const quick = await lint(pkgs, true);
    const slow = await lint(pkgs, false);
    expect(quick.out.findings.length).toBeGreaterThan(100);
    expect(withoutSyntaxErrors(quick.out)).toBe(withoutSyntaxErrors(slow.out));
    expect(quick.parsed).toBeLessThanOrEqual(slow.parsed);
  });
});

describe('referenceBetween', () => {
  // The quick check looks for a reference only inside the ranges of go callees; it must find exactly the matches of
  // the pattern (matchAll over the whole text) whose name lies in the range.
  const viaPattern = (text: string, name: string, method: boolean, from: number, to: number) =>
    [...text.matchAll(referencePattern(name, method))].some((m) => {
      const at = m.index! + m[0].length - name.length;
      return from <= at && at < to;
    });

  it('finds what matchAll of the pattern finds, on generated texts', () => {
    const pieces = ['run', 'run', 'runs', 'xrun', '.', '. ', '.\n\t', ' ', '\n', 'go ', 's', '_', '(', ')', '..', 'é', '\u00a0', '//', 'rrun', '1'];
    let seed = 13;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    let compared = 0;
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 1 + (next() % 12);
      for (let k = 0; k < n; k++) text += pieces[next() % pieces.length];
      for (const name of ['run', 'r', 'un']) {
        for (const method of [true, false]) {
          const from = next() % (text.length + 1);
          const to = from + (next() % (text.length + 2 - from));
          const want = viaPattern(text, name, method, from, to);
          expect({ text, name, method, from, to, got: referenceBetween(text, name, method, from, to) }).toEqual({ text, name, method, from, to, got: want });
          compared++;
          if (want) found++;
        }
      }
    }
    expect(compared).toBe(18000);
    expect(found).toBeGreaterThan(500);
  });
});
