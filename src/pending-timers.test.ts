/**
 * Timers left pending until they fire (a time.After or time.NewTimer per loop iteration, before Go 1.23) hold memory
 * for their duration and block no goroutine: timer-leak tags them pending-timer, and they are reported only with
 * `pending-timers: true` in the configuration (suppressed, kind external, otherwise). Tickers are reported as always.
 */
import * as path from 'path';
import { cliFindings } from './testing/cli-json';
import { TESTDATA } from './testing/fixtures';
import { removeTempTrees, tempTree } from './testing/temp-tree';

const DIR = path.join(TESTDATA, 'timer-leak', 'leaks');
const json = (...args: string[]) => cliFindings(DIR, ...args);

afterAll(removeTempTrees);

describe('pending timers', () => {
  it('are left out by default, tickers are not', () => {
    const shown = json('--no-config');
    expect(shown.some((f) => /ticker is never stopped/.test(f.message))).toBe(true);
    expect(shown.filter((f) => /^time\.After in a loop|^timer is (never|not) stopped/.test(f.message))).toEqual([]);
    const all = json('--no-config', '--include-suppressed');
    const pending = all.filter((f) => f.tags?.includes('pending-timer'));
    expect(pending.length).toBeGreaterThan(5);
    for (const f of pending) {
      expect(f.message).toMatch(/^time\.After in a loop|^timer is (never|not) stopped/);
      expect(f.suppression).toEqual({ kind: 'external', justification: 'a timer pending until it fires (reported with pending-timers: true in config)' });
    }
    // Loops started by code that may run once per process have a switch of their own (src/may-run-once.test.ts).
    expect(all.filter((f) => !f.tags?.includes('pending-timer') && !f.tags?.includes('may-run-once') && f.suppression)).toEqual([]);
  });

  it('are reported, tagged pending-timer, with pending-timers: true', () => {
    const config = path.join(tempTree('glc-pending-', { '.golint-chan.yml': 'version: 1\npending-timers: true\n' }), '.golint-chan.yml');
    const shown = json('--config', config);
    const pending = shown.filter((f) => f.tags?.includes('pending-timer'));
    expect(pending.length).toBe(json('--no-config', '--include-suppressed').filter((f) => f.tags?.includes('pending-timer')).length);
    expect(shown.filter((f) => f.suppression && !f.tags?.includes('may-run-once'))).toEqual([]);
  });
});
