/**
 * The cases a finding lists as where the receiver can also stop (`can also stop receiving … here`): another case of
 * the same select that leaves with as few values taken, but never the case that receives from the channel itself
 * in a serving loop, which leaves only after taking a value (a schedule change that restarts the loop). The same
 * source without the filter listed line 30 (the interrupt case) for sched.interrupt as well.
 */
import { rules } from '../registry';
import { lintPackages } from '../driver/lint';

const dir = '/virtual/alsocases';

const source = `package alsocases

import "context"

type sched struct {
	ctx       context.Context
	cancel    context.CancelFunc
	interrupt chan int
	results   chan int
	restart   func(int) bool
}

func NewSched(restart func(int) bool) *sched {
	ctx, cancel := context.WithCancel(context.Background())
	s := &sched{ctx: ctx, cancel: cancel, interrupt: make(chan int), results: make(chan int), restart: restart}
	go s.run()
	return s
}

// Stop ends the loop.
func (s *sched) Stop() {
	s.cancel()
}

func (s *sched) run() {
	for {
		select {
		case <-s.ctx.Done():
			return
		case v := <-s.interrupt:
			if s.restart(v) {
				return
			}
		case r := <-s.results:
			if r < 0 {
				return
			}
		}
	}
}

// Interrupt hands the loop a new setting.
func (s *sched) Interrupt(v int) {
	s.interrupt <- v
}

// Report hands the loop a result.
func (s *sched) Report(r int) {
	s.results <- r
}
`;

it('lists another case that leaves, not the case that takes a value from the channel itself', async () => {
  const out = await lintPackages([{ dir, files: [{ path: `${dir}/a.go`, text: source }] }], { rules });
  const f = out.findings.find((x) => x.range.start.line === 44);
  expect(f?.message).toBe('goroutine may block forever sending on unbuffered channel sched.interrupt: the goroutine running sched.run stops receiving when `case <-s.ctx.Done()` wins');
  const related = f!.related.map((r) => `${r.range.start.line}: ${r.message}`);
  expect(related).toEqual([
    '28: the goroutine running sched.run stops receiving from sched.interrupt here',
    '34: the goroutine running sched.run can also stop receiving from sched.interrupt here',
  ]);
});

it('does not list the result case of a sender started on a path exclusive with every other sender', async () => {
  const fs = await import('fs');
  const path = await import('path');
  const fixture = path.resolve(__dirname, '../../testdata/abandoned-send/exclusivealt');
  const file = path.join(fixture, 'exclusivealt.go');
  const out = await lintPackages([{ dir: fixture, files: [{ path: file, text: fs.readFileSync(file, 'utf8') }] }], { rules });
  const related = (line: number) => {
    const f = out.findings.find((x) => x.range.start.line === line);
    return f ? [f.ruleId, ...f.related.map((r) => `${r.range.start.line}: ${r.message}`)] : undefined;
  };
  // Handshake starts one side: only the timeout strands it (at its error send or, the same finding, its result's).
  expect(related(22)).toEqual(['abandoned-send', '44: Handshake stops receiving from errCh here', '25: the goroutine can also block here sending on okCh']);
  // Both starts the two sides together: the other side's result can win while one waits with its error.
  expect(related(58)).toEqual(['ncast-leak', '75: Both stops receiving from errCh here', '77: Both can also stop receiving from errCh here']);
});
