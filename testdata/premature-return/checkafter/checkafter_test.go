package checkafter

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

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
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { StopChecked(leakcheck.StopT{}, accept, stop, time.Millisecond) })
	})
}

func TestPassingCheckIsClean(t *testing.T) {
	accept, stop := listener(false)
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { StopChecked(leakcheck.StopT{}, accept, stop, time.Millisecond) })
	})
}

func TestUncheckedIsClean(t *testing.T) {
	accept, stop := listener(true)
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { StopUnchecked(leakcheck.StopT{}, accept, stop, time.Millisecond) })
	})
}
