/**
 * Invariants that keep every rule uniform: registry = rules/ directories, naming, summaries, doc.md sections,
 * doc examples that behave as documented, message templates that are used, and a README rule table that is fresh.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rules, ruleDocs, ruleInfos } from './registry';
import { lintPackages } from './driver/lint';
import { packageRoot } from './source/root';
import { ruleMarkdownTable } from './cli';

const ROOT = packageRoot();
const SECTIONS = ['What it does', 'Why is this bad?', 'Example', 'Use instead', 'Known limitations', 'References'];

function goBlock(section: string | undefined): string {
  const m = /```go\n([\s\S]*?)```/.exec(section ?? '');
  if (!m) throw new Error('section has no ```go block');
  return m[1];
}

async function lintSnippet(source: string, ruleIds?: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-doc-'));
  const file = path.join(dir, 'example.go');
  fs.writeFileSync(file, source);
  const selected = ruleIds ? rules.filter((r) => ruleIds.includes(r.meta.id)) : rules;
  try {
    return await lintPackages([{ dir, files: [{ path: file }] }], { rules: selected });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('rule registry', () => {
  it('lists every rules/<id>/ directory once, sorted by id', () => {
    const dirs = fs
      .readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual(dirs);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const docs = ruleDocs(id);

  it('has a kebab-case id and the PascalCase name of it', () => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(rule.meta.name).toBe(id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()));
  });

  it('has a one-line summary: lowercase start, no trailing period, at most 72 characters', () => {
    expect(rule.meta.summary).toMatch(/^[a-z]/);
    expect(rule.meta.summary).not.toMatch(/\.$/);
    expect(rule.meta.summary.length).toBeLessThanOrEqual(72);
  });

  it('has a doc.md with the required sections in order', () => {
    expect(docs.markdown.startsWith(`# ${id}\n`)).toBe(true);
    expect(Object.keys(docs.sections)).toEqual(SECTIONS);
    expect(docs.whatItDoes.length).toBeGreaterThan(20);
  });

  it('reports the doc example', async () => {
    const out = await lintSnippet(goBlock(docs.sections['Example']), [id]);
    expect(out.notifications.filter((n) => n.kind === 'parse-error')).toEqual([]);
    expect(out.findings.map((f) => f.ruleId)).toContain(id);
  });

  it('reports nothing for the doc fix, with every rule on', async () => {
    const out = await lintSnippet(goBlock(docs.sections['Use instead']));
    expect(out.notifications.filter((n) => n.kind === 'parse-error')).toEqual([]);
    expect(out.findings.map((f) => `${f.range.start.line}: ${f.message} (${f.ruleId})`)).toEqual([]);
  });

  it('uses every message template it declares', () => {
    const sources = [path.join(ROOT, 'rules', id, 'index.ts'), path.join(ROOT, 'src/analysis/describe.ts')].map((f) => fs.readFileSync(f, 'utf8'));
    for (const key of Object.keys(rule.meta.messages)) {
      expect(sources.some((s) => s.includes(`'${key}'`))).toBe(true);
    }
  });
});

describe('README', () => {
  it('has a fresh rule table (regenerate with: node bin/golint-chan rules --markdown)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- rules:begin -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(ruleMarkdownTable(ruleInfos()));
  });
});
