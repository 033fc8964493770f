import { formatCheckstyle } from './checkstyle';
import { formatCodeClimate } from './code-climate';
import { formatGithubActions } from './github-actions';
import { formatJunitXml } from './junit-xml';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatText } from './text';
import type { Formatter } from './options';

export { sourceRoot, type FormatOptions, type Formatter } from './options';
export { formatNotificationLine } from './text';

/** Every output format, by its `--format` name. */
export const formatters = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  'github-actions': formatGithubActions,
  markdown: formatMarkdown,
  'code-climate': formatCodeClimate,
  checkstyle: formatCheckstyle,
  'junit-xml': formatJunitXml,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];
