/**
 * Where a rule's documentation lives on the web: the one place that builds the URL, for the LSP
 * `codeDescription.href` and SARIF `helpUri`. The page is `rules/<id>/doc.md` of the repository
 * (the same file `ruleDocs(id).path` names).
 */
export const DOCS_BASE_URL = 'https://github.com/golint-chan/golint-chan/blob/main/';

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}rules/${encodeURIComponent(ruleId)}/doc.md`;
}
