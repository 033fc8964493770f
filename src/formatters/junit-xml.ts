/**
 * The `junit-xml` format, for CI systems that show test reports (Jenkins `junit`, GitLab
 * `artifacts: reports: junit`, Azure Pipelines): one `<testsuite>` per package directory, one failing
 * `<testcase>` per finding, as golangci-lint's junit-xml does:
 *
 *     <testsuites name="golint-chan" tests="1" failures="1" errors="0">
 *       <testsuite name="svc" tests="1" failures="1" errors="0">
 *         <testcase name="abandoned-send: svc/a.go:7:14" classname="svc/a.go">
 *           <failure message="svc/a.go:7:14: goroutine may block …" type="warning">…rule, file, line, related…</failure>
 *         </testcase>
 *       </testsuite>
 *     </testsuites>
 *
 * Paths are relative to the repository root (`--path-mode=abs`: absolute), columns in UTF-16 code units. A run
 * without findings has one passing test case (in a `golint-chan` suite), because Jenkins and GitLab treat a report without any test case as an error. Suppressed findings are left out.
 */
import * as path from 'path';
import { posixRelative, type Formatter } from './options';
import { xmlAttr, xmlText } from './xml';
import type { Finding } from '../types';

export const formatJunitXml: Formatter = (result, opts) => {
  const rel = (file: string) => (opts.pathMode === 'abs' ? file : posixRelative(opts.srcRoot, file));
  const shown = result.findings.filter((f) => !f.suppression);
  const suites = new Map<string, Finding[]>();
  for (const f of shown) {
    const dir = opts.pathMode === 'abs' ? path.dirname(f.file) : posixRelative(opts.srcRoot, path.dirname(f.file));
    suites.set(dir, [...(suites.get(dir) ?? []), f]);
  }
  const where = (f: Finding) => `${rel(f.file)}:${f.range.start.line}:${f.range.start.column}`;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites name="golint-chan" tests="${Math.max(1, shown.length)}" failures="${shown.length}" errors="0">\n`;
  if (!shown.length) {
    out += `  <testsuite name="golint-chan" tests="1" failures="0" errors="0">\n`;
    out += `    <testcase name="golint-chan: ${result.packagesScanned} packages, no goroutine can be shown to block forever" classname="golint-chan"/>\n`;
    out += '  </testsuite>\n';
  }
  for (const dir of [...suites.keys()].sort()) {
    const fs = suites.get(dir)!;
    out += `  <testsuite name="${xmlAttr(dir)}" tests="${fs.length}" failures="${fs.length}" errors="0">\n`;
    for (const f of fs) {
      const details = [
        `${f.severity}: ${f.message}`,
        `Rule: ${f.ruleId}`,
        `File: ${rel(f.file)}`,
        `Line: ${f.range.start.line}`,
        `Column: ${f.range.start.column}`,
        ...f.related.map((r) => `Related: ${rel(r.file)}:${r.range.start.line}:${r.range.start.column}: ${r.message}`),
      ].join('\n');
      out += `    <testcase name="${xmlAttr(`${f.ruleId}: ${where(f)}`)}" classname="${xmlAttr(rel(f.file))}">\n`;
      // The message attribute is one line: some readers (fast-xml-parser) leave &#10; undecoded.
      out += `      <failure message="${xmlAttr(`${where(f)}: ${f.message}`.replace(/\s*[\r\n]+\s*/g, ' '))}" type="${f.severity}">${xmlText(details)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return out + '</testsuites>\n';
};
