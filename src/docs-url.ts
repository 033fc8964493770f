/**
 * The project's one repository URL, and the URLs built from it: SARIF `informationUri` and `helpUri`,
 * the LSP `codeDescription.href`, the config schema's `$id`. package.json (`repository`, `bugs`,
 * `homepage`), the schema and the README must name the same repository: `src/urls.test.ts` checks it.
 */
export const REPOSITORY_URL = 'https://github.com/golint-chan/golint-chan';

/** Web pages of files on the default branch (rule docs). */
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/`;

/** Raw files on the default branch, for machines (an editor loading the config schema). */
export const RAW_BASE_URL = REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/') + '/main/';

/** The `$id` of schemas/golint-chan-config.schema.json: raw JSON an editor can load. */
export const CONFIG_SCHEMA_URL = `${RAW_BASE_URL}schemas/golint-chan-config.schema.json`;

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}rules/${encodeURIComponent(ruleId)}/doc.md`;
}
