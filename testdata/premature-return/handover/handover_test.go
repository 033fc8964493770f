package handover

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var checks = []func() int{func() int { return 1 }, func() int { return 2 }}

func TestCheckFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = CheckFirst(checks, true) })
	leakcheck.Clean(t, func() { _, _ = CheckFirst(checks, false) })
}

func TestCheckLateStrandsTheSenders(t *testing.T) {
	// Both checks' goroutines blocked at their sends, and runAll waiting for them.
	leakcheck.Expect(t, 3, 2, func() { _, _ = CheckLate(checks, true) })
}

func failStart() error { return errBad }

func TestWatchFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = WatchFirst(nil) })
	leakcheck.Clean(t, func() { _, _ = WatchFirst([]int{1, 2}) })
}

func TestWatchStartFailsStrandsTheWatcher(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _, _ = WatchStartFails([]int{1, 2}, failStart) })
	leakcheck.Clean(t, func() { _, _ = WatchStartFails(nil, failStart) })
}

func TestWatchAfterFailsStrandsTheWatcher(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _, _ = WatchAfterFails([]int{1, 2, 3, 4}) })
}
