/**
 * `golint-chan merge FILE...`: combine the outputs of `--shard K/N` runs (all SARIF, or all JSON, made by the same
 * golint-chan version with the same rules) into the document a single run would have written. Results and
 * notifications are re-sorted with the engine's order (file, line, column, rule, message); rule descriptors,
 * which every shard lists in full, are taken from the first file after checking that they agree.
 *
 * A shard is an input like any other (issue 15, F8): each file is validated against the shape golint-chan
 * writes before it is used, and every path in it (SARIF `artifactLocation.uri`, JSON `file`) must be
 * relative, percent-decodable and stay inside the root: `../../etc/passwd` or `file:///etc/shadow` are
 * refused rather than passed on to code scanning.
 */
import * as path from 'path';
import { schemaCheck } from './source/validate';

export class MergeError extends Error {}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

interface SarifNotification {
  message: { text: string };
  descriptor?: { id: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
}

interface SarifRun {
  tool: { driver: { name: string; semanticVersion: string; rules: unknown[] } };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  results: SarifResult[];
  [k: string]: unknown;
}

interface JsonFinding {
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

interface JsonNotification {
  kind: string;
  message: string;
  file?: string;
  line?: number;
}

interface JsonDoc {
  version: number;
  tool: { name: string; version: string };
  findings: JsonFinding[];
  notifications: JsonNotification[];
  stats: { files: number; packages: number };
}

const int = { type: 'integer' } as const;
const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;
const arr = (items: unknown, minItems = 0) => ({ type: 'array', items, minItems });
const obj = (required: string[], properties: Record<string, unknown> = {}) => ({ type: 'object', required, properties });
const artifactLocation = obj(['uri'], { uri: str });
const sarifLocation = obj(['physicalLocation'], { physicalLocation: obj(['artifactLocation'], { artifactLocation, region: obj([], { startLine: int, startColumn: int }) }) });
const sarifResultLocation = obj(['physicalLocation'], {
  physicalLocation: obj(['artifactLocation', 'region'], { artifactLocation, region: obj(['startLine', 'startColumn'], { startLine: int, startColumn: int }) }),
});

/** What mergeSarif relies on in one run (the rest is copied as it is). */
const checkSarifRun = schemaCheck(
  obj(['tool', 'invocations', 'results'], {
    tool: obj(['driver'], { driver: obj(['name', 'semanticVersion', 'rules'], { name: { const: 'golint-chan' }, semanticVersion: str, rules: arr({}) }) }),
    invocations: arr(
      obj(['executionSuccessful', 'toolExecutionNotifications'], {
        executionSuccessful: bool,
        toolExecutionNotifications: arr(obj(['message'], { message: obj(['text'], { text: str }), descriptor: obj(['id'], { id: str }), locations: arr(sarifLocation) })),
      }),
      1,
    ),
    results: arr(obj(['ruleId', 'message', 'locations'], { ruleId: str, message: obj(['text'], { text: str }), locations: arr(sarifResultLocation, 1) })),
  }),
);

const jsonLocation = obj(['file'], { file: str });
/** What mergeJson relies on in one report. */
const checkJsonDoc = schemaCheck(
  obj(['version', 'tool', 'findings', 'notifications', 'stats'], {
    version: int,
    tool: obj(['name', 'version'], { name: { const: 'golint-chan' }, version: str }),
    findings: arr(
      obj(['ruleId', 'message', 'file', 'line', 'column'], {
        ruleId: str,
        message: str,
        file: str,
        line: int,
        column: int,
        related: arr(jsonLocation),
        flow: arr(jsonLocation),
        fix: obj(['edits'], { edits: arr(jsonLocation) }),
      }),
    ),
    notifications: arr(obj(['kind', 'message'], { kind: str, message: str, file: str, line: int })),
    stats: obj(['files', 'packages'], { files: int, packages: int }),
  }),
);

/** Why `p` (a decoded path) is not relative and inside the root, or undefined when it is. */
function outsideRoot(p: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('/') || p.startsWith('\\')) return 'is not relative';
  const norm = path.posix.normalize(p.replace(/\\/g, '/'));
  if (norm === '..' || norm.startsWith('../')) return 'leaves the root';
  if (p.includes('\0')) return 'holds a NUL byte';
  return undefined;
}

/** Every `artifactLocation.uri` under `v` (results and notifications, related locations, code flows). */
function urisIn(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) urisIn(x, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'artifactLocation' && x && typeof x === 'object' && typeof (x as { uri?: unknown }).uri === 'string') out.push((x as { uri: string }).uri);
      else urisIn(x, out);
    }
  }
  return out;
}

function decodeUri(uri: string, file: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    throw new MergeError(`${file}: invalid URI ${JSON.stringify(uri)} (bad %-escape)`);
  }
}

function checkPaths(file: string, paths: readonly string[], what: string): void {
  for (const p of paths) {
    const why = outsideRoot(p);
    if (why) throw new MergeError(`${file}: ${what} ${JSON.stringify(p)} ${why}; merge takes shards of one run over the same root`);
  }
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function resultKey(r: SarifResult): [string, number, number, string, string] {
  const loc = r.locations[0].physicalLocation;
  return [decodeURIComponent(loc.artifactLocation.uri), loc.region.startLine, loc.region.startColumn, r.ruleId, r.message.text];
}

function byKeys<T>(key: (x: T) => (string | number)[]) {
  return (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const c = cmp(ka[i], kb[i]);
      if (c) return c;
    }
    return 0;
  };
}

