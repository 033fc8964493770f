import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import { initParser, parseGo } from '../source/parser';
import { generateTree } from './gen-tree';

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fg.sync('**/*', { cwd: dir }).sort()) out[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  return out;
}

describe('generateTree', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-tree-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes exactly the requested number of files, the same bytes for the same seed', () => {
    const a = generateTree(path.join(tmp, 'a'), { files: 60, seed: 5 });
    const b = generateTree(path.join(tmp, 'b'), { files: 60, seed: 5 });
    const c = generateTree(path.join(tmp, 'c'), { files: 60, seed: 6 });
    const ta = readTree(path.join(tmp, 'a'));
    expect(Object.keys(ta).filter((f) => f.endsWith('.go'))).toHaveLength(60);
    expect(a).toEqual(b);
    expect(readTree(path.join(tmp, 'b'))).toEqual(ta);
    expect(readTree(path.join(tmp, 'c'))).not.toEqual(ta);
    expect(a.packages).toBeGreaterThan(3);
    expect(a.leaks).toBeGreaterThan(0);
    expect(a.bytes).toBe(Object.entries(ta).filter(([f]) => f.endsWith('.go')).reduce((n, [, t]) => n + Buffer.byteLength(t), 0));
  });

  it('writes Go that parses without syntax errors, with the constructs the analyzer cares about', async () => {
    generateTree(tmp, { files: 40, seed: 9 });
    await initParser();
    const all: string[] = [];
    for (const f of fg.sync('**/*.go', { cwd: tmp })) {
      const text = fs.readFileSync(path.join(tmp, f), 'utf8');
      const tree = parseGo(text);
      expect({ file: f, hasError: tree.rootNode.hasError }).toEqual({ file: f, hasError: false });
      tree.delete();
      all.push(text);
    }
    const joined = all.join('\n');
    for (const construct of ['go func()', 'select {', 'switch ', 'for ', 'if ', 'make(chan int)', 'type ', 'func (s *', '/*']) {
      expect(joined).toContain(construct);
    }
  });
});
