/**
 * The `code-climate` format: GitLab Code Quality (`artifacts: reports: codequality`), a JSON array of Code
 * Climate issues (https://docs.gitlab.com/ci/testing/code_quality/, the Code Climate analyzer spec):
 *
 *     [{ "type": "issue", "check_name": "golint-chan/abandoned-send", "description": "goroutine may block …",
 *        "content": { "body": "…related locations…" }, "categories": ["Bug Risk"],
 *        "severity": "major", "fingerprint": "3f…", "location": { "path": "svc/a.go", "lines": { "begin": 7, "end": 7 } } }]
 *
 * Paths are relative to the repository root (GitLab matches them against the merge request's diff).
 * Severity: error → critical, warning → major, note → info. The fingerprint is how GitLab tells a new issue
 * from an old one, so it must not change when lines move: it hashes the rule, the path, the trimmed source
 * line and the occurrence among identical lines (the same key as a baseline entry, `baselineEntries`), never
 * the line number. Suppressed findings are left out; notifications are not issues. Each issue is typed with
 * the published Code Climate types (`codeclimate-types`, a dev dependency: types only).
 */
import type { Issue } from 'codeclimate-types';
import type { Severity } from '../types';
import { baselineEntries, repoPath } from '../baseline';
import { sha256 } from '../driver/cache';
import { readTextFromDisk, type Formatter } from './options';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'info'> = { error: 'critical', warning: 'major', note: 'info' };

export const formatCodeClimate: Formatter = (result, opts) => {
  const shown = result.findings.filter((f) => !f.suppression);
  const keys = baselineEntries(shown, opts.srcRoot, opts.readText ?? readTextFromDisk);
  const issues = shown.map((f, i): Issue => {
    const k = keys[i];
    const related = f.related.map((r) => `- ${repoPath(opts.srcRoot, r.file)}:${r.range.start.line}: ${r.message}`);
    return {
      type: 'issue',
      check_name: `golint-chan/${f.ruleId}`,
      description: f.message.replace(/\s*\n\s*/g, ' '),
      ...(related.length && { content: { body: related.join('\n') } }),
      categories: ['Bug Risk'],
      severity: SEVERITY[f.severity],
      fingerprint: sha256(JSON.stringify([k.ruleId, k.file, k.lineHash, k.occurrence])).slice(0, 32),
      location: { path: k.file, lines: { begin: f.range.start.line, end: f.range.end.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
