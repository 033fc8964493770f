/**
 * Public types shared by the engine, the rules and the formatters.
 *
 * Positions: `line` is 1-based; `column` is 1-based in UTF-16 code units (what SARIF's
 * `utf16CodeUnits` and LSP expect); `byteColumn` is the 1-based UTF-8 byte column that Go tools
 * print (`go vet`, staticcheck). Ends are exclusive, as in SARIF and tree-sitter.
 */
export type Severity = 'error' | 'warning' | 'note';

/**
 * The tag of findings that happen only on a path where a test fails: the test's goroutine ends (t.Fatal,
 * require.NoError …) or returns after reporting a failure, and strands its partner for the rest of the test binary.
 */
export const TEST_FAILURE_TAG = 'test-failure-path';

/**
 * The tag of timer-leak findings about a timer left pending until it fires (a `time.After` or `time.NewTimer` per
 * iteration of a loop, before Go 1.23): memory held for the timer's duration, not a goroutine blocked forever. Left
 * out unless the configuration sets `pending-timers: true`.
 */
export const PENDING_TIMER_TAG = 'pending-timer';

/**
 * The tag of abandoned-send findings whose send blocks only when a caller sends after, or while, the value's serving
 * loop stops (the send runs in its callers' goroutines, the loop in a goroutine of its own): whether callers do so is
 * what the package cannot show. Left out unless the configuration sets `after-shutdown: true`.
 */
export const AFTER_SHUTDOWN_TAG = 'after-shutdown';

/**
 * The tag of timer-leak findings about a background ticker loop, or a ticker that paces one, started by code outside
 * tests that the module does not show to run more than once in a process: if it runs once, the loop is the process's
 * own and leaks nothing. Left out unless the configuration sets `may-run-once: true`.
 */
export const MAY_RUN_ONCE_TAG = 'may-run-once';
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

export interface Position {
  line: number;
  column: number;
  byteColumn: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A place in a file, with what happens there (used for related locations and leak paths). */
export interface Location {
  /** Absolute, normalised file path. Formatters make it relative. */
  file: string;
  range: Range;
  message: string;
}

export interface TextEdit {
  file: string;
  range: Range;
  /** UTF-16 offsets into the file text (what the engine applies). */
  startIndex: number;
  endIndex: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  /** Where the partner gives up, where the goroutine starts, where the channel is made … */
  related: Location[];
  /** The leak told as a story, in order: make → go → block → give up (SARIF codeFlows). */
  flow: Location[];
  fix?: Fix;
  /**
   * Tags of this finding (not of its rule): `test-failure-path` when the leak happens only on a path where a
   * test fails (t.Fatal, require.NoError, t.Error + return …); SARIF result `properties.tags`.
   */
  tags?: string[];
  /**
   * Set when a directive in the source (`//nolint`, `//golintchan:ignore`: kind inSource) or the config
   * file (exclusions, generated files: kind external) suppresses the finding. Suppressed findings are
   * dropped unless `--include-suppressed` (SARIF `suppressions[]`).
   */
  suppression?: Suppression;
}

export interface Suppression {
  kind: 'inSource' | 'external';
  /** The reason written after the directive, or which exclusion matched. */
  justification: string;
}

export type NotificationLevel = 'error' | 'warning' | 'note';

/** Something about the run rather than the code: a parse error, an unreadable file, a rule crash. */
export interface Notification {
  level: NotificationLevel;
  /** Stable short id: parse-error, read-error, file-too-large, rule-error, analysis-limit … */
  kind: string;
  message: string;
  file?: string;
  line?: number;
  /** 1-based UTF-16 column (SARIF, JSON, LSP). */
  column?: number;
  /** 1-based UTF-8 byte column, for Go-style text output. */
  byteColumn?: number;
}

export interface RuleMeta<M extends string = string> {
  /** kebab-case id naming the hazard; equals the directory name under rules/. Stable once released. */
  readonly id: string;
  /** PascalCase; SARIF reportingDescriptor.name. */
  readonly name: string;
  /** One line, lowercase start, no trailing period. */
  readonly summary: string;
  readonly severity: Severity;
  readonly precision: Precision;
  readonly tags: readonly string[];
  readonly since: string;
  /** messageId → template with {{placeholders}}. */
  readonly messages: Readonly<Record<M, string>>;
  readonly fixable?: boolean;
}

/** A rule's metadata together with its parsed doc.md. */
export interface RuleInfo extends RuleMeta {
  docs: RuleDocs;
}

export interface RuleDocs {
  /** The whole doc.md. */
  markdown: string;
  /** The "What it does" section as one paragraph of plain text. */
  whatItDoes: string;
  /** Section title → body markdown. */
  sections: Record<string, string>;
  /** Path of doc.md relative to the package root (rules/<id>/doc.md). */
  path: string;
}

export interface RunResult {
  toolVersion: string;
  findings: Finding[];
  notifications: Notification[];
  rules: RuleInfo[];
  /** Number of Go files read. */
  filesScanned: number;
  /** Number of packages (directories) analysed. */
  packagesScanned: number;
}
