/**
 * Build constraints: which files of a directory `go build` takes for one platform (GOOS/GOARCH), as go vet and
 * staticcheck analyse one platform at a time. A file is left out by its name (`_windows.go`, `_linux_arm64_test.go`)
 * or by its `//go:build` (or older `// +build`) lines when they are false for the platform. Tags golint-chan cannot
 * know (`integration`, `e2e`, `cgo`) are neither true nor false: a file that needs one is kept, so tests behind a
 * custom tag are analysed as before, and only what is certainly for another platform is dropped.
 */

export interface Platform {
  goos: string;
  goarch: string;
}

/** GOOS values Go knows (go/build's knownOS). */
export const KNOWN_OS: ReadonlySet<string> = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);

/** GOARCH values Go knows (go/build's knownArch). */
export const KNOWN_ARCH: ReadonlySet<string> = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le',
  'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);

/** The systems the `unix` tag stands for (go/build's unixOS). */
const UNIX_OS: ReadonlySet<string> = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'linux', 'netbsd', 'openbsd', 'solaris']);

const NODE_OS: Readonly<Record<string, string>> = { win32: 'windows', sunos: 'solaris' };
const NODE_ARCH: Readonly<Record<string, string>> = { x64: 'amd64', ia32: '386', x32: '386' };

/** The platform to analyse for: `GOOS` and `GOARCH` from the environment, as the go command reads them, else this machine's. */
export function targetPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  const goos = env.GOOS && KNOWN_OS.has(env.GOOS) ? env.GOOS : (NODE_OS[process.platform] ?? process.platform);
  const goarch = env.GOARCH && KNOWN_ARCH.has(env.GOARCH) ? env.GOARCH : (NODE_ARCH[process.arch] ?? process.arch);
  return { goos, goarch };
}

/** Does a GOOS tag hold on the platform: itself, or the system it implies (android is linux, ios darwin, illumos solaris)? */
function osHolds(tag: string, p: Platform): boolean {
  return tag === p.goos || (tag === 'linux' && p.goos === 'android') || (tag === 'darwin' && p.goos === 'ios') || (tag === 'solaris' && p.goos === 'illumos');
}

/** Does a file's name let `go build` take it on the platform (`x_windows.go`, `x_arm64.go`, `x_linux_amd64_test.go`)? */
export function nameAllows(fileName: string, p: Platform): boolean {
  let name = fileName.replace(/^.*[\\/]/, '').replace(/\.go$/, '');
  const i = name.indexOf('_');
  if (i < 0) return true;
  name = name.slice(i);
  if (name.endsWith('_test')) name = name.slice(0, -'_test'.length);
  const l = name.split('_');
  const n = l.length;
  if (n >= 2 && KNOWN_OS.has(l[n - 2]) && KNOWN_ARCH.has(l[n - 1])) return osHolds(l[n - 2], p) && l[n - 1] === p.goarch;
  if (KNOWN_OS.has(l[n - 1])) return osHolds(l[n - 1], p);
  if (KNOWN_ARCH.has(l[n - 1])) return l[n - 1] === p.goarch;
  return true;
}

/** Three-valued: a tag or expression that holds, does not, or cannot be told. */
type Truth = true | false | undefined;

function tagTruth(tag: string, p: Platform): Truth {
  if (KNOWN_OS.has(tag)) return osHolds(tag, p);
  if (KNOWN_ARCH.has(tag)) return tag === p.goarch;
  if (tag === 'unix') return UNIX_OS.has(p.goos);
  if (tag === 'gc' || /^go1\.\d+$/.test(tag)) return true;
  if (tag === 'gccgo' || tag === 'ignore') return false;
  return undefined; // cgo, integration, e2e …: the build's choice
}

const not = (a: Truth): Truth => (a === undefined ? undefined : !a);
const and = (a: Truth, b: Truth): Truth => (a === false || b === false ? false : a === undefined || b === undefined ? undefined : true);
const or = (a: Truth, b: Truth): Truth => (a === true || b === true ? true : a === undefined || b === undefined ? undefined : false);

/** Evaluate a `//go:build` expression; undefined when it is malformed or needs a tag that cannot be told. */
export function evalBuildExpr(expr: string, p: Platform): Truth {
  const tokens = expr.match(/\|\||&&|[()!]|[A-Za-z0-9_.]+|\S/g) ?? [];
  let i = 0;
  let bad = false;
  const orExpr = (): Truth => {
    let v = andExpr();
    while (tokens[i] === '||') (i++, (v = or(v, andExpr())));
    return v;
  };
  const andExpr = (): Truth => {
    let v = unary();
    while (tokens[i] === '&&') (i++, (v = and(v, unary())));
    return v;
  };
  const unary = (): Truth => {
    const t = tokens[i++];
    if (t === '!') return not(unary());
    if (t === '(') {
      const v = orExpr();
      if (tokens[i++] !== ')') bad = true;
      return v;
    }
    if (t === undefined || !/^[A-Za-z0-9_.]+$/.test(t)) {
      bad = true;
      return undefined;
    }
    return tagTruth(t, p);
  };
  const v = orExpr();
  return bad || i !== tokens.length ? undefined : v;
}

/** Evaluate `// +build` lines: each line's space-separated options are ORed, an option's comma-separated terms ANDed, lines ANDed. */
function evalPlusBuild(lines: readonly string[], p: Platform): Truth {
  let all: Truth = true;
  for (const line of lines) {
    let any: Truth = false;
    for (const option of line.split(/\s+/).filter(Boolean)) {
      let each: Truth = true;
      for (const term of option.split(',')) {
        const neg = term.startsWith('!');
        const tag = neg ? term.slice(1) : term;
        if (!/^[A-Za-z0-9_.]+$/.test(tag)) return undefined;
        each = and(each, neg ? not(tagTruth(tag, p)) : tagTruth(tag, p));
      }
      any = or(any, each);
    }
    all = and(all, any);
  }
  return all;
}

/**
 * Do a file's build constraints let `go build` take it on the platform? Read from the comments before its package
 * clause: the `//go:build` line when there is one, else the `// +build` lines. False only when they certainly exclude
 * it; a constraint that needs a tag golint-chan cannot know keeps the file.
 */
export function constraintsAllow(text: string, p: Platform): boolean {
  let goBuild: string | undefined;
  const plus: string[] = [];
  let inBlock = false;
  // Line by line from the top, only as far as the header goes (no split of the whole file).
  for (let at = 0; at < text.length && at < 1 << 16; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '') continue;
    if (line.startsWith('/*')) {
      inBlock = !line.includes('*/', 2);
      continue;
    }
    if (!line.startsWith('//')) break; // the package clause, or anything else: the header is over
    const m = /^\/\/go:build\s+(.*)$/.exec(line);
    if (m && goBuild === undefined) goBuild = m[1];
    const plusLine = /^\/\/\s*\+build\s+(.*)$/.exec(line);
    if (plusLine) plus.push(plusLine[1]);
  }
  const v = goBuild !== undefined ? evalBuildExpr(goBuild, p) : plus.length ? evalPlusBuild(plus, p) : true;
  return v !== false;
}
