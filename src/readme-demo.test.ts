/**
 * The README opens with the output of its first command, `npx golint-chan ./testdata/demo/...`: the three
 * examples of the write-up that motivated the tool (issue 11). Keep that output true.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from './source/root';

const ROOT = packageRoot();
const BIN = path.join(ROOT, 'bin/golint-chan');

it('README shows what `golint-chan ./testdata/demo/...` reports, and it exits 1', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /```\n\$ npx golint-chan (\.\/testdata\/demo\/\.\.\.)\n([\s\S]*?)```/.exec(readme);
  expect(m).not.toBeNull();
  const r = spawnSync(process.execPath, [BIN, '--no-color', m![1]], { cwd: ROOT, encoding: 'utf8', timeout: 30000, env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(m![2]);
  expect(r.status).toBe(1);
  for (const rule of ['abandoned-send', 'nil-channel', 'timer-leak']) expect(r.stdout).toContain(`(${rule})`);
});
