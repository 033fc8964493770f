/**
 * Drives the built language server (run `tsc` first; `npm test` does) over JSON-RPC as an editor does.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { ruleDocUrl } from '../docs-url';
import { LspClient } from './client';

const LEAKY = `package p
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
const FIXED = LEAKY.replace('make(chan int)', 'make(chan int, 1)');

describe('golint-chan lsp', () => {
  let dir: string;
  let client: LspClient;
  let getUri: string;

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-lsp-')));
    const file = path.join(dir, 'get.go');
    fs.writeFileSync(file, LEAKY);
    getUri = pathToFileURL(file).href;
    client = await LspClient.start({ debounceMs: 50 }, dir);
  });

  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('advertises incremental sync, save and quick fixes', () => {
    const caps = client.initializeResult!.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
    expect(caps.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
  });

  it('reports the abandoned send on open, with its related location', async () => {
    const published = client.nextDiagnostics(getUri);
    await client.open(getUri, LEAKY);
    const p = await published;
    expect(p.version).toBe(1);
    expect(p.diagnostics).toHaveLength(1);
    const [d] = p.diagnostics;
    expect(d).toMatchObject({
      source: 'golint-chan',
      code: 'abandoned-send',
      severity: DiagnosticSeverity.Warning,
      codeDescription: { href: ruleDocUrl('abandoned-send') },
    });
    expect(d.range.start.line).toBe(4);
    expect(d.range.end.line).toBe(4);
    const line = LEAKY.split('\n')[4];
    expect(line.slice(d.range.start.character, d.range.end.character)).toBe('ch <- 1');
    expect(d.relatedInformation?.some((r) => r.location.uri === getUri && r.location.range.start.line === 8)).toBe(true);
  });

  it('offers only the quick fixes the findings carry, in the requested range', async () => {
    const p = await (async () => {
      const published = client.nextDiagnostics(getUri);
      await client.save(getUri);
      return published;
    })();
    const [d] = p.diagnostics;
    const actions = (await client.codeActions(getUri, d.range, p.diagnostics)) ?? [];
    for (const a of actions) {
      expect(a.kind).toBe('quickfix');
      expect(a.diagnostics?.[0]).toMatchObject({ code: 'abandoned-send', range: d.range });
      expect(Object.keys(a.edit?.changes ?? {})).toEqual([getUri]);
    }
    const elsewhere = await client.codeActions(getUri, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []);
    expect(elsewhere).toEqual([]);
  });

  it('lints the unsaved buffer after the debounce: a buffered channel clears the finding', async () => {
    const cleared = client.nextDiagnostics(getUri, (p) => p.diagnostics.length === 0);
    const version = await client.change(getUri, FIXED);
    expect((await cleared).version).toBe(version);
    // Back to the leaky text, half typed: what still parses is analysed.
    const broken = LEAKY.replace('return 0\n\t}\n}\n', 'return 0\n\t}\n');
    const again = client.nextDiagnostics(getUri, (p) => p.diagnostics.length > 0);
    const v2 = await client.change(getUri, broken);
    const p = await again;
    expect(p.version).toBe(v2);
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['abandoned-send', 4]]);
  });

  it('re-lints the open siblings of a package when one of them changes', async () => {
    const siblingFile = path.join(dir, 'other.go');
    fs.writeFileSync(siblingFile, 'package p\n');
    const siblingUri = pathToFileURL(siblingFile).href;
    const getRepublished = client.nextDiagnostics(getUri);
    const siblingPublished = client.nextDiagnostics(siblingUri);
    await client.open(siblingUri, 'package p\n\nfunc Other() {}\n');
    expect((await siblingPublished).diagnostics).toEqual([]);
    expect((await getRepublished).diagnostics.map((d) => d.code)).toEqual(['abandoned-send']);
    await client.close(siblingUri);
  });

  it('clears the diagnostics on close', async () => {
    const cleared = client.nextDiagnostics(getUri);
    await client.close(getUri);
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('lints a buffer whose directory does not exist on its own, and logs why', async () => {
    const ghost = pathToFileURL(path.join(dir, 'gone', 'x.go')).href;
    const published = client.nextDiagnostics(ghost);
    await client.open(ghost, LEAKY);
    expect((await published).diagnostics.map((d) => d.code)).toEqual(['abandoned-send']);
    await client.close(ghost);
    expect(client.logs.some((l) => l.includes('cannot list'))).toBe(true);
  });
});
