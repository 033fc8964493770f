/**
 * The `checkstyle` format, as golangci-lint and ESLint write it, for Jenkins (warnings-ng "Checkstyle"),
 * danger and reviewdog:
 *
 *     <?xml version="1.0" encoding="UTF-8"?>
 *     <checkstyle version="4.3">
 *       <file name="svc/a.go">
 *         <error line="7" column="14" severity="warning" message="goroutine may block …" source="golint-chan.abandoned-send"/>
 *       </file>
 *     </checkstyle>
 *
 * One `<file>` per file (sorted by path), one `<error>` per finding in report order. Paths are relative to the
 * repository root (`--path-mode=abs`: absolute); `column` counts characters (UTF-16 code units, 1-based);
 * severity error/warning/info (a note is `info`). The related locations (where the partner gives up) follow
 * the message on their own lines. Version 4.3 is the one ESLint writes and the consumers test against.
 */
import { posixRelative, type Formatter } from './options';
import { xmlAttr } from './xml';
import type { Finding, Severity } from '../types';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'info' };

export const formatCheckstyle: Formatter = (result, opts) => {
  const rel = (file: string) => (opts.pathMode === 'abs' ? file : posixRelative(opts.srcRoot, file));
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings.filter((x) => !x.suppression)) {
    const name = rel(f.file);
    byFile.set(name, [...(byFile.get(name) ?? []), f]);
  }
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
  for (const name of [...byFile.keys()].sort()) {
    out += `  <file name="${xmlAttr(name)}">\n`;
    for (const f of byFile.get(name)!) {
      const message = f.message + f.related.map((r) => `\n${rel(r.file)}:${r.range.start.line}:${r.range.start.column}: ${r.message}`).join('');
      out += `    <error line="${f.range.start.line}" column="${f.range.start.column}" severity="${SEVERITY[f.severity]}" message="${xmlAttr(message)}" source="golint-chan.${xmlAttr(f.ruleId)}"/>\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>\n';
};
