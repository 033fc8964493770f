package nilcase

import (
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()              {}
func (stopT) Fatal(...interface{}) { runtime.Goexit() }

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

func TestNoTimeoutTakesEveryValue(t *testing.T) {
	slow := func() error { time.Sleep(20 * time.Millisecond); return nil }
	leakcheck.Clean(t, func() {
		inOwnGoroutine(func() { NoTimeout(stopT{}, slow, slow) })
	})
}

func TestWithTimeoutStrandsOne(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		inOwnGoroutine(func() { WithTimeout(stopT{}, slow, slow, time.Millisecond) })
		close(release) // two sends, one slot
	})
}
