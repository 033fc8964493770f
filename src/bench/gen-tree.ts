/**
 * Deterministic generator of a large, synthetic but realistic Go tree for benchmarks:
 *
 *   npm run gen-tree -- OUT --files N [--seed S] [--kb K]
 *
 * Packages of several files; structs, methods, comments; functions with if/for/switch/select;
 * goroutines, WaitGroups, channels; and a few leaks of the shapes golint-chan reports
 * (an unbuffered result channel abandoned by a select that times out or is cancelled).
 * The same arguments always produce the same bytes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { mulberry32 } from '../random';

export interface GenOptions {
  files: number;
  seed: number;
  /** Mean file size in KiB (files vary from about a quarter to twice this). */
  meanKb?: number;
}

export interface GenSummary {
  files: number;
  packages: number;
  bytes: number;
  /** Functions generated with a leak of the abandoned-send shape. */
  leaks: number;
}

/** The project's seeded PRNG (mulberry32, src/random.ts). */
export const rng = mulberry32;

const AREAS = ['api', 'internal', 'pkg', 'cmd', 'storage', 'server', 'client', 'util', 'cluster', 'metrics'];
const NOUNS = [
  'block', 'cache', 'chunk', 'client', 'config', 'entry', 'event', 'frame', 'index', 'job', 'lease', 'member',
  'node', 'peer', 'query', 'record', 'request', 'result', 'route', 'series', 'shard', 'snapshot', 'stream',
  'task', 'token', 'watch', 'window', 'writer',
];
const VERBS = ['apply', 'build', 'check', 'collect', 'compact', 'decode', 'encode', 'fetch', 'flush', 'load', 'merge', 'parse', 'probe', 'scan', 'send', 'sync', 'track', 'update'];
const TYPES = ['int', 'string', 'bool', 'float64', 'int64', '[]byte', 'time.Duration', 'error'];
const COMMENTS = [
  'The caller must hold the lock.',
  'It returns early when the context is cancelled.',
  'Results are returned in input order.',
  'This is safe for concurrent use.',
  'TODO: make the limit configurable.',
  'Errors are wrapped with the operation name.',
];

class Gen {
  leaks = 0;
  constructor(readonly r: () => number) {}

  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  cap(s: string): string {
    return s[0].toUpperCase() + s.slice(1);
  }
  ident(): string {
    return this.pick(NOUNS) + (this.chance(0.3) ? this.cap(this.pick(NOUNS)) : '');
  }

  structDecl(name: string): string {
    const fields = new Set<string>();
    const n = 2 + this.int(6);
    while (fields.size < n) fields.add(this.cap(this.ident()));
    const body = [...fields].map((f) => `\t${f} ${this.pick(TYPES)}${this.chance(0.3) ? ` \`json:"${f.toLowerCase()}"\`` : ''}`);
    return `// ${name} holds the state of one ${name.toLowerCase()}.\n// ${this.pick(COMMENTS)}\ntype ${name} struct {\n\tmu sync.Mutex\n${body.join('\n')}\n\titems []int\n}\n`;
  }

  /** Plain control flow: if/for/switch. */
  plainFunc(name: string, recv: string): string {
    const v = this.ident();
    const cases = Array.from({ length: 2 + this.int(4) }, (_, i) => `\tcase ${i}:\n\t\ttotal += ${i + 1} * x\n`).join('');
    return `// ${name} ${this.pick(VERBS)}s the ${v} values.
func (s *${recv}) ${name}(${v} []int, limit int) (int, error) {
\ts.mu.Lock()
\tdefer s.mu.Unlock()
\ttotal := 0
\tfor i, x := range ${v} {
\t\tif x < 0 {
\t\t\treturn 0, fmt.Errorf("${name}: negative value %d at %d", x, i)
\t\t} else if x > limit {
\t\t\tcontinue
\t\t}
\t\tswitch x % ${3 + this.int(4)} {
${cases}\t\tdefault:
\t\t\ttotal -= x
\t\t}
\t}
\ts.items = append(s.items, total)
\treturn total, nil
}
`;
  }

  /** A worker pool that closes its channels properly: no leak. */
  poolFunc(name: string): string {
    const n = 2 + this.int(6);
    return `// ${name} runs the jobs on ${n} workers.
func ${name}(ctx context.Context, jobs []int) []int {
\tin := make(chan int)
\tout := make(chan int, len(jobs))
\tvar wg sync.WaitGroup
\tfor w := 0; w < ${n}; w++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\tfor j := range in {
\t\t\t\tout <- j * ${1 + this.int(9)}
\t\t\t}
\t\t}()
\t}
\tfor _, j := range jobs {
\t\tin <- j
\t}
\tclose(in)
\twg.Wait()
\tclose(out)
\tres := make([]int, 0, len(jobs))
\tfor r := range out {
\t\tres = append(res, r)
\t}
\treturn res
}
`;
  }

