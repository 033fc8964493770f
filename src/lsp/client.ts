/**
 * A scripted editor for the language server, used by its test and its benchmark: it spawns the built
 * server as editors do (`golint-chan lsp --stdio`; run `tsc` first) and speaks JSON-RPC to it over stdio.
 */
import { spawn, type ChildProcess } from 'child_process';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams, Range } from 'vscode-languageserver/node';
import { assetPath } from '../source/root';
import type { InitializationOptions } from './server';

/** The command editors run. */
export const SERVER_COMMAND = [assetPath('bin/golint-chan'), 'lsp', '--stdio'];

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  /** Log messages the server sent (window/logMessage). */
  readonly logs: string[] = [];
  /** Messages the server showed the user (window/showMessage). */
  readonly shown: { type: number; message: string }[] = [];
  initializeResult: InitializeResult | undefined;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly conn: MessageConnection,
  ) {
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const hit = this.waiters.filter((w) => w.uri === p.uri && w.accept(p));
      this.waiters = this.waiters.filter((w) => !hit.includes(w));
      for (const w of hit) w.resolve(p);
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => this.shown.push(p));
  }

  /** Spawn the server and complete the initialize / initialized handshake. */
  static async start(options: InitializationOptions = {}, rootDir?: string): Promise<LspClient> {
    const child = spawn(process.execPath, SERVER_COMMAND, { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, conn);
    conn.listen();
    client.initializeResult = await conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: rootDir === undefined ? null : pathToFileURL(rootDir).href,
      capabilities: {},
      initializationOptions: options,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  /**
   * The next publishDiagnostics for `uri` that `accept` takes. Call it before sending the event
   * that causes the publication, then await it.
   */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Current version of an open document. */
  version(uri: string): number {
    const v = this.versions.get(uri);
    if (v === undefined) throw new Error(`${uri} is not open`);
    return v;
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'go', version: 1, text } });
  }

  /** Replace the whole buffer; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  /** The server's process id (to read its memory). */
  get pid(): number {
    return this.child.pid!;
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await exited;
    this.conn.dispose();
    return code;
  }
}
