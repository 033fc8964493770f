/**
 * The layers depend one way: source (files, parsing) → analysis (the channel model) → rules → driver (lint, pool,
 * cache) → CLI and language server. A module may import its own layer and the ones below it, never one above.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const ORDER = ['source', 'analysis', 'rules', 'driver', 'top'] as const;
type Layer = (typeof ORDER)[number];

function layerOf(file: string): Layer | undefined {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('src/source/')) return 'source';
  if (rel.startsWith('src/analysis/')) return 'analysis';
  if (rel.startsWith('rules/')) return 'rules';
  if (rel.startsWith('src/driver/')) return 'driver';
  if (rel === 'src/cli.ts' || rel.startsWith('src/lsp/')) return 'top';
  return undefined; // shared helpers (types, rule interface, formatters …) are not placed
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

test('no module imports from a layer above its own', () => {
  const wrong: string[] = [];
  for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'rules'))]) {
    const from = layerOf(file);
    if (!from) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)) {
      const target = layerOf(path.resolve(path.dirname(file), m[1]) + '.ts');
      if (target && ORDER.indexOf(target) > ORDER.indexOf(from)) wrong.push(`${path.relative(ROOT, file)} (${from}) imports ${m[1]} (${target})`);
    }
  }
  expect(wrong).toEqual([]);
});