function sameOrThrow(what: string, a: unknown, b: unknown, file: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new MergeError(`${file}: ${what} differs from the first file (same version and rules needed)`);
}

export function mergeSarif(docs: { file: string; text: string }[]): string {
  const logs = docs.map((d) => {
    const log = JSON.parse(d.text) as { runs?: SarifRun[] };
    if (!log || typeof log !== 'object' || !Array.isArray(log.runs) || log.runs.length !== 1) throw new MergeError(`${d.file}: not a golint-chan SARIF log (one run expected)`);
    const run = log.runs[0];
    const problem = checkSarifRun(run);
    if (problem) throw new MergeError(`${d.file}: not a golint-chan SARIF log: /runs/0${problem.startsWith('(top level)') ? problem.slice('(top level)'.length) : problem}`);
    const uris = urisIn([run.results, run.invocations]);
    checkPaths(d.file, uris.map((u) => decodeUri(u, d.file)), 'URI');
    return { file: d.file, log, run };
  });
  const first = logs[0];
  for (const l of logs.slice(1)) {
    sameOrThrow('tool.driver', l.run.tool.driver, first.run.tool.driver, l.file);
    const { results: _r, invocations: _i, ...restA } = l.run;
    const { results: _r0, invocations: _i0, ...restB } = first.run;
    sameOrThrow('run settings', restA, restB, l.file);
  }
  const results = logs.flatMap((l) => l.run.results).sort(byKeys(resultKey));
  const notes = logs
    .flatMap((l) => l.run.invocations[0].toolExecutionNotifications)
    .sort(
      byKeys((n) => {
        const loc = n.locations?.[0]?.physicalLocation;
        return [loc ? decodeURIComponent(loc.artifactLocation.uri) : '', loc?.region?.startLine ?? 0, n.descriptor?.id ?? '', n.message.text];
      }),
    );
  const run: SarifRun = {
    ...first.run,
    invocations: [{ ...first.run.invocations[0], executionSuccessful: logs.every((l) => l.run.invocations[0].executionSuccessful), toolExecutionNotifications: notes }],
    results,
  };
  return JSON.stringify({ ...first.log, runs: [run] }, null, 2) + '\n';
}

export function mergeJson(docs: { file: string; text: string }[]): string {
  const parsed = docs.map((d) => {
    const doc = JSON.parse(d.text) as JsonDoc;
    if (doc?.tool?.name !== 'golint-chan' || !Array.isArray(doc.findings)) throw new MergeError(`${d.file}: not a golint-chan JSON report`);
    const problem = checkJsonDoc(doc);
    if (problem) throw new MergeError(`${d.file}: not a golint-chan JSON report: ${problem}`);
    type Located = { file: string; related?: { file: string }[]; flow?: { file: string }[]; fix?: { edits: { file: string }[] } };
    const files = (doc.findings as Located[]).flatMap((f) => [f.file, ...(f.related ?? []), ...(f.flow ?? []), ...(f.fix?.edits ?? [])].map((x) => (typeof x === 'string' ? x : x.file)));
    checkPaths(d.file, [...files, ...doc.notifications.flatMap((n) => (n.file === undefined ? [] : [n.file]))], 'path');
    return { file: d.file, doc };
  });
  const first = parsed[0].doc;
  for (const p of parsed.slice(1)) {
    sameOrThrow('version', [p.doc.version, p.doc.tool], [first.version, first.tool], p.file);
  }
  const merged: JsonDoc = {
    ...first,
    findings: parsed.flatMap((p) => p.doc.findings).sort(byKeys((f) => [f.file, f.line, f.column, f.ruleId, f.message])),
    notifications: parsed.flatMap((p) => p.doc.notifications).sort(byKeys((n) => [n.file ?? '', n.line ?? 0, n.kind, n.message])),
    stats: {
      files: parsed.reduce((s, p) => s + p.doc.stats.files, 0),
      packages: parsed.reduce((s, p) => s + p.doc.stats.packages, 0),
    },
  };
  return JSON.stringify(merged, null, 2) + '\n';
}

/** Merge documents of one format, told apart by their content. */
export function mergeReports(docs: { file: string; text: string }[]): string {
  if (docs.length === 0) throw new MergeError('merge needs at least one file');
  const isSarif = (t: string) => /"\$schema"\s*:\s*"[^"]*sarif/i.test(t.slice(0, 300)) || /"runs"\s*:/.test(t.slice(0, 2000));
  const kinds = new Set(docs.map((d) => (isSarif(d.text) ? 'sarif' : 'json')));
  if (kinds.size > 1) throw new MergeError('cannot merge SARIF with JSON');
  try {
    return kinds.has('sarif') ? mergeSarif(docs) : mergeJson(docs);
  } catch (e) {
    if (e instanceof SyntaxError) throw new MergeError(`not valid JSON: ${e.message}`);
    throw e;
  }
}
