package deadline

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/filelock"
	"golintchan.example/testdata/internal/leakcheck"
)

// A free lock is taken, released and checked, and the result comes well before 100ms.
func TestTryLockCheckedAnswersInTime(t *testing.T) {
	leakcheck.Clean(t, func() {
		if !TryLockChecked(t, "/checked") {
			t.Fatal("did not take a free lock")
		}
	})
	// Held by someone else, the attempt gives up at its 20ms deadline: the check ends the goroutine (StopT) before
	// it sends, and the test, given up at 100ms, has stopped waiting: neither is left.
	other := filelock.New("/held")
	other.TryLockContext(context.Background(), 0)
	defer other.Unlock()
	leakcheck.Clean(t, func() { go TryLockChecked(leakcheck.StopT{}, "/held") })
}

// A slow report: the test gives up at 100ms (StopT ends its goroutine) and the result is never taken.
func TestTryLockReportedStrandsTheResult(t *testing.T) {
	slow := func(bool) { time.Sleep(120 * time.Millisecond) }
	leakcheck.Leaks(t, 1, func() { go TryLockReported(leakcheck.StopT{}, "/reported", slow) })
}
