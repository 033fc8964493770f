import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { discover } from '../discover';
import { generateTree } from '../bench/gen-tree';
import { rules } from '../registry';
import { lintPackages, mergeOutputs, type PackageInput } from './lint';
import { parseShard, shardPackages } from './shard';

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/2', '3/2', '1/0', 'a/b', '1', '1/2/3', '-1/2', ''])('rejects %p', (spec) => {
    expect(() => parseShard(spec)).toThrow(/invalid --shard/);
  });
});

describe('shardPackages', () => {
  const sizes = [90, 10, 40, 40, 30, 20, 20, 5, 5, 1];
  const pkgs: PackageInput[] = sizes.map((n, i) => ({ dir: `/r/p${i}`, files: [{ path: `/r/p${i}/a.go`, text: 'x'.repeat(n) }] }));

  it('puts every package in exactly one shard, in the original order, balanced by size', () => {
    const shards = [1, 2, 3].map((index) => shardPackages(pkgs, { index, count: 3 }));
    expect(shards.flat().map((p) => p.dir).sort()).toEqual(pkgs.map((p) => p.dir).sort());
    for (const s of shards) expect(s).toEqual(pkgs.filter((p) => s.includes(p)));
    const loads = shards.map((s) => s.reduce((n, p) => n + (p.files[0].text?.length ?? 0), 0));
    // Biggest first to the lightest shard: {90} | {40, 30, 10, 5, 1} = 86 | {40, 20, 20, 5} = 85.
    expect(loads).toEqual([90, 86, 85]);
  });

  it('is deterministic and independent of the input order', () => {
    const a = shardPackages(pkgs, { index: 2, count: 3 }).map((p) => p.dir);
    const b = shardPackages([...pkgs].reverse(), { index: 2, count: 3 }).map((p) => p.dir);
    expect(b.sort()).toEqual([...a].sort());
  });

  it('gives, merged over all shards, the output of a single run', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shard-'));
    try {
      generateTree(tmp, { files: 30, seed: 3, meanKb: 2 });
      fs.writeFileSync(path.join(tmp, 'go.mod'), 'module x\n');
      fs.mkdirSync(path.join(tmp, 'bad'));
      fs.writeFileSync(path.join(tmp, 'bad', 'a.go'), 'package bad\nfunc (ch chan int\n');
      const all = (await discover([`${tmp}/...`], tmp)).packages;
      const whole = await lintPackages(all, { rules });
      const parts = await Promise.all([1, 2, 3].map((index) => lintPackages(shardPackages(all, { index, count: 3 }), { rules })));
      expect(parts.every((p) => p.filesScanned > 0)).toBe(true);
      expect(JSON.stringify(mergeOutputs(parts))).toBe(JSON.stringify(whole));
      expect(whole.notifications.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
