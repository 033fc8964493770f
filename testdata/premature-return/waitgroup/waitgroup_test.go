package waitgroup

import (
	"errors"
	"runtime"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Fatal(...interface{})          { runtime.Goexit() }
func (stopT) Fatalf(string, ...interface{}) { runtime.Goexit() }

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

var errBad = errors.New("bad")

func TestStepFailureWhileBothRunStrandsOne(t *testing.T) {
	release := make(chan struct{})
	check := func() error { <-release; return errBad }
	fail := func() error { return errBad }
	leakcheck.Leaks(t, 1, func() {
		inOwnGoroutine(func() { BothRunning(stopT{}, check, fail) })
		close(release) // two errors, one slot
	})
}

func TestStepFailureWhileOneRunsIsClean(t *testing.T) {
	release := make(chan struct{})
	check := func() error { <-release; return errBad }
	fail := func() error { return errBad }
	leakcheck.Clean(t, func() {
		inOwnGoroutine(func() { OneRunning(stopT{}, check, fail) })
		close(release)
	})
}

func TestPollAfterWaitIsClean(t *testing.T) {
	ok := func() error { return nil }
	leakcheck.Clean(t, func() {
		inOwnGoroutine(func() { BothRunning(stopT{}, ok, ok) })
		inOwnGoroutine(func() { OneRunning(stopT{}, ok, ok) })
	})
}
