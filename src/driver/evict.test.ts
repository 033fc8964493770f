/**
 * Files without channel, goroutine or timer tokens are not parsed as they are read; a rule that follows a call into
 * such a file gets the function it needs parsed then, so findings do not depend on it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintPackages } from './lint';
import * as parser from '../source/parser';
import { rules } from '../registry';

const PRODUCER = `package p

import "time"

func Produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func Consume(in <-chan int, tick <-chan time.Time, got func(int)) {
	go func() {
		select {
		case v := <-in:
			got(v)
		case <-tick:
		}
	}()
}
`;

// No channel, goroutine or timer token here: this file is not parsed as it is read, yet it holds the only call site.
const WIRING = `package p

func Run(n int, got func(int)) {
	Consume(Produce(n), nil, got)
}
`;

it('follows a call site in a file that was not parsed up front', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glc-evict-'));
  try {
    fs.writeFileSync(path.join(dir, 'producer.go'), PRODUCER);
    fs.writeFileSync(path.join(dir, 'wiring.go'), WIRING);
    await parser.initParser();
    const parses = jest.spyOn(parser, 'parseGo');
    const out = await lintPackages([{ dir, files: [{ path: path.join(dir, 'producer.go') }, { path: path.join(dir, 'wiring.go') }] }], { rules });
    expect(out.findings.map((f) => `${path.basename(f.file)}:${f.range.start.line} ${f.ruleId}`)).toEqual(['producer.go:9 abandoned-send']);
    const steps = out.findings[0].flow.map((s) => `${path.basename(s.file)}:${s.range.start.line}`);
    expect(steps).toContain('wiring.go:4'); // the call site that links producer and consumer
    // Each declaration parsed once: producer.go whole as it was read (every function in it can leak); of wiring.go,
    // when the call site was needed, its package clause (what a rule asks of the file first), then the function.
    const parsed = parses.mock.calls.map(([text, ranges]) => {
      const name = text === WIRING ? 'wiring' : text === PRODUCER ? 'producer' : '?';
      return ranges ? `${name}: ${ranges.map((r) => text.slice(r.startIndex, r.endIndex).trim().split('\n')[0]).join(' + ')}` : name;
    });
    expect(parsed).toEqual(['producer', 'wiring: package p', 'wiring: package p + func Run(n int, got func(int)) {']);
    parses.mockRestore();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
