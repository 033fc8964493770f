package skipped

import (
	"runtime"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDrainLeavesItsRangeWaiting(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Drain([]string{"a", "b"}) })
}

// skipper ends its goroutine as a test's SkipNow does.
type skipper struct{}

func (skipper) SkipNow() { runtime.Goexit() }

func TestDrainSkippedStartsNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { DrainSkipped(skipper{}, []string{"a", "b"}) })
	})
}
