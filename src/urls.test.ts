/** One repository URL everywhere (issue 14): package.json, SARIF, the LSP, the config schema, the README. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_SCHEMA_URL, REPOSITORY_URL, ruleDocUrl } from './docs-url';
import { formatSarif } from './formatters/sarif';
import { ruleInfos, rules } from './registry';

const ROOT = path.join(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

describe('repository URL', () => {
  it('package.json names it as repository, bugs and homepage', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('SARIF informationUri and every helpUri are under it, and each helpUri names an existing doc', () => {
    const log = JSON.parse(formatSarif({ toolVersion: '0', findings: [], notifications: [], rules: ruleInfos(rules), filesScanned: 0, packagesScanned: 0 }, { cwd: ROOT, srcRoot: ROOT }));
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe(REPOSITORY_URL);
    for (const r of driver.rules) {
      expect(r.helpUri).toBe(`${REPOSITORY_URL}/blob/main/rules/${r.id}/doc.md`);
      expect(fs.existsSync(path.join(ROOT, 'rules', r.id, 'doc.md'))).toBe(true);
    }
    expect(ruleDocUrl('abandoned-send')).toBe(`${REPOSITORY_URL}/blob/main/rules/abandoned-send/doc.md`);
  });

  it('the config schema $id is the raw JSON file of the repository (loadable by an editor)', () => {
    const schema = JSON.parse(read('schemas/golint-chan-config.schema.json'));
    expect(schema.$id).toBe(CONFIG_SCHEMA_URL);
    expect(CONFIG_SCHEMA_URL).toBe('https://raw.githubusercontent.com/golint-chan/golint-chan/main/schemas/golint-chan-config.schema.json');
  });

  it('the README and action.yml name no other repository', () => {
    for (const f of ['README.md', 'action.yml', '.pre-commit-hooks.yaml'].filter((x) => fs.existsSync(path.join(ROOT, x)))) {
      const text = read(f);
      expect(text).not.toMatch(/OWNER\//);
      const repos = [...text.matchAll(/(?:github\.com|raw\.githubusercontent\.com)\/([\w.-]+\/golint-chan)\b/g)].map((m) => m[1]);
      expect(new Set(repos)).toEqual(new Set(repos.length ? ['golint-chan/golint-chan'] : []));
      for (const m of text.matchAll(/uses: ([\w.-]+)\/golint-chan@/g)) expect(m[1]).toBe('golint-chan');
    }
    expect(read('README.md')).toContain(`$schema=${CONFIG_SCHEMA_URL}`);
  });
});
