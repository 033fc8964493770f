package latercase

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunAndStopIsCleanWhenRunReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = RunAndStop(func() error { return nil }, func() {}, time.Minute, func(string) {})
	})
}

func TestRunAndStopLeaksWhenRunIsLate(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		release := make(chan struct{})
		_ = RunAndStop(func() error { <-release; return nil }, func() {}, time.Millisecond, func(string) {})
		close(release)
	})
}
