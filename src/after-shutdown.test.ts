/**
 * A send from an exported method to a value's serving loop that stops only at the value's own shutdown blocks forever
 * only when a caller uses the value after shutting it down, which callers outside the package decide: abandoned-send
 * tags such findings after-shutdown, and they are reported only with `after-shutdown: true` in the configuration
 * (suppressed, kind external, otherwise). A loop that stops for another reason (the caller's context, a package
 * function), or a method that the package's own goroutines run, is reported as always.
 */
import * as path from 'path';
import { cliFindings, type JsonFinding } from './testing/cli-json';
import { TESTDATA } from './testing/fixtures';
import { removeTempTrees, tempTree } from './testing/temp-tree';

const DIR = path.join(TESTDATA, 'abandoned-send', 'aftershutdown');
const json = (...args: string[]) => cliFindings(DIR, ...args);

const sent = (fs: JsonFinding[]) => fs.map((f) => /sending on unbuffered channel (\w+\.\w+)/.exec(f.message)?.[1]).sort();

afterAll(removeTempTrees);

describe('sends that block only after their value is shut down', () => {
  it('are left out by default; loops that stop for another reason are not', () => {
    expect(sent(json('--no-config'))).toEqual(['Ledger.entry', 'Mailbox.post', 'Outbox.put']);
    const all = json('--no-config', '--include-suppressed');
    const tagged = all.filter((f) => f.tags?.includes('after-shutdown'));
    expect(sent(tagged)).toEqual(['Registry.add']);
    expect(tagged[0].ruleId).toBe('abandoned-send');
    expect(tagged[0].suppression).toEqual({ kind: 'external', justification: "a send that blocks only after its value's own shutdown (reported with after-shutdown: true in config)" });
    expect(all.filter((f) => !f.tags?.includes('after-shutdown') && f.suppression)).toEqual([]);
  });

  it('are reported, tagged after-shutdown, with after-shutdown: true', () => {
    const config = path.join(tempTree('glc-after-', { '.golint-chan.yml': 'version: 1\nafter-shutdown: true\n' }), '.golint-chan.yml');
    const shown = json('--config', config);
    expect(sent(shown)).toEqual(['Ledger.entry', 'Mailbox.post', 'Outbox.put', 'Registry.add']);
    expect(shown.find((f) => f.message.includes('Registry.add'))?.tags).toEqual(['after-shutdown']);
    expect(shown.filter((f) => f.suppression)).toEqual([]);
  });
});
