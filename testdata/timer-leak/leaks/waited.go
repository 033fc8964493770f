package leaks

import (
	"context"
	"time"
)

// Forward passes values on and a zero after each quiet period d. It makes a new timer at the top of every round,
// whichever case won the last one: a round that a value ends leaves its timer pending until it fires.
func Forward(in <-chan int, d time.Duration, out func(int)) {
	var quiet <-chan time.Time
	for {
		quiet = time.After(d) // want `time.After in a loop makes a timer per iteration that lives until it fires before Go 1.23 \(go.mod says go 1.19\): reuse a time.Timer`
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			out(v)
		case <-quiet:
			out(0)
		}
	}
}

// CountEvents counts events until a quiet period d passes or the events end. It notes when more than two came but
// goes on, so the events case brings the loop round once per event: a timer per event, pending until it fires.
func CountEvents(events <-chan int, d time.Duration, note func(int)) int {
	var seen int
	for {
		select {
		case <-time.After(d): // want `time.After in a loop makes a timer per iteration that lives until it fires before Go 1.23 \(go.mod says go 1.19\): reuse a time.Timer`
			return seen
		case _, ok := <-events:
			if !ok {
				return seen
			}
			seen++
			if seen > 2 {
				note(seen)
			}
		}
	}
}

// PollUntil is PollUntilDone (testdata/timer-leak/clean) checking another condition first: once ctx is done its
// case wins at once, round after round, and each round leaves a new timer pending until stop says so.
func PollUntil(ctx context.Context, d time.Duration, stop func() bool, work func()) {
	for {
		if stop() {
			return
		}
		select {
		case <-time.After(d): // want `time.After in a loop makes a timer per iteration that lives until it fires before Go 1.23 \(go.mod says go 1.19\): reuse a time.Timer`
			work()
		case <-ctx.Done():
		}
	}
}
