package deadline

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// untilDone returns once its context is done.
func untilDone(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// Cancelled before the wait, the worker and the job stop at once and their results are taken.
func TestCancelledFirstStops(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := RunStops(t, untilDone); err != context.Canceled {
			t.Fatal(err)
		}
		JobStops(t)
		if err := ServeStops(t); err != context.Canceled {
			t.Fatal(err)
		}
	})
}

// Cancelled only as it returns: the timer wins (StopT ends the test's goroutine), the deferred cancel then stops the
// worker, whose result is never taken.
func TestRunCancelledLaterStrandsTheResult(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go RunCancelledLater(leakcheck.StopT{}, untilDone) })
}

// The server's context, cancelled only as the test returns: the same.
func TestServeCancelledLaterStrandsTheResult(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go ServeCancelledLater(leakcheck.StopT{}) })
}

// A call that takes 120ms to wind down after the cancel: the 100ms timer wins and its result is never taken.
func TestRunStopsQuicklyStrandsASlowShutdown(t *testing.T) {
	slow := func(ctx context.Context) error {
		<-ctx.Done()
		time.Sleep(120 * time.Millisecond)
		return ctx.Err()
	}
	leakcheck.Leaks(t, 1, func() { go RunStopsQuickly(leakcheck.StopT{}, slow) })
}

// A call that holds on past the one-second timer: the test moves on, and the result is never taken.
func TestRunHoldsOnStrandsTheResult(t *testing.T) {
	holds := func(ctx context.Context) error {
		<-ctx.Done()
		time.Sleep(time.Second + 20*time.Millisecond)
		return ctx.Err()
	}
	leakcheck.Leaks(t, 1, func() { RunHoldsOn(t, holds) })
}
