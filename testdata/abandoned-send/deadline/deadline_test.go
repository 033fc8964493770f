package deadline

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

const d = 100 * time.Millisecond

// slow takes an hour unless its context ends first.
func slow(ctx context.Context) (int, error) {
	select {
	case <-time.After(time.Hour):
		return 1, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

// settle is the work the starter does between starting the goroutine and waiting: the timer starts after it.
func settle() { time.Sleep(20 * time.Millisecond) }

func TestWithinGetsTheDeadlineError(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Within(context.Background(), d, slow, settle); err != context.DeadlineExceeded {
			t.Fatalf("err = %v, want the deadline's", err)
		}
	})
}

func TestCancellableStrandsTheSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if _, err := Cancellable(context.Background(), d, slow, settle); err != errTimeout {
			t.Fatalf("err = %v, want a time-out", err)
		}
	})
}

func TestSoonerStrandsTheSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if _, err := Sooner(context.Background(), d, slow, settle); err != errTimeout {
			t.Fatalf("err = %v, want a time-out", err)
		}
	})
}

func TestOwnGetsTheDeadlineError(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Own(slow); err != context.DeadlineExceeded {
			t.Errorf("got %v", err)
		}
	})
}

func TestOwnLongerStrandsTheResult(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if _, err := OwnLonger(slow); err != errTimeout {
			t.Errorf("got %v", err)
		}
	})
}
