/**
 * Files without channel, goroutine or timer tokens give up their tree right after parsing; a rule that follows a
 * call into such a file gets it parsed again, so findings do not depend on the eviction.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintPackages } from './lint';
import * as parser from './parser';
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

// No channel, goroutine or timer token here: this file's tree is evicted, yet it holds the only call site.
const WIRING = `package p

func Run(n int, got func(int)) {
	Consume(Produce(n), nil, got)
}
`;

it('follows a call site in a file whose tree was evicted', async () => {
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
    // Two files parsed, and wiring.go once more: its tree was evicted, then needed for the call site.
    expect(parses).toHaveBeenCalledTimes(3);
    parses.mockRestore();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
