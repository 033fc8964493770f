package onebyone

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestTwoChecksIsCleanWhenChecksAreQuick(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = TwoChecks(func(context.Context) error { return nil }, time.Minute)
	})
}

func TestTwoChecksLeaksOneWhenTheFirstIsLate(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		release := make(chan struct{})
		_ = TwoChecks(func(context.Context) error { <-release; return nil }, time.Millisecond)
		close(release)
	})
}
