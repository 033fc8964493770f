package branches

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Fatal(...interface{})          { runtime.Goexit() }
func (stopT) FailNow()                      { runtime.Goexit() }
func (stopT) Errorf(string, ...interface{}) {}
func (stopT) Log(...interface{})            {}

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

func TestOneOfTwoIsCleanAtTheTimeout(t *testing.T) {
	for _, useA := range []bool{true, false} {
		release := make(chan struct{})
		slow := func() error { <-release; return errors.New("x") }
		leakcheck.Clean(t, func() {
			inOwnGoroutine(func() { OneOfTwo(stopT{}, useA, slow, slow, time.Millisecond) })
			close(release) // the one sender started finds the slot empty
		})
	}
}

func TestBothOfTwoStrandsOneAtTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return errors.New("x") }
	leakcheck.Leaks(t, 1, func() {
		inOwnGoroutine(func() { BothOfTwo(stopT{}, true, slow, slow, time.Millisecond) })
		close(release) // two sends, one slot
	})
}

func TestAfterPollIsCleanAtEveryTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.Clean(t, func() {
		// The loop's timeout wins with only the first sender started.
		inOwnGoroutine(func() { AfterPoll(stopT{}, slow, nil, time.Millisecond) })
		close(release)
	})
	progress := make(chan int, 3)
	for i := 0; i < 3; i++ {
		progress <- i
	}
	fast := func() error { return nil }
	leakcheck.Clean(t, func() {
		// Progress three times, the poll takes the first value (or fails on an empty slot), then the second.
		inOwnGoroutine(func() { AfterPoll(stopT{}, fast, progress, time.Second) })
	})
}

func TestBeforePollStrandsOneAtTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		inOwnGoroutine(func() { BeforePoll(stopT{}, slow, nil, time.Millisecond) })
		close(release) // two sends, one slot
	})
}

func TestCheckedInLoopStrandsOneOnAnError(t *testing.T) {
	fail := func() error { return errors.New("x") }
	ready := func() bool { return true }
	leakcheck.Leaks(t, 1, func() {
		inOwnGoroutine(func() { CheckedInLoop(stopT{}, ready, fail, time.Second) })
	})
}
