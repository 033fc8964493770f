/**
 * Issue 15 (F15, F2): the language server answers or exits on bad framing, gives back the memory of a big document
 * once it is closed, and keeps the package budget (a cut-off package is shown as a warning).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient, SERVER_COMMAND } from './client';

/** Spawn the server, write `bytes` and then a well-framed shutdown request; what it printed and how it ended. */
function feed(bytes: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const child = spawn(process.execPath, SERVER_COMMAND, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const t0 = performance.now();
  const shutdown = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'shutdown' });
  child.stdin.write(bytes);
  child.stdin.write(`Content-Length: ${shutdown.length}\r\n\r\n${shutdown}`);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('language server hardening (issue 15)', () => {
  it.each([
    ['Content-Length: abc', 'Content-Length: abc\r\n\r\n{}'],
    ['Content-Length: -5', 'Content-Length: -5\r\n\r\n{"jsonrpc":"2.0"}'],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['a header line without a colon', 'Content-Length 12\r\n\r\n{}'],
  ])('%s: the client gets a Parse error and the server exits 1 at once', async (_, bytes) => {
    const r = await feed(bytes);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(5000);
    const body = r.stdout.slice(r.stdout.indexOf('{'));
    expect(JSON.parse(body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/bad message framing/) } });
    expect(r.stderr).toMatch(/golint-chan lsp: bad message framing: /);
  });

  it('well-framed messages split anywhere still get their answers', async () => {
    const child = spawn(process.execPath, SERVER_COMMAND, { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const cuts = [3, 17, 18, 19, 20, 40];
    cuts.forEach((cut, i) => {
      const body = JSON.stringify({ jsonrpc: '2.0', id: i + 1, method: 'golint-chan/none' });
      const framed = `Content-Length: ${body.length}\r\n\r\n${body}`;
      child.stdin.write(framed.slice(0, cut));
      child.stdin.write(framed.slice(cut));
    });
    await new Promise((r) => setTimeout(r, 1500));
    child.kill();
    for (let i = 1; i <= cuts.length; i++) expect(stdout).toContain(`"id":${i}`);
  });

  it('gives back the memory of a big document once it is closed', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-lspmem-')));
    const file = path.join(dir, 'big.go');
    // 2 MB of declarations: cheap to analyse, but its tree makes the grammar's WebAssembly heap grow (one channel
    // makes the file one that can leak, so it is parsed: a file without one would not be).
    const text = 'package big\n\nfunc f(ch chan int) { ch <- 1 }\n\n' + Array.from({ length: 100_000 }, (_, i) => `var a${i} = ${i}\n`).join('');
    fs.writeFileSync(file, 'package big\n');
    const uri = pathToFileURL(file).href;
    const client = await LspClient.start({ debounceMs: 0, recycleAfterBytes: 1024 * 1024 }, dir);
    try {
      const before = rss(client.pid);
      const published = client.nextDiagnostics(uri, () => true, 30_000);
      await client.open(uri, text);
      await published;
      const peak = rss(client.pid);
      const cleared = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
      await client.close(uri);
      await cleared;
      await new Promise((r) => setTimeout(r, 1000));
      const after = rss(client.pid);
      expect(peak - before).toBeGreaterThan(40);
      // Most of what the document cost is given back.
      expect(after - before).toBeLessThan((peak - before) / 2);
      expect(await client.stop()).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
