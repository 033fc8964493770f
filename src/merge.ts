/**
 * `golint-chan merge FILE...`: combine the outputs of `--shard K/N` runs (all SARIF, or all JSON, made by the same
 * golint-chan version with the same rules) into the document a single run would have written. Results and
 * notifications are re-sorted with the engine's order (file, line, column, rule, message); rule descriptors,
 * which every shard lists in full, are taken from the first file after checking that they agree.
 */

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
    if (!Array.isArray(log.runs) || log.runs.length !== 1) throw new MergeError(`${d.file}: not a golint-chan SARIF log (one run expected)`);
    return { file: d.file, log, run: log.runs[0] };
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
