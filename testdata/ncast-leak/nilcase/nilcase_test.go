package nilcase

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestNoTimeoutTakesEveryValue(t *testing.T) {
	slow := func() error { time.Sleep(20 * time.Millisecond); return nil }
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { NoTimeout(leakcheck.StopT{}, slow, slow) })
	})
}

func TestWithTimeoutStrandsOne(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { WithTimeout(leakcheck.StopT{}, slow, slow, time.Millisecond) })
		close(release) // two sends, one slot
	})
}
