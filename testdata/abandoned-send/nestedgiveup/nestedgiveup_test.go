package nestedgiveup

import (
	"errors"
	"sync"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func failed() <-chan error {
	fail := make(chan error, 1)
	fail <- errors.New("broken")
	return fail
}

// Workers that finish after the inner timeout strand the reporter at its send.
func TestAwaitShutdownStrandsTheReporter(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { time.Sleep(20 * time.Millisecond); wg.Done() }()
		if err := AwaitShutdown(failed(), &wg, time.Millisecond); err == nil {
			t.Error("did not time out")
		}
		wg.Wait()
	})
}

// No failure reported: the outer timeout wins before any reporter is started.
func TestAwaitShutdownWithoutFailure(t *testing.T) {
	leakcheck.Clean(t, func() {
		var wg sync.WaitGroup
		if err := AwaitShutdown(make(chan error), &wg, time.Millisecond); err == nil {
			t.Error("no error")
		}
	})
}

func TestAwaitShutdownFullyWaits(t *testing.T) {
	leakcheck.Clean(t, func() {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { time.Sleep(5 * time.Millisecond); wg.Done() }()
		if err := AwaitShutdownFully(failed(), &wg, time.Second); err != nil {
			t.Error(err)
		}
	})
}
