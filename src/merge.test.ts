/**
 * `--shard K/N` runs merged with `golint-chan merge` give byte for byte what one run gives, in SARIF and JSON.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateTree } from './bench/gen-tree';
import { assetPath } from './source/root';

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

describe('F8: merge validates its shards', () => {
  const shardPair = (format: 'sarif' | 'json') => {
    const parts = [1, 2].map((k) => {
      const out = `v${k}.${format}`;
      expect([0, 1]).toContain(cli(['--format', format, '--jobs', '1', '--shard', `${k}/2`, '-o', out, './tree/...']).code);
      return out;
    });
    return parts;
  };
  let sarif: string[];
  let json: string[];
  beforeAll(() => {
    sarif = shardPair('sarif');
    json = shardPair('json');
  });

  /** Edit a copy of the first shard, merge it with the second: exit 2 with one line naming the file, no stack. */
  const mergeEdited = (parts: string[], name: string, edit: (doc: any) => void) => {
    const doc = JSON.parse(fs.readFileSync(path.join(root, parts[0]), 'utf8'));
    edit(doc);
    fs.writeFileSync(path.join(root, name), JSON.stringify(doc));
    return cli(['merge', name, parts[1]]);
  };
  const firstResult = (doc: any) => doc.runs[0].results[0];

  it.each<[string, (doc: any) => void, RegExp]>([
    ['a bad %-escape', (d) => (firstResult(d).locations[0].physicalLocation.artifactLocation.uri = 'a%zz.go'), /invalid URI "a%zz\.go" \(bad %-escape\)/],
    ['results: [null]', (d) => (d.runs[0].results = [null]), /\/runs\/0\/results\/0: must be object/],
    ['empty locations', (d) => (firstResult(d).locations = []), /\/runs\/0\/results\/0\/locations: must NOT have fewer than 1 items/],
    ['no tool', (d) => delete d.runs[0].tool, /\/runs\/0: must have required property 'tool'/],
    ['no invocations', (d) => delete d.runs[0].invocations, /\/runs\/0: must have required property 'invocations'/],
    ['a URI leaving the root', (d) => (firstResult(d).locations[0].physicalLocation.artifactLocation.uri = '../../etc/passwd'), /URI "\.\.\/\.\.\/etc\/passwd" leaves the root/],
    ['an absolute file URI', (d) => (firstResult(d).locations[0].physicalLocation.artifactLocation.uri = 'file:///etc/shadow'), /URI "file:\/\/\/etc\/shadow" is not relative/],
    ['an encoded escape in a related location', (d) => {
      const r = firstResult(d);
      r.relatedLocations = [{ physicalLocation: { artifactLocation: { uri: '%2E%2E/%2E%2E/etc/passwd' }, region: { startLine: 1 } } }];
    }, /URI "\.\.\/\.\.\/etc\/passwd" leaves the root/],
  ])('SARIF with %s is refused (exit 2)', (what, edit, message) => {
    const r = mergeEdited(sarif, `bad-${what.replace(/\W+/g, '-')}.sarif`, edit);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it.each<[string, (doc: any) => void, RegExp]>([
    ['findings: [null]', (d) => (d.findings = [null]), /\/findings\/0: must be object/],
    ['no stats', (d) => delete d.stats, /must have required property 'stats'/],
    ['a path leaving the root', (d) => (d.findings[0].file = '../../etc/passwd'), /path "\.\.\/\.\.\/etc\/passwd" leaves the root/],
    ['an absolute path', (d) => (d.notifications = [{ kind: 'x', message: 'm', file: '/etc/shadow' }]), /path "\/etc\/shadow" is not relative/],
  ])('JSON with %s is refused (exit 2)', (what, edit, message) => {
    const r = mergeEdited(json, `bad-${what.replace(/\W+/g, '-')}.json`, edit);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('F9: refuses a FIFO or device shard without blocking', () => {
    spawnSync('mkfifo', [path.join(root, 'fifo.sarif')]);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'merge', 'fifo.sarif', '/dev/zero'], { cwd: root, encoding: 'utf8', timeout: 10000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/merge: .*fifo\.sarif is not a regular file/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(cli(['merge', sarif[0], '/dev/zero']).stderr).toMatch(/merge: \/dev\/zero is not a regular file/);
  });
});
