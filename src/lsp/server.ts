/**
 * `golint-chan lsp`: a language server that lints editor buffers as they are typed and saved.
 *
 * A document is linted together with the rest of its package (every `.go` file of its directory, as
 * `discover` finds them), with every open buffer of that directory overlaid on the disk. One lint of a
 * directory publishes diagnostics for all of its open documents, so editing one file refreshes its
 * siblings too. Changes are debounced; open, save and close lint at once. Positions are UTF-16, the
 * LSP default, which is what `Finding` columns already count.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeAction,
  CodeActionKind,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { discover } from '../discover';
import type { FileInput } from '../driver/lint';
import { LintWorker } from '../driver/pool';
import { FramingGuard } from './framing';
import { toolVersion } from '../source/root';
import { ruleDocUrl } from '../docs-url';
import { rules, selectRules } from '../registry';
import { applyConfig, ConfigError, CONFIG_FILES, loadConfig, ruleSelection, type LoadedConfig } from '../config';
import type { Rule } from '../rule';
import type { Finding, Range, Severity } from '../types';

export const SERVER_NAME = 'golint-chan';
export const DEFAULT_DEBOUNCE_MS = 300;

/** What a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  /** Delay between the last didChange and the lint it triggers. */
  debounceMs?: number;
  /** Seconds one package may take (the CLI's --package-timeout). */
  packageTimeout?: number;
  /** Bytes over which a file is skipped (the CLI's --max-file-size). */
  maxFileSize?: number;
  /** Replace the lint worker when a document is closed after it linted a package this big (RECYCLE_AFTER_BYTES). */
  recycleAfterBytes?: number;
}

/**
 * When a document is closed and the lint worker has linted a package this big since it started, the worker is
 * replaced: its WebAssembly heap grew to hold that package's trees and would otherwise stay that big.
 */
export const RECYCLE_AFTER_BYTES = 4 * 1024 * 1024;

/** Notification kinds shown to the user (window/showMessage), not only logged: the package was not fully analysed. */
const SHOWN_KINDS = new Set(['analysis-timeout', 'file-too-large', 'worker-error', 'rule-error']);

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

/** A `Finding` range (1-based lines and UTF-16 columns) as an LSP range (0-based). */
export function toLspRange(r: Range): LspRange {
  return {
    start: { line: r.start.line - 1, character: r.start.column - 1 },
    end: { line: r.end.line - 1, character: r.end.column - 1 },
  };
}

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: toLspRange(f.range),
    severity: SEVERITY[f.severity],
    source: SERVER_NAME,
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    message: f.message,
    relatedInformation: f.related.map((r) => ({
      location: { uri: pathToFileURL(r.file).href, range: toLspRange(r.range) },
      message: r.message,
    })),
  };
}

function overlaps(a: LspRange, b: LspRange): boolean {
  const before = (p: LspRange['start'], q: LspRange['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes for the findings (of one document) whose range meets `range`. */
export function quickFixes(findings: readonly Finding[], range: LspRange): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const f of findings) {
    const diagnostic = toDiagnostic(f);
    if (!f.fix || !overlaps(diagnostic.range, range)) continue;
    const changes: Record<string, LspTextEdit[]> = {};
    for (const e of f.fix.edits) {
      (changes[pathToFileURL(e.file).href] ??= []).push({ range: toLspRange(e.range), newText: e.text });
    }
    actions.push({ title: f.fix.description, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes } });
  }
  return actions;
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? path.normalize(fileURLToPath(uri)) : undefined;
}

/** Run the server, by default over stdin/stdout (whether or not `--stdio` was passed). */
function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A connection over stdin/stdout behind a FramingGuard: on bad framing the client gets a JSON-RPC Parse error
 * (id null) and a line on stderr, and the server exits with code 1 rather than wait forever.
 */
export function stdioConnection(): Connection {
  const guard = new FramingGuard((problem) => {
    const message = `golint-chan lsp: bad message framing: ${problem}; exiting`;
    const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message } });
    process.stderr.write(message + '\n');
    process.stdout.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, () => process.exit(1));
    // If stdout is gone, exit anyway.
    setTimeout(() => process.exit(1), 1000).unref();
  });
  return createConnection(ProposedFeatures.all, process.stdin.pipe(guard), process.stdout);
}

