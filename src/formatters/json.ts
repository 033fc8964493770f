/**
 * The `json` format (`--format json`). Shape, version 1 (fields are only ever added):
 *
 * ```
 * {
 *   "version": 1,
 *   "tool": { "name": "golint-chan", "version": "0.1.0" },
 *   "findings": [{
 *     "ruleId": "abandoned-send", "severity": "warning" | "error" | "note", "message": "…",
 *     "file": "pkg/a.go",                      // relative to the cwd, forward slashes
 *     "line": 5, "column": 15,                 // 1-based; column in UTF-16 code units (LSP, SARIF)
 *     "endLine": 5, "endColumn": 22,           // exclusive end
 *     "byteColumn": 17,                        // 1-based UTF-8 byte column (what Go tools print)
 *     "related": [Location …],                 // secondary places (where the receiver gives up …)
 *     "flow": [Location …],                    // the leak in order: make → go → block → give up
 *     "tags": ["test-failure-path"],           // only when set: the leak happens only where a test fails
 *     "fix": { "description": "…", "edits": [{ "file", "line", "column", "endLine", "endColumn", "text" }] }, // only when fixable
 *     "suppression": { "kind": "inSource" | "external", "justification": "…" }  // only with --include-suppressed
 *   }],
 *   "notifications": [{ "level": "error" | "warning" | "note", "kind": "parse-error", "message": "…",
 *                       "file"?: "pkg/b.go", "line"?: 3, "column"?: 1, "byteColumn"?: 1 }],
 *   "stats": { "files": 12, "packages": 3 }
 * }
 * ```
 * where a Location is `{ "file", "line", "column", "endLine", "endColumn", "byteColumn", "message" }`.
 * Findings are sorted by file, line, column and rule.
 */
import type { Location, Range } from '../types';
import { posixRelative, type Formatter } from './options';

export const JSON_FORMAT_VERSION = 1;

function span(r: Range) {
  return { line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}

export const formatJson: Formatter = (result, { cwd, pathMode }) => {
  const rel = (file: string) => (pathMode === 'abs' ? file : posixRelative(cwd, file));
  const location = (l: Location) => ({ file: rel(l.file), ...span(l.range), byteColumn: l.range.start.byteColumn, message: l.message });
  const doc = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'golint-chan', version: result.toolVersion },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: rel(f.file),
      ...span(f.range),
      byteColumn: f.range.start.byteColumn,
      related: f.related.map(location),
      flow: f.flow.map(location),
      ...(f.tags?.length && { tags: f.tags }),
      ...(f.suppression && { suppression: f.suppression }),
      ...(f.fix && {
        fix: {
          description: f.fix.description,
          edits: f.fix.edits.map((e) => ({ file: rel(e.file), ...span(e.range), text: e.text })),
        },
      }),
    })),
    notifications: result.notifications.map((n) => ({ ...n, ...(n.file !== undefined && { file: rel(n.file) }) })),
    stats: { files: result.filesScanned, packages: result.packagesScanned },
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
