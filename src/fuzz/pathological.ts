/**
 * Pathological inputs under a package budget (issue 15): one very long line and very deep nesting, linted by the
 * built CLI with `--jobs 1` and `--jobs 2` and by the language server. Each must finish within the budget + 2 s,
 * say which package (and file) was cut off, and give the same findings for the packages that were not.
 * `npm run fuzz` runs these at full size (a 20 MB line, 20,000 nested goroutines); the jest suite at a smaller one.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { packageRoot } from '../source/root';
import { LspClient } from '../lsp/client';

/** The bound every run must keep: the package budget plus this. */
export const BOUND_SLACK_MS = 2000;

/** `func F() { go func() { go func() { … }() }() }`, `depth` levels deep. */
export function deepNesting(depth: number): string {
  return `package deep\n\nfunc F() {\n${'go func() {\n'.repeat(depth)}${'}()\n'.repeat(depth)}}\n`;
}

/** One line of about `bytes` bytes: leaking functions separated by semicolons (each one a finding). */
export function longLine(bytes: number): string {
  const parts = ['package long; import "time"; '];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const f = `func Get${i}(d time.Duration) int { ch := make(chan int); s := "é"; _ = s; go func() { ch <- 1 }(); select { case v := <-ch: return v; case <-time.After(d): return 0 } }; `;
    parts.push(f);
    size += Buffer.byteLength(f);
  }
  return parts.join('') + '\n';
}

const OK_PACKAGE = (i: number) => `package ok${i}

import "time"

func Get(d time.Duration) int {
	ch := make(chan int)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		return 0
	}
}
`;

export interface BoundedCase {
  name: string;
  /** The pathological file's text. */
  text: string;
}

export interface BoundedResult {
  mode: string;
  ms: number;
  /** Problems found (empty when the run kept the bound and said what it cut off). */
  problems: string[];
}

/** A tree with the pathological package `bad/` (one file) and 16 small packages with one leak each (enough files for worker threads). */
function makeTree(c: BoundedCase): { dir: string; file: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-bounded-')));
  fs.mkdirSync(path.join(dir, 'bad'));
  const file = path.join(dir, 'bad', `${c.name}.go`);
  fs.writeFileSync(file, c.text);
  for (let i = 0; i < 16; i++) {
    fs.mkdirSync(path.join(dir, `ok${i}`));
    fs.writeFileSync(path.join(dir, `ok${i}`, 'get.go'), OK_PACKAGE(i));
  }
  return { dir, file };
}

interface Json {
  findings: { file: string; ruleId: string; range: { start: { line: number } } }[];
  notifications: { kind: string; file?: string; message: string }[];
}

function runCli(dir: string, args: string[]): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(packageRoot(), 'bin/golint-chan'), ...args], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ ms: performance.now() - t0, code, stdout, stderr })));
}

/**
 * Lint `c` with `--jobs 1`, `--jobs 2` and the language server under a budget of `budgetMs`; `cutOff` says whether
 * the pathological package must be reported as stopped (it is too big for the budget); undefined: it may also
 * complete (then with findings).
 */
export async function checkBounded(c: BoundedCase, budgetMs: number, cutOff?: boolean, slackMs = BOUND_SLACK_MS): Promise<BoundedResult[]> {
  const { dir, file } = makeTree(c);
  const limit = budgetMs + slackMs;
  const results: BoundedResult[] = [];
  const common = ['--no-config', '--format', 'json', '--max-file-size', String(64 * 1024 * 1024), '--package-timeout', String(budgetMs / 1000)];
  try {
    const outputs: string[] = [];
    for (const jobs of ['1', '2']) {
      const r = await runCli(dir, [...common, '--jobs', jobs, './...']);
      const problems: string[] = [];
      if (r.ms > limit) problems.push(`took ${Math.round(r.ms)} ms, over ${limit} ms`);
      let json: Json | undefined;
      try {
        json = JSON.parse(r.stdout) as Json;
      } catch {
        problems.push(`no JSON output (exit ${r.code}): ${r.stderr.slice(0, 300)}`);
      }
      if (json) {
        const ok = json.findings.filter((f) => f.file.startsWith('ok'));
        if (ok.length !== 16) problems.push(`expected 16 findings in the small packages, got ${ok.length}`);
        const stopped = json.notifications.filter((n) => n.kind === 'analysis-timeout');
        const named = stopped.some((n) => n.file === `bad/${c.name}.go` && n.message.includes(path.join(dir, 'bad')));
        const analysed = json.findings.some((f) => f.file.startsWith('bad/'));
        if ((cutOff === true || !analysed) && !named) {
          problems.push(`no analysis-timeout notification naming bad/${c.name}.go: ${JSON.stringify(json.notifications)}`);
        }
        if (stopped.some((n) => !n.file?.startsWith('bad'))) problems.push(`a small package was stopped: ${JSON.stringify(stopped)}`);
        // Same answer whatever the number of jobs (the cut-off package may differ only in where it was stopped).
        outputs.push(JSON.stringify({ ...json, notifications: json.notifications.map((n) => n.kind + ' ' + n.file) }));
      }
      results.push({ mode: `--jobs ${jobs}`, ms: r.ms, problems });
    }
    if (outputs.length === 2 && outputs[0] !== outputs[1]) results[1].problems.push('--jobs 1 and --jobs 2 gave different findings or notifications');
    results.push(await checkServer(file, budgetMs, cutOff, limit));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

async function checkServer(file: string, budgetMs: number, cutOff: boolean | undefined, limit: number): Promise<BoundedResult> {
  const problems: string[] = [];
  const client = await LspClient.start({ debounceMs: 0, packageTimeout: budgetMs / 1000, maxFileSize: 64 * 1024 * 1024 }, path.dirname(file));
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  let ms = 0;
  try {
    const published = client.nextDiagnostics(uri, () => true, limit + 30_000);
    const t0 = performance.now();
    await client.open(uri, text);
    const p = await published;
    ms = performance.now() - t0;
    if (ms > limit) problems.push(`diagnostics after ${Math.round(ms)} ms, over ${limit} ms`);
    if ((cutOff === true || p.diagnostics.length === 0) && !client.shown.some((m) => m.type === 2 && m.message.includes(file) && m.message.includes('budget'))) {
      problems.push(`no warning shown naming ${file}: ${JSON.stringify(client.shown)}`);
    }
    const code = await client.stop();
    if (code !== 0) problems.push(`server exited with ${code}`);
  } catch (e) {
    problems.push(String(e));
  }
  return { mode: 'language server', ms, problems };
}
