/**
 * A seeded mutator for Go source bytes: deletes, duplicates and swaps tokens and lines, truncates,
 * injects invalid UTF-8 and NUL bytes, nests deeply, and changes the layout (CRLF, BOM).
 */

import { mulberry32 } from '../random';

/** The project's seeded PRNG (mulberry32, src/random.ts). */
export const prng = mulberry32;

export type Random = () => number;

const int = (rnd: Random, n: number) => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[int(rnd, xs.length)];

/** Identifiers, numbers, runs of spaces, or single other characters (Go's operators and brackets). */
const TOKEN = /[\p{L}\p{N}_]+|[ \t]+|\r?\n|[^]/gu;

function tokens(b: Buffer): string[] {
  return b.toString('latin1').match(TOKEN) ?? [];
}

function lines(b: Buffer): string[] {
  return b.toString('latin1').split('\n');
}

/** Latin-1 round-trips every byte, so mutations keep (or break) UTF-8 only where they mean to. */
const bytes = (s: string) => Buffer.from(s, 'latin1');

function swap<T>(xs: T[], i: number, j: number): T[] {
  [xs[i], xs[j]] = [xs[j], xs[i]];
  return xs;
}

const INVALID_BYTES = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];

export const MUTATIONS: Record<string, (b: Buffer, rnd: Random) => Buffer> = {
  deleteToken: (b, rnd) => {
    const t = tokens(b);
    t.splice(int(rnd, t.length), 1);
    return bytes(t.join(''));
  },
  duplicateToken: (b, rnd) => {
    const t = tokens(b);
    const i = int(rnd, t.length);
    t.splice(int(rnd, t.length), 0, t[i] ?? '');
    return bytes(t.join(''));
  },
  swapTokens: (b, rnd) => {
    const t = tokens(b);
    return bytes(swap(t, int(rnd, t.length), int(rnd, t.length)).join(''));
  },
  deleteLine: (b, rnd) => {
    const l = lines(b);
    l.splice(int(rnd, l.length), 1);
    return bytes(l.join('\n'));
  },
  duplicateLine: (b, rnd) => {
    const l = lines(b);
    const i = int(rnd, l.length);
    l.splice(i, 0, ...Array<string>(1 + int(rnd, 3)).fill(l[i]));
    return bytes(l.join('\n'));
  },
  swapLines: (b, rnd) => {
    const l = lines(b);
    return bytes(swap(l, int(rnd, l.length), int(rnd, l.length)).join('\n'));
  },
  truncate: (b, rnd) => b.subarray(0, int(rnd, b.length + 1)),
  invalidUtf8: (b, rnd) => {
    const at = int(rnd, b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from(pick(rnd, INVALID_BYTES)), b.subarray(at)]);
  },
  nul: (b, rnd) => {
    const at = int(rnd, b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]);
  },
  deepNesting: (b, rnd) => {
    const l = lines(b);
    const i = int(rnd, l.length);
    const n = 1 + int(rnd, 2000);
    const [open, close] = pick(rnd, [
      ['{', '}'],
      ['if true {', '}'],
      ['for {', '}'],
      ['func() {', '}()'],
      ['(', ')'],
      ['[]', ''],
    ]);
    l[i] = open.repeat(n) + l[i] + close.repeat(int(rnd, 2) ? n : int(rnd, n + 1));
    return bytes(l.join('\n'));
  },
  crlf: (b) => bytes(b.toString('latin1').replace(/\r?\n/g, '\r\n')),
  bom: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  splice: (b, rnd) => {
    const from = int(rnd, b.length + 1);
    const to = from + int(rnd, Math.max(1, b.length - from));
    return Buffer.concat([b.subarray(0, from), b.subarray(to), b.subarray(from, to)]);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Apply 1–4 random mutations to `input`; returns the result and the names of the mutations. */
export function mutate(input: Buffer, rnd: Random): { output: Buffer; applied: string[] } {
  let output = input;
  const applied: string[] = [];
  for (let k = 1 + int(rnd, 4); k > 0; k--) {
    const name = pick(rnd, MUTATION_NAMES);
    output = MUTATIONS[name](output, rnd);
    applied.push(name);
  }
  return { output, applied };
}
