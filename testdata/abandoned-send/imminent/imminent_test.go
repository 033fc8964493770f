package imminent

import (
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()              {}
func (stopT) Error(...interface{}) {}
func (stopT) Fatal(...interface{}) { runtime.Goexit() }

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

func TestResultIsTakenOnceTheErrorWas(t *testing.T) {
	do := func() (int, error) { return 1, nil }
	leakcheck.Clean(t, func() { inOwnGoroutine(func() { Call(stopT{}, do, time.Second) }) })
}

func TestErrorTimeoutStrandsTheErrorSend(t *testing.T) {
	release := make(chan struct{})
	do := func() (int, error) { <-release; return 1, nil }
	// The one goroutine left waits at its error send, not at the result send.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		inOwnGoroutine(func() { Call(stopT{}, do, time.Millisecond) })
		close(release)
	})
}
