/**
 * Drives the built language server (run `tsc` first; `npm test` does) over JSON-RPC as an editor does.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { ruleDocUrl } from '../docs-url';
import type { Finding } from '../types';
import { LspClient } from './client';
import { quickFixes } from './server';

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
    // Closing a sibling re-lints the package (it is read from the disk again), and clears the sibling.
    const siblingCleared = client.nextDiagnostics(siblingUri);
    const getAfterClose = client.nextDiagnostics(getUri);
    await client.close(siblingUri);
    expect((await siblingCleared).diagnostics).toEqual([]);
    expect((await getAfterClose).diagnostics.map((d) => d.code)).toEqual(['abandoned-send']);
  });

  it('clears the diagnostics on close', async () => {
    const cleared = client.nextDiagnostics(getUri);
    await client.close(getUri);
    expect((await cleared).diagnostics).toEqual([]);
    // Nothing republishes for a closed document, even once the debounce has passed.
    await expect(client.nextDiagnostics(getUri, () => true, 500)).rejects.toThrow(/no matching publishDiagnostics/);
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

describe('quickFixes', () => {
  const pos = (line: number, column: number) => ({ line, column, byteColumn: column });
  const finding: Finding = {
    ruleId: 'abandoned-send',
    severity: 'warning',
    message: 'leak',
    file: path.resolve('/src/p/get.go'),
    range: { start: pos(5, 14), end: pos(5, 21) },
    related: [],
    flow: [],
    fix: {
      description: 'Buffer the channel',
      edits: [{ file: path.resolve('/src/p/get.go'), range: { start: pos(4, 20), end: pos(4, 20) }, startIndex: 0, endIndex: 0, text: ', 1' }],
    },
  };
  const uri = pathToFileURL(finding.file).href;

  it('turns a finding fix into a quickfix WorkspaceEdit with 0-based UTF-16 ranges', () => {
    const actions = quickFixes([finding], { start: { line: 4, character: 15 }, end: { line: 4, character: 15 } });
    expect(actions).toEqual([
      {
        title: 'Buffer the channel',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [expect.objectContaining({ code: 'abandoned-send', range: { start: { line: 4, character: 13 }, end: { line: 4, character: 20 } } })],
        edit: { changes: { [uri]: [{ range: { start: { line: 3, character: 19 }, end: { line: 3, character: 19 } }, newText: ', 1' }] } },
      },
    ]);
  });

  it('offers nothing outside the finding or for a finding without a fix', () => {
    expect(quickFixes([finding], { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } })).toEqual([]);
    expect(quickFixes([{ ...finding, fix: undefined }], { start: { line: 4, character: 15 }, end: { line: 4, character: 15 } })).toEqual([]);
  });
});

describe('golint-chan lsp with a configuration file', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-lsp-config-')));
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\nseverity:\n  abandoned-send: error\n');
    client = await LspClient.start({ debounceMs: 50 }, dir);
  });

  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies the severity the config sets, as the CLI does', async () => {
    const uri = pathToFileURL(path.join(dir, 'get.go')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, LEAKY);
    const p = await published;
    expect(p.diagnostics.map((d) => [d.code, d.severity])).toEqual([['abandoned-send', DiagnosticSeverity.Error]]);
    await client.close(uri);
  });

  it('leaves out findings suppressed in the source', async () => {
    const uri = pathToFileURL(path.join(dir, 'quiet.go')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, LEAKY.replace('go func() { ch <- 1 }()', 'go func() { ch <- 1 }() //nolint:abandoned-send // the caller drains it'));
    expect((await published).diagnostics).toEqual([]);
    await client.close(uri);
  });
});

describe('golint-chan lsp with an invalid configuration file', () => {
  let dir: string;
  let client: LspClient;
  let configUri: string;
  let getUri: string;

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'glc-lsp-badconfig-')));
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\nseverity:\n  abandoned-send: loud\n');
    configUri = pathToFileURL(path.join(dir, '.golint-chan.yml')).href;
    getUri = pathToFileURL(path.join(dir, 'get.go')).href;
    client = await LspClient.start({ debounceMs: 50 }, dir);
  });

  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a message and a diagnostic on the config file, at the wrong value', async () => {
    const onConfig = client.nextDiagnostics(configUri);
    await client.open(getUri, LEAKY);
    const p = await onConfig;
    expect(p.diagnostics).toEqual([
      {
        range: { start: { line: 2, character: 18 }, end: { line: 2, character: 19 } },
        severity: DiagnosticSeverity.Error,
        source: 'golint-chan',
        message: expect.stringMatching(/^\/severity\/abandoned-send: must be one of "error", "warning", "note"/),
      },
    ]);
    await waitFor(() => client.shown.length > 0);
    expect(client.shown).toEqual([{ type: 1, message: expect.stringMatching(/^golint-chan: invalid config .*\.golint-chan\.yml:/) }]);
  });

  it('shows a message once, not on every change', async () => {
    const again = client.nextDiagnostics(configUri);
    await client.change(getUri, LEAKY + '\n');
    await again;
    expect(client.shown).toHaveLength(1);
  });

  it('a YAML syntax error is placed at its line', async () => {
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\nseverity: [\n');
    const onConfig = client.nextDiagnostics(configUri);
    await client.save(getUri);
    const p = await onConfig;
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0].range.start.line).toBeGreaterThanOrEqual(1);
    expect(p.diagnostics[0].message).toMatch(/\S/);
  });

  it('clears them once the file is fixed, and lints with it', async () => {
    fs.writeFileSync(path.join(dir, '.golint-chan.yml'), 'version: 1\nseverity:\n  abandoned-send: error\n');
    const cleared = client.nextDiagnostics(configUri);
    const linted = client.nextDiagnostics(getUri);
    await client.save(getUri);
    expect((await cleared).diagnostics).toEqual([]);
    expect((await linted).diagnostics.map((d) => [d.code, d.severity])).toEqual([['abandoned-send', DiagnosticSeverity.Error]]);
  });
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}