  /** Result channel read under a timeout: a leak when unbuffered, correct when buffered. */
  timeoutFunc(name: string, leak: boolean): string {
    if (leak) this.leaks++;
    const ch = this.pick(['ch', 'done', 'resc', 'errc']);
    const capacity = leak ? '' : ', 1';
    const comment = leak ? '' : '\t// Buffered so the goroutine can always finish.\n';
    const giveUp = this.chance(0.5) ? `<-time.After(${1 + this.int(30)} * time.Second)` : '<-ctx.Done()';
    return `// ${name} waits for the result or gives up.
func ${name}(ctx context.Context, key string) (int, error) {
${comment}\t${ch} := make(chan int${capacity})
\tgo func() {
\t\t${ch} <- len(key) * ${1 + this.int(9)}
\t}()
\tselect {
\tcase v := <-${ch}:
\t\treturn v, nil
\tcase ${giveUp}:
\t\treturn 0, errors.New("${name}: gave up")
\t}
}
`;
  }

  /** Producer/consumer with a select loop and a quit channel. */
  loopFunc(name: string): string {
    return `/*
${name} drains events until quit is closed.
${this.pick(COMMENTS)}
*/
func ${name}(events <-chan string, quit <-chan struct{}) (n int) {
\tticker := time.NewTicker(${10 + this.int(90)} * time.Millisecond)
\tdefer ticker.Stop()
\tfor {
\t\tselect {
\t\tcase e, ok := <-events:
\t\t\tif !ok {
\t\t\t\treturn n
\t\t\t}
\t\t\tif len(e) > ${this.int(40)} {
\t\t\t\tn++
\t\t\t}
\t\tcase <-ticker.C:
\t\t\tn += 0
\t\tcase <-quit:
\t\t\treturn n
\t\t}
\t}
}
`;
  }

  file(pkg: string, targetBytes: number, leakRate: number): string {
    const parts: string[] = [
      `// Code in this file is synthetic, generated by golint-chan's gen-tree for benchmarks.\n\npackage ${pkg}\n\nimport (\n\t"context"\n\t"errors"\n\t"fmt"\n\t"sync"\n\t"time"\n)\n\nvar _ = fmt.Sprint\nvar _ = errors.New\nvar _ context.Context\nvar _ time.Duration\nvar _ sync.Mutex\n`,
    ];
    let size = parts[0].length;
    const used = new Set<string>();
    const fresh = (prefix: string) => {
      let n: string;
      do n = prefix + this.cap(this.ident()) + this.int(1000);
      while (used.has(n));
      used.add(n);
      return n;
    };
    const recv = this.cap(fresh('T'));
    parts.push(this.structDecl(recv));
    while (size < targetBytes) {
      const k = this.r();
      const code =
        k < 0.4
          ? this.plainFunc(this.cap(fresh(this.pick(VERBS))), recv)
          : k < 0.55
            ? this.poolFunc(this.cap(fresh('run')))
            : k < 0.75
              ? this.timeoutFunc(this.cap(fresh('wait')), this.chance(leakRate))
              : k < 0.9
                ? this.loopFunc(this.cap(fresh('drain')))
                : this.structDecl(this.cap(fresh('S')));
      parts.push(code);
      size += code.length + 1;
    }
    return parts.join('\n');
  }
}

/** Write the tree under `out` (created if needed) and describe what was written. */
export function generateTree(out: string, opts: GenOptions): GenSummary {
  const g = new Gen(rng(opts.seed));
  const mean = (opts.meanKb ?? 8) * 1024;
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'go.mod'), 'module example.com/generated\n\ngo 1.22\n');
  const summary: GenSummary = { files: 0, packages: 0, bytes: 0, leaks: 0 };
  while (summary.files < opts.files) {
    const pkg = `${g.pick(NOUNS)}${summary.packages}`;
    const dir = path.join(out, g.pick(AREAS), pkg);
    fs.mkdirSync(dir, { recursive: true });
    const n = Math.min(2 + g.int(14), opts.files - summary.files);
    for (let i = 0; i < n; i++) {
      const target = mean * (0.25 + 1.5 * g.r() * g.r() * 2);
      const text = g.file(pkg, target, 0.03);
      fs.writeFileSync(path.join(dir, `${g.pick(VERBS)}_${i}.go`), text);
      summary.bytes += Buffer.byteLength(text);
    }
    summary.files += n;
    summary.packages++;
  }
  summary.leaks = g.leaks;
  return summary;
}

function parseArgs(argv: string[]): { out: string } & GenOptions {
  let out: string | undefined;
  const o: GenOptions = { files: 1000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a non-negative number`);
      return v;
    };
    if (a === '--files') o.files = Math.floor(num());
    else if (a === '--seed') o.seed = Math.floor(num());
    else if (a === '--kb') o.meanKb = num();
    else if (!a.startsWith('-') && out === undefined) out = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!out) throw new Error('usage: gen-tree OUT --files N [--seed S] [--kb K]');
  return { out, ...o };
}

if (require.main === module) {
  try {
    const { out, ...opts } = parseArgs(process.argv.slice(2));
    const s = generateTree(out, opts);
    process.stdout.write(`${out}: ${s.files} files in ${s.packages} packages, ${(s.bytes / 1e6).toFixed(1)} MB, ${s.leaks} leaks\n`);
  } catch (e) {
    process.stderr.write(`gen-tree: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
