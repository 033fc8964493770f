/**
 * A send, in its callers' goroutines, to a value's serving loop that can stop receiving blocks forever only when a
 * caller sends after (or while) the loop is stopped, which the callers decide: abandoned-send tags such findings
 * after-shutdown, and they are reported only with `after-shutdown: true` in the configuration (suppressed, kind
 * external, otherwise). A sender that the package's own goroutines run, or the function that starts the loop and
 * then sends to it, is reported as always.
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
  it("are left out by default; sends that the package's goroutines or the loop's starter make are not", () => {
    expect(sent(json('--no-config'))).toEqual(['Feeder.in', 'Outbox.put']);
    const all = json('--no-config', '--include-suppressed');
    const tagged = all.filter((f) => f.tags?.includes('after-shutdown'));
    expect(sent(tagged)).toEqual(['Ledger.entry', 'Mailbox.post', 'Queue.in', 'Registry.add']);
    expect(tagged[0].ruleId).toBe('abandoned-send');
    expect(tagged[0].suppression).toEqual({ kind: 'external', justification: 'a send that blocks only if its callers send after the loop that receives stops (reported with after-shutdown: true in config)' });
    expect(all.filter((f) => !f.tags?.includes('after-shutdown') && f.suppression)).toEqual([]);
  });

  it('are reported, tagged after-shutdown, with after-shutdown: true', () => {
    const config = path.join(tempTree('glc-after-', { '.golint-chan.yml': 'version: 1\nafter-shutdown: true\n' }), '.golint-chan.yml');
    const shown = json('--config', config);
    expect(sent(shown)).toEqual(['Feeder.in', 'Ledger.entry', 'Mailbox.post', 'Outbox.put', 'Queue.in', 'Registry.add']);
    expect(shown.find((f) => f.message.includes('Registry.add'))?.tags).toEqual(['after-shutdown']);
    expect(shown.filter((f) => f.suppression)).toEqual([]);
  });
});
