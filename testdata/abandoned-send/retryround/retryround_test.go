package retryround

import (
	"context"
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var errTemporary = errors.New("temporary")

// failing returns a call that fails with errTemporary n times, then with last (nil: success).
func failing(n int, last error) func() error {
	return func() error {
		if n > 0 {
			n--
			return errTemporary
		}
		return last
	}
}

func retryable(err error) bool { return errors.Is(err, errTemporary) }

func TestUntilAndLoopTakeEveryRoundsReport(t *testing.T) {
	leakcheck.Clean(t, func() {
		for _, last := range []error{nil, errors.New("fatal")} {
			_ = Until(failing(3, last), retryable)
			_ = Loop(failing(3, last), retryable)
		}
	})
}

// blocked returns a call that waits for release and then succeeds.
func blocked(release chan struct{}) func() error {
	return func() error { <-release; return nil }
}

func TestUntilCtxStrandsTheRoundWhenCtxIsDone(t *testing.T) {
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() {
		_ = UntilCtx(ctx, blocked(release), retryable)
		close(release)
	})
}

func TestLoopCtxStrandsTheRoundWhenCtxIsDone(t *testing.T) {
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() {
		_ = LoopCtx(ctx, blocked(release), retryable)
		close(release)
	})
}

func TestLoopCtxIsCleanWhenCallsReport(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = LoopCtx(context.Background(), failing(2, nil), retryable)
		_ = LoopCtx(context.Background(), func() error { panic("boom") }, retryable)
	})
}

func TestHedgedLoopStrandsTheSlowTry(t *testing.T) {
	release := make(chan struct{})
	tries := 0
	call := func() error {
		tries++
		if tries == 1 {
			<-release // the first try is slow, and succeeds after the loop gave up
			return nil
		}
		return errors.New("fatal")
	}
	leakcheck.Leaks(t, 1, func() {
		_ = HedgedLoop(10*time.Millisecond, call, retryable)
		close(release)
	})
}
