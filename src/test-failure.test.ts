/**
 * Issue 12: one test-failure policy for every rule. The testfailure fixtures hold a leak written with each call
 * that ends only the test's goroutine (and quiet twins that end the process): every such finding is tagged
 * test-failure-path in JSON and SARIF, and `exclude-test-failure-paths: true` leaves them out; an early return
 * after an assert.X that goes on (not a failure) is not tagged.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TESTDATA } from './testing/fixtures';

const BIN = path.join(__dirname, '../bin/golint-chan');
const DIRS = ['premature-return', 'abandoned-send', 'ncast-leak'].map((r) => path.join(TESTDATA, r, 'testfailure'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, ...DIRS], { cwd: TESTDATA, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-testfailure-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('test-failure paths', () => {
  it('every give-up call is reported by its rule and tagged test-failure-path, a plain early return is not (JSON)', () => {
    const r = cli('--no-config', '--format', 'json');
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; tags?: string[]; message: string }[];
    const count = (id: string) => findings.filter((f) => f.ruleId === id).length;
    expect({ premature: count('premature-return'), abandoned: count('abandoned-send'), ncast: count('ncast-leak'), all: findings.length }).toEqual({
      premature: 15,
      abandoned: 5,
      ncast: 1,
      all: 21,
    });
    // Only ReturnAfterAssert's early return is not a test failure (assert.NoError goes on).
    expect(findings.filter((f) => !f.tags?.includes('test-failure-path')).map((f) => f.message)).toEqual([
      expect.stringContaining('ReturnAfterAssert can return before receiving'),
    ]);
  });

  it('SARIF results carry the tag and the property', () => {
    const r = cli('--no-config', '--format', 'sarif');
    const results = JSON.parse(r.stdout).runs[0].results as { properties?: { tags?: string[]; 'test-failure-path'?: boolean } }[];
    expect(results).toHaveLength(21);
    expect(results.filter((res) => res.properties === undefined)).toHaveLength(1);
    for (const res of results.filter((r) => r.properties)) expect(res.properties).toEqual({ tags: ['test-failure-path'], 'test-failure-path': true });
  });

  it('exclude-test-failure-paths: true leaves them out (suppressed, shown with --include-suppressed)', () => {
    const config = path.join(tmp, '.golint-chan.yml');
    fs.writeFileSync(config, 'version: 1\nexclude-test-failure-paths: true\n');
    const out = JSON.parse(cli('--config', config, '--format', 'json').stdout);
    expect(out.findings.map((f: { message: string }) => f.message)).toEqual([expect.stringContaining('ReturnAfterAssert')]);
    const kept = JSON.parse(cli('--config', config, '--format', 'json', '--include-suppressed').stdout).findings as { suppression?: { kind: string; justification: string } }[];
    expect(kept).toHaveLength(21);
    expect(kept.filter((f) => f.suppression?.kind === 'external' && /exclude-test-failure-paths/.test(f.suppression.justification))).toHaveLength(20);
  });

  it('findings off test-failure paths carry no tags', () => {
    const r = spawnSync(process.execPath, [BIN, '--no-config', '--format', 'json', path.join(TESTDATA, 'abandoned-send', 'timeout')], { encoding: 'utf8' });
    const findings = JSON.parse(r.stdout).findings as { tags?: string[] }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.tags === undefined)).toBe(true);
  });
});
