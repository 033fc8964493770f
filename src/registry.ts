import * as fs from 'fs';
import type { Rule } from './rule';
import type { RuleDocs, RuleInfo } from './types';
import { assetPath } from './source/root';
import { rules } from '../rules';
import { UsageError } from './discover';

export { rules };

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

/** Split doc.md into its `## ` sections. */
export function parseRuleDoc(markdown: string, path: string): RuleDocs {
  const sections: Record<string, string> = {};
  let current: string | undefined;
  let buf: string[] = [];
  const flush = () => {
    if (current !== undefined) sections[current] = buf.join('\n').trim();
  };
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^## (.+?)\s*$/.exec(line);
    if (m) {
      flush();
      current = m[1];
      buf = [];
    } else if (current !== undefined) buf.push(line);
  }
  flush();
  const what = (sections['What it does'] ?? '').split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ').trim();
  return { markdown, whatItDoes: what, sections, path };
}

const docCache = new Map<string, RuleDocs>();

export function ruleDocs(id: string): RuleDocs {
  let d = docCache.get(id);
  if (!d) {
    const rel = `rules/${id}/doc.md`;
    d = parseRuleDoc(fs.readFileSync(assetPath(rel), 'utf8'), rel);
    docCache.set(id, d);
  }
  return d;
}

export function ruleInfo(rule: Rule): RuleInfo {
  return { ...rule.meta, docs: ruleDocs(rule.meta.id) };
}

export function ruleInfos(list: readonly Rule[] = rules): RuleInfo[] {
  return list.map(ruleInfo);
}

/** All available rules, plus `enable`, minus `disable` (command line and config). Unknown ids are a usage error. */
export function selectRules(available: readonly Rule[], enable: readonly string[], disable: readonly string[]): Rule[] {
  for (const id of [...enable, ...disable]) {
    if (!available.some((r) => r.meta.id === id)) {
      throw new UsageError(`unknown rule "${id}" (known: ${available.map((r) => r.meta.id).join(', ')})`);
    }
  }
  return available.filter((r) => !disable.includes(r.meta.id));
}
