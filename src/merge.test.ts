/**
 * `--shard K/N` runs merged with `golint-chan merge` give byte for byte what one run gives, in SARIF and JSON.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateTree } from './bench/gen-tree';
import { assetPath } from './engine/root';

const BIN = assetPath('bin/golint-chan');
let root: string;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-merge-'));
  generateTree(path.join(root, 'tree'), { files: 120, seed: 7 });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe.each(['sarif', 'json'])('merge of %s shards', (format) => {
  it('equals a single run', () => {
    const single = cli(['--format', format, '--jobs', '1', './tree/...']);
    expect(single.code).toBe(1);
    const parts = [1, 2, 3].map((k) => {
      const r = cli(['--format', format, '--jobs', '1', '--shard', `${k}/3`, '-o', `shard${k}.${format}`, './tree/...']);
      expect([0, 1]).toContain(r.code);
      return `shard${k}.${format}`;
    });
    // Each shard saw only part of the findings.
    const counts = parts.map((p) => (fs.readFileSync(path.join(root, p), 'utf8').match(/"ruleId"/g) ?? []).length);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(1);
    const merged = cli(['merge', ...parts]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(single.stdout);
  });
});

describe('merge errors', () => {
  it('refuses to mix SARIF and JSON, and unreadable files, with exit 2', () => {
    fs.writeFileSync(path.join(root, 'a.json'), JSON.stringify({ version: 1, tool: { name: 'golint-chan', version: '0' }, findings: [], notifications: [], stats: { files: 0, packages: 0 } }));
    fs.writeFileSync(path.join(root, 'b.sarif'), JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] }));
    expect(cli(['merge', 'a.json', 'b.sarif']).code).toBe(2);
    expect(cli(['merge', 'missing.json']).code).toBe(2);
    expect(cli(['merge', 'a.json']).code).toBe(0);
  });
});
