/**
 * timers.ts: a ticker handed to a goroutine (`t := time.NewTicker(d); go loop(t)`) is looked for only in functions
 * that have a go statement: the others are not resolved for it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rules } from '../registry';
import { lintPackages } from '../driver/lint';
import { resolveCount } from './scope';

/** Lint `text` as the one file of a module of Go 1.23 (timers are collected: only the goroutines' loops are judged). */
async function resolved(text: string): Promise<{ findings: string[]; functions: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timers-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/p\n\ngo 1.23\n');
    fs.writeFileSync(path.join(dir, 'a.go'), text);
    const before = resolveCount.functions;
    const out = await lintPackages([{ dir, files: [{ path: path.join(dir, 'a.go') }] }], { rules });
    return { findings: out.findings.map((f) => `${f.ruleId}:${f.range.start.line}`), functions: resolveCount.functions - before };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('tickers handed to goroutines', () => {
  it('resolves no function for it that has no go statement', async () => {
    const quiet = await resolved(
      'package p\n\nimport "time"\n\nfunc f() {\n\tt := time.NewTicker(time.Second)\n\tdefer t.Stop()\n\t<-t.C\n}\n\n' +
        'func g() {\n\ttm := time.NewTimer(time.Second)\n\t<-tm.C\n}\n',
    );
    expect(quiet.findings).toEqual([]);
    expect(quiet.functions).toBe(0);
  });

  it('still finds the endless loop of a goroutine a ticker is handed to', async () => {
    const out = await resolved(
      'package p\n\nimport "time"\n\nfunc loop(t *time.Ticker) {\n\tfor range t.C {\n\t}\n}\n\n' +
        'func Start() {\n\tt := time.NewTicker(time.Second)\n\tgo loop(t)\n}\n',
    );
    expect(out.findings).toEqual(['timer-leak:6']);
    expect(out.functions).toBeGreaterThan(0);
  });
});
