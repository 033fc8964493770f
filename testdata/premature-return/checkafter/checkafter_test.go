package checkafter

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Errorf(string, ...interface{}) {}
func (stopT) Fatal(...interface{})          { runtime.Goexit() }
func (stopT) Fatalf(string, ...interface{}) { runtime.Goexit() }
func (stopT) FailNow()                      { runtime.Goexit() }

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

// listener: accept waits until stop is called; stop fails when told to (after unblocking accept).
func listener(stopFails bool) (func() error, func() error) {
	stopped := make(chan struct{})
	accept := func() error { <-stopped; return errors.New("closed") }
	stop := func() error {
		close(stopped)
		if stopFails {
			return errors.New("close failed")
		}
		return nil
	}
	return accept, stop
}

func TestFailingCheckStrandsTheWorker(t *testing.T) {
	accept, stop := listener(true)
	leakcheck.Leaks(t, 1, func() { inOwnGoroutine(func() { StopChecked(stopT{}, accept, stop, time.Millisecond) }) })
}

func TestPassingCheckIsClean(t *testing.T) {
	accept, stop := listener(false)
	leakcheck.Clean(t, func() { inOwnGoroutine(func() { StopChecked(stopT{}, accept, stop, time.Millisecond) }) })
}

func TestUncheckedIsClean(t *testing.T) {
	accept, stop := listener(true)
	leakcheck.Clean(t, func() { inOwnGoroutine(func() { StopUnchecked(stopT{}, accept, stop, time.Millisecond) }) })
}
