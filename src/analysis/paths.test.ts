/**
 * paths.ts: how receivedBefore (`if err1 != nil && err2 != nil { break loop }` after `err1 = <-errCh1`) reads a
 * function's writes of a variable: once per function and name, not once per `if` on every path count.
 */
import { rules } from '../registry';
import { lintPackages } from '../driver/lint';
import { pathsWork } from './paths';

const dir = '/virtual/paths';

/** BothFail of testdata/abandoned-send/collectboth, with `checks` more `if err1 != nil` in the loop. */
function collect(checks: number): string {
  const extra = Array.from({ length: checks }, (_, i) => `\t\t\tif err1 != nil {\n\t\t\t\tn += ${i}\n\t\t\t}\n`).join('');
  return `package p

func BothFail(dial1, dial2 func() error) (error, error, int) {
	errCh1 := make(chan error)
	errCh2 := make(chan error)
	go func() { errCh1 <- dial1() }()
	go func() { errCh2 <- dial2() }()
	var err1 error
	var err2 error
	n := 0
loop:
	for {
		select {
		case err1 = <-errCh1:
${extra}			if err1 != nil && err2 != nil {
				break loop
			}
		case err2 = <-errCh2:
			if err1 != nil && err2 != nil {
				break loop
			}
		}
	}
	return err1, err2, n
}

func FirstFailure(dial1, dial2 func() error) error {
	errCh1 := make(chan error)
	errCh2 := make(chan error)
	go func() { errCh1 <- dial1() }()
	go func() { errCh2 <- dial2() }()
	var err1 error
	var err2 error
	for {
		select {
		case err1 = <-errCh1:
			if err1 != nil || err2 != nil {
				return err1
			}
		case err2 = <-errCh2:
			if err1 != nil || err2 != nil {
				return err2
			}
		}
	}
}
`;
}

async function run(checks: number): Promise<{ findings: string[]; walks: number }> {
  const before = pathsWork.writeWalks;
  const out = await lintPackages([{ dir, files: [{ path: `${dir}/a.go`, text: collect(checks) }] }], { rules });
  return { findings: out.findings.map((f) => `${f.ruleId} ${f.range.start.line} ${f.message}`), walks: pathsWork.writeWalks - before };
}

describe('receivedBefore', () => {
  it('reads the writes of a variable once per function and name, however many `if x != nil` ask', async () => {
    const few = await run(0);
    const many = await run(40);
    // Only FirstFailure strands a sender (each of its two), as in the fixture; BothFail takes both.
    expect(few.findings.map((f) => f.split(' ')[0])).toEqual(['abandoned-send', 'abandoned-send']);
    expect(many.findings.map((f) => f.replace(/^(\S+) \d+/, '$1'))).toEqual(few.findings.map((f) => f.replace(/^(\S+) \d+/, '$1')));
    // err1 and err2 in each of the two functions, for each lint: the 40 more `if err1 != nil` add no walk.
    expect(few.walks).toBeGreaterThan(0);
    expect(many.walks).toBe(few.walks);
    expect(few.walks).toBeLessThanOrEqual(4);
  });
});
