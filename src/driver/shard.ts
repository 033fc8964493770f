/**
 * `--shard K/N`: split the packages of a run over N CI jobs. Packages are dealt, biggest first, to
 * the shard with the least work so far (ties: the lower shard), so shards are balanced by bytes and
 * a package never spans shards. The split depends only on the package list and file sizes, so every
 * job of a matrix over the same checkout computes the same one.
 */
import { UsageError } from '../discover';
import type { PackageInput } from './lint';
import { packageWeight } from './pool';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`invalid --shard "${spec}": expected K/N with 1 <= K <= N, e.g. 1/4`);
  }
  return { index, count };
}

/** The packages of shard `shard`, in their original order. */
export function shardPackages(pkgs: readonly PackageInput[], shard: Shard, weight: (p: PackageInput) => number = packageWeight): PackageInput[] {
  const w = pkgs.map(weight);
  const order = pkgs.map((_, i) => i).sort((a, b) => w[b] - w[a] || (pkgs[a].dir < pkgs[b].dir ? -1 : pkgs[a].dir > pkgs[b].dir ? 1 : 0));
  const load = new Array<number>(shard.count).fill(0);
  const owner = new Array<number>(pkgs.length);
  for (const i of order) {
    let s = 0;
    for (let k = 1; k < shard.count; k++) if (load[k] < load[s]) s = k;
    owner[i] = s;
    load[s] += w[i];
  }
  return pkgs.filter((_, i) => owner[i] === shard.index - 1);
}
