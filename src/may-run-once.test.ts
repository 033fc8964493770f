/**
 * A ticker loop that code outside tests starts, or a ticker that paces one, leaks only if that code runs more than once
 * in a process; when the module does not show it doing so (no caller, one call run once), timer-leak tags the finding
 * may-run-once, and it is reported only with `may-run-once: true` in the configuration (suppressed, kind external,
 * otherwise). Code shown to run repeatedly, and a ticker that no loop uses, are reported as always.
 */
import * as path from 'path';
import { cliFindings, type JsonFinding } from './testing/cli-json';
import { TESTDATA } from './testing/fixtures';
import { removeTempTrees, tempTree } from './testing/temp-tree';

const DIR = path.join(TESTDATA, 'timer-leak', 'mayrunonce');
const json = (...args: string[]) => cliFindings(DIR, ...args);

const lines = (fs: JsonFinding[]) => fs.map((f) => `${f.line}: ${f.message.split(':')[0]}`).sort();

afterAll(removeTempTrees);

describe('ticker loops started by code that may run once per process', () => {
  it('are left out by default; code shown to repeat and tickers no loop uses are not', () => {
    expect(lines(json('--no-config'))).toEqual(['128: goroutine loops over t.C forever', '147: goroutine loops over time.NewTicker(every).C forever', '37: goroutine loops over t.C forever', '66: ticker is never stopped', '86: ticker is never stopped']);
    const all = json('--no-config', '--include-suppressed');
    const tagged = all.filter((f) => f.tags?.includes('may-run-once'));
    expect(lines(tagged)).toEqual(['105: goroutine loops over t.C forever', '138: goroutine loops over time.NewTicker(every).C forever', '27: goroutine loops over t.C forever', '53: ticker is never stopped']);
    expect(tagged.every((f) => f.ruleId === 'timer-leak')).toBe(true);
    expect(tagged[0].suppression).toEqual({ kind: 'external', justification: 'a ticker loop started by code that may run once per process (reported with may-run-once: true in config)' });
    expect(all.filter((f) => !f.tags?.includes('may-run-once') && f.suppression)).toEqual([]);
  });

  it('are reported, tagged may-run-once, with may-run-once: true', () => {
    const config = path.join(tempTree('glc-once-', { '.golint-chan.yml': 'version: 1\nmay-run-once: true\n' }), '.golint-chan.yml');
    const shown = json('--config', config);
    expect(shown.length).toBe(9);
    expect(lines(shown.filter((f) => f.tags?.includes('may-run-once')))).toEqual(['105: goroutine loops over t.C forever', '138: goroutine loops over time.NewTicker(every).C forever', '27: goroutine loops over t.C forever', '53: ticker is never stopped']);
    expect(shown.filter((f) => f.suppression)).toEqual([]);
  });
});
