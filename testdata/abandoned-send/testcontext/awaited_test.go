package testcontext

import (
	"context"
	"sync"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Goroutines of the test send while the server runs; the test waits for all of them before it returns and its
// deferred cancel stops the server: quiet.
func TestConcurrentRequests(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := New(ctx)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.reqs <- func() {}
		}()
	}
	wg.Wait()
}

// The same goroutines, but the test cancels before it waits for them: a send after the cancel is stranded.
func concurrentThenCancel() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := New(ctx)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond)
			s.reqs <- func() {} // want "^goroutine may block forever sending on unbuffered channel Server.reqs: the goroutine running Server.loop stops receiving when `case <-ctx.Done\\(\\)` wins$"
		}()
	}
	cancel()
}

func TestConcurrentThenCancelStrandsTheSends(t *testing.T) {
	leakcheck.Leaks(t, 4, concurrentThenCancel)
}

func TestConcurrentRequestsLeaveNothing(t *testing.T) {
	leakcheck.Clean(t, func() { TestConcurrentRequests(t) })
}
