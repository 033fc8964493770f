package retryloop

import (
	"context"
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errFlaky = errors.New("flaky")

func TestRetryIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		n := 0
		flaky := func() (int, error) {
			n++
			if n < 3 {
				return 0, errFlaky
			}
			return n, nil
		}
		if v, err := Retry(context.Background(), flaky, func(int, error) bool { return true }); v != 3 || err != nil {
			t.Fatalf("Retry = %d, %v", v, err)
		}
	})
}

func TestRetryIsCleanWhenTheContextEnds(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		Retry(ctx, func() (int, error) { <-release; return 1, nil }, func(int, error) bool { return true })
		close(release)
	})
}

func TestHedgeLeaksAnAttempt(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if v, err := Hedge(context.Background(), func() (int, error) { return 1, nil }, func(int, error) bool { return true }); v != 1 || err != nil {
			t.Fatalf("Hedge = %d, %v", v, err)
		}
	})
}
