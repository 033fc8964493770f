package stoppedbyclient

import (
	"sync/atomic"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every job runs, Close stops the workers and the dispatcher, and a later Submit is refused.
func TestPoolStopsCleanly(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := NewPool(3)
		var n int32
		for i := 0; i < 20; i++ {
			if !p.Submit(func() { atomic.AddInt32(&n, 1) }) {
				t.Error("refused before Close")
			}
		}
		p.Close()
		if p.Submit(func() {}) {
			t.Error("taken after Close")
		}
		if atomic.LoadInt32(&n) != 20 {
			t.Errorf("ran %d jobs, want 20", n)
		}
	})
}

// After a pause stopped the stage, the next value strands the forwarder at its send.
func TestRelayStrandsAfterPause(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		r := NewRelay()
		r.values <- 1
		r.pause <- struct{}{}
		r.values <- 2
	})
}

// A test that hands a worker of its own a job directly: the worker takes it (and is left waiting for the next).
func TestWorkerTakesAJob(t *testing.T) {
	leakcheck.Expect(t, 1, 0, func() {
		w := &worker{idle: make(chan *worker, 1), jobs: make(chan func()), stop: make(chan struct{})}
		w.start()
		<-w.idle
		done := make(chan struct{})
		w.jobs <- func() { close(done) }
		<-done
	})
}
