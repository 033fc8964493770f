package branches

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestOneOfTwoIsCleanAtTheTimeout(t *testing.T) {
	for _, useA := range []bool{true, false} {
		release := make(chan struct{})
		slow := func() error { <-release; return errors.New("x") }
		leakcheck.Clean(t, func() {
			leakcheck.InOwnGoroutine(func() { OneOfTwo(leakcheck.StopT{}, useA, slow, slow, time.Millisecond) })
			close(release) // the one sender started finds the slot empty
		})
	}
}

func TestBothOfTwoStrandsOneAtTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return errors.New("x") }
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { BothOfTwo(leakcheck.StopT{}, true, slow, slow, time.Millisecond) })
		close(release) // two sends, one slot
	})
}

func TestAfterPollIsCleanAtEveryTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.Clean(t, func() {
		// The loop's timeout wins with only the first sender started.
		leakcheck.InOwnGoroutine(func() { AfterPoll(leakcheck.StopT{}, slow, nil, time.Millisecond) })
		close(release)
	})
	progress := make(chan int, 3)
	for i := 0; i < 3; i++ {
		progress <- i
	}
	fast := func() error { return nil }
	leakcheck.Clean(t, func() {
		// Progress three times, the poll takes the first value (or fails on an empty slot), then the second.
		leakcheck.InOwnGoroutine(func() { AfterPoll(leakcheck.StopT{}, fast, progress, time.Second) })
	})
}

func TestBeforePollStrandsOneAtTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { BeforePoll(leakcheck.StopT{}, slow, nil, time.Millisecond) })
		close(release) // two sends, one slot
	})
}

func TestCheckedInLoopStrandsOneOnAnError(t *testing.T) {
	fail := func() error { return errors.New("x") }
	ready := func() bool { return true }
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { CheckedInLoop(leakcheck.StopT{}, ready, fail, time.Second) })
	})
}
