package stopfirst

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errCheck = errors.New("check failed")

func fail() error { return errCheck }
func pass() error { return nil }

func TestEarlyReturnLeavesTheGoroutineInTheCallNotSending(t *testing.T) {
	// Run waits on its quit channel, serve on the context's Done: nothing is parked on a send.
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 0, "chan receive": 2}, func() {
		if RunAndShutdown(fail) != errCheck {
			t.Fatal("expected the check to fail")
		}
		leakcheck.InOwnGoroutine(func() { _ = ServeAndCancel(leakcheck.StopT{}, fail) })
	})
}

func TestStoppedCallsAreClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if RunAndShutdown(pass) != nil || ServeDeferredCancel(pass) == nil || RunShutdownFirst(pass) != nil {
			t.Fatal("unexpected result")
		}
		if err := ServeAndCancel(t, pass); err == nil {
			t.Fatal("expected context.Canceled")
		}
	})
}

func TestAStopOnTheWayOutStrandsTheSend(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		if ServeDeferredCancel(fail) != errCheck || RunShutdownFirst(fail) != errCheck {
			t.Fatal("expected the check to fail")
		}
	})
}

func TestACallThatDoesNotWaitHasSentByTheEarlyWayOut(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { _ = StartAndCancel(leakcheck.StopT{}, fail) })
	})
	leakcheck.Clean(t, func() { _ = StartAndCancel(t, pass) })
}

func TestFieldHolderStoppedAfterTheCheck(t *testing.T) {
	// The check fails before the stop: the goroutine waits in Run (a receive), not at its send.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 0, "chan receive": 1}, func() {
		leakcheck.InOwnGoroutine(func() { RunStopChecked(leakcheck.StopT{}, newHarness(), false) })
	})
	leakcheck.Clean(t, func() { RunStopChecked(t, newHarness(), true) })
	leakcheck.Clean(t, func() { RunCloseChecked(t, newHarness(), true) })
}

func TestFailedCloseCheckStrandsTheSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		h := newHarness()
		h.target.srv.Shutdown() // stopped before: Close reports it, and Run has returned
		leakcheck.InOwnGoroutine(func() { RunCloseChecked(leakcheck.StopT{}, h, true) })
	})
}
