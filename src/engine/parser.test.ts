import { createHash } from 'crypto';
import * as fs from 'fs';
import { assetPath } from './root';
import { GRAMMAR_FILE, goLanguage, initParser, parseGo } from './parser';

describe('grammar', () => {
  it('matches the sha256 recorded in grammars/PROVENANCE.md', () => {
    const provenance = fs.readFileSync(assetPath('grammars/PROVENANCE.md'), 'utf8');
    const recorded = /sha256 \| `([0-9a-f]{64})`/.exec(provenance)?.[1];
    const actual = createHash('sha256').update(fs.readFileSync(assetPath(GRAMMAR_FILE))).digest('hex');
    expect(actual).toBe(recorded);
  });

  it('parses the node and field names the analysis relies on', async () => {
    await initParser();
    expect(goLanguage().abiVersion).toBeGreaterThanOrEqual(14);
    const tree = parseGo('package p\nfunc f(ch chan int) { go func() { ch <- 1 }(); select { case v, ok := <-ch: _, _ = v, ok } }\n');
    try {
      const s = tree.rootNode.toString();
      for (const part of ['go_statement', 'send_statement channel:', 'communication_case communication: (receive_statement left:', 'unary_expression operand:']) {
        expect(s).toContain(part);
      }
      expect(tree.rootNode.hasError).toBe(false);
    } finally {
      tree.delete();
    }
  });
});