export function startServer(connection: Connection = stdioConnection()): void {
  const documents = new TextDocuments(TextDocument);
  /** The latest findings of each open document, for code actions. */
  const findingsByUri = new Map<string, Finding[]>();
  /** Pending lint of each directory, and whether it is an immediate one. */
  const timers = new Map<string, { timer: NodeJS.Timeout; immediate: boolean }>();
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let packageTimeoutMs: number | undefined;
  let maxFileBytes: number | undefined;
  let recycleAfterBytes = RECYCLE_AFTER_BYTES;
  // Packages are linted in a worker thread, under the same time budget as the CLI (see LintWorker).
  const linter = new LintWorker();
  linter.warm();
  /** Config files that have diagnostics now, and the messages already shown (once each, not on every keystroke). */
  const badConfigs = new Set<string>();
  const shown = new Set<string>();

  /** An invalid config: a message window once, and diagnostics on the config file where the problems are. */
  function reportConfig(e: Error): void {
    connection.console.error(`golint-chan: ${e.message}`);
    if (!shown.has(e.message)) {
      shown.add(e.message);
      // The window/showMessage notification (showErrorMessage would be a request waiting for an answer).
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `golint-chan: ${e.message.split('\n')[0]} (see its diagnostics)` });
    }
    if (!(e instanceof ConfigError) || e.file === undefined) return;
    badConfigs.add(e.file);
    const diagnostics = e.problems.map((p) => {
      const start = { line: Math.max(0, (p.line ?? 1) - 1), character: Math.max(0, (p.column ?? 1) - 1) };
      return { range: { start, end: { line: start.line, character: start.character + 1 } }, severity: DiagnosticSeverity.Error, source: SERVER_NAME, message: p.message };
    });
    void connection.sendDiagnostics({ uri: pathToFileURL(e.file).href, diagnostics });
  }

  /** A config that loads (or none): clear what reportConfig published for it, and for configs since removed. */
  function configOk(file: string | undefined): void {
    for (const f of [...badConfigs]) {
      if (f !== file && fs.existsSync(f)) continue;
      badConfigs.delete(f);
      void connection.sendDiagnostics({ uri: pathToFileURL(f).href, diagnostics: [] });
    }
    if (!badConfigs.size) shown.clear();
  }

  const openDocumentsIn = (dir: string): { doc: TextDocument; file: string }[] =>
    documents.all().flatMap((doc) => {
      const file = filePath(doc.uri);
      return file !== undefined && path.dirname(file) === dir ? [{ doc, file }] : [];
    });

  async function lintDirectory(dir: string): Promise<void> {
    const open = openDocumentsIn(dir);
    if (open.length === 0) return;
    const overlay = new Map(open.map(({ doc, file }) => [file, doc.getText()]));
    let onDisk: string[] = [];
    try {
      onDisk = (await discover([dir], dir)).packages.flatMap((p) => p.files.map((f) => f.path));
    } catch (e) {
      // The directory is gone or unreadable: lint the open buffers alone.
      connection.console.warn(`golint-chan: cannot list ${dir}: ${(e as Error).message}`);
    }
    // Files only on disk go by their build constraints, as the CLI's; an open buffer is linted whatever its platform.
    const files: FileInput[] = [...new Set([...onDisk, ...overlay.keys()])].sort().map((p) => (overlay.has(p) ? { path: p, text: overlay.get(p) } : { path: p, constrained: true }));
    // The same configuration as the CLI: the nearest .golint-chan.yml/.yaml/.json above the package.
    let config: LoadedConfig;
    let active: readonly Rule[];
    try {
      config = loadConfig({ cwd: dir }, rules.map((r) => r.meta.id));
      const selection = ruleSelection(config.config, [], []);
      active = selectRules(rules, selection.enable, selection.disable);
    } catch (e) {
      reportConfig(e as Error);
      return;
    }
    configOk(config.file);
    const result = await linter.lint({ dir, files }, { rules: active, packageTimeoutMs, maxFileBytes, freshModules: true });
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const readText = (file: string) => texts.get(file) ?? readIfExists(file);
    const findings = applyConfig(result.findings, config, { readText, cwd: dir }).filter((f) => !f.suppression);
    for (const n of result.notifications) {
      // Syntax errors are the compiler's (and gopls's) to show; anything else is worth a log line.
      if (n.kind === 'parse-error') continue;
      const line = `golint-chan: ${n.level}: ${n.file ?? ''}: ${n.message}`;
      connection.console.log(line);
      // A notification (window/showMessage), not a request: no answer is awaited.
      if (SHOWN_KINDS.has(n.kind)) void connection.sendNotification(ShowMessageNotification.type, { type: n.level === 'error' ? MessageType.Error : MessageType.Warning, message: line });
    }
    // Documents may have been closed or changed while the package was linted: publish for those still open.
    for (const { doc, file } of openDocumentsIn(dir)) {
      const own = findings.filter((f) => f.file === file);
      findingsByUri.set(doc.uri, own);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: own.map(toDiagnostic) });
    }
  }

  /**
   * Lint `dir` after `delay` ms. A later change postpones a pending debounced lint; nothing postpones a
   * pending immediate one (it reads the buffers when it runs, so it sees the change anyway).
   */
  function schedule(dir: string, delay: number): void {
    const pending = timers.get(dir);
    if (pending?.immediate) return;
    clearTimeout(pending?.timer);
    const timer = setTimeout(() => {
      timers.delete(dir);
      lintDirectory(dir).catch((e: unknown) =>
        connection.console.error(`golint-chan: linting ${dir} failed: ${(e as Error)?.stack ?? String(e)}`),
      );
    }, delay);
    timers.set(dir, { timer, immediate: delay === 0 });
  }

  const scheduleFor = (uri: string, delay: number) => {
    const file = filePath(uri);
    if (file !== undefined) schedule(path.dirname(file), delay);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof opts.debounceMs === 'number' && opts.debounceMs >= 0) debounceMs = opts.debounceMs;
    if (typeof opts.packageTimeout === 'number' && opts.packageTimeout > 0) packageTimeoutMs = Math.round(opts.packageTimeout * 1000);
    if (typeof opts.maxFileSize === 'number' && opts.maxFileSize >= 0) maxFileBytes = opts.maxFileSize;
    if (typeof opts.recycleAfterBytes === 'number' && opts.recycleAfterBytes >= 0) recycleAfterBytes = opts.recycleAfterBytes;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: SERVER_NAME, version: toolVersion() },
    };
  });
  let watchFiles = false;
  connection.onInitialized(() => {
    // Files of a package that are not open (a git checkout, a generator) change the package too.
    if (watchFiles) {
      const watchers = [{ globPattern: '**/*.go' }, ...CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` }))];
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
  });
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const file = filePath(change.uri);
      // A config file applies to every package below it: lint the open ones again.
      if (file !== undefined && (CONFIG_FILES as readonly string[]).includes(path.basename(file))) {
        for (const doc of documents.all()) scheduleFor(doc.uri, 0);
      } else scheduleFor(change.uri, 0);
    }
  });

  documents.onDidOpen((e) => scheduleFor(e.document.uri, 0));
  documents.onDidChangeContent((e) => scheduleFor(e.document.uri, debounceMs));
  documents.onDidSave((e) => scheduleFor(e.document.uri, 0));
  documents.onDidClose((e) => {
    findingsByUri.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // A big document made the worker's heap grow: give that memory back (TextDocuments already dropped the text).
    if (linter.peakInputBytes > recycleAfterBytes) void linter.recycle();
    // The siblings now see this file as it is on disk.
    scheduleFor(e.document.uri, 0);
  });

  connection.onCodeAction((params) => quickFixes(findingsByUri.get(params.textDocument.uri) ?? [], params.range));

  documents.listen(connection);
  connection.listen();
}
