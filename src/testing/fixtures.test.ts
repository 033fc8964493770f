/**
 * The fixture harness: every rule of the registry is run alone over each package under
 * testdata/<rule-id>/, and every finding must be announced by a `// want` comment (want.ts).
 * testdata/demo/ (the README demo) runs with every rule.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rules } from '../registry';
import { checkFixture, displayPath, fixturePackages, packageExpectations, TESTDATA } from './fixtures';

/** testdata/ entries that are not rule ids: the demo, shared Go helpers, the Go module file. */
const NOT_RULES = new Set(['demo', 'internal', 'go.mod']);

describe.each(rules.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  const pkgs = fixturePackages(path.join(TESTDATA, id));

  it('has a fixture with a want and a clean fixture', async () => {
    const wants = await Promise.all(
      pkgs.map(async (p) => (await packageExpectations(p)).expectations.filter((e) => e.kind === 'want').length),
    );
    const missing: string[] = [];
    if (!wants.some((n) => n > 0)) missing.push(`no fixture package with a // want under testdata/${id}/`);
    if (!wants.some((n) => n === 0)) missing.push(`no clean fixture package (without wants) under testdata/${id}/`);
    expect(missing).toEqual([]);
  });

  if (pkgs.length > 0) {
    it.each(pkgs.map((p) => [displayPath(p.dir), p] as const))('%s', async (_, pkg) => {
      expect(await checkFixture([rule], pkg)).toEqual([]);
    });
  }
});

describe('testdata/demo (all rules)', () => {
  it.each(fixturePackages(path.join(TESTDATA, 'demo')).map((p) => [displayPath(p.dir), p] as const))('%s', async (_, pkg) => {
    expect(await checkFixture(rules, pkg)).toEqual([]);
  });
});

it('every directory of testdata/ is a rule id, demo, a Go helper, or ignored by Go (_name)', () => {
  const ids = new Set(rules.map((r) => r.meta.id));
  const stray = fs.readdirSync(TESTDATA).filter((n) => !n.startsWith('_') && !ids.has(n) && !NOT_RULES.has(n));
  expect(stray).toEqual([]);
});
