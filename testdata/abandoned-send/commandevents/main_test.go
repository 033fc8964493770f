package main

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Three connections time out: three workers are stranded, one per event.
func TestServeStrandsOneWorkerPerConnection(t *testing.T) {
	release := make(chan struct{})
	work = func(int) error { <-release; return nil }
	leakcheck.Leaks(t, 3, func() {
		conns := make(chan int)
		quit := make(chan struct{})
		done := make(chan struct{})
		go func() { serve(conns, quit, time.Millisecond); close(done) }()
		for i := 0; i < 3; i++ {
			conns <- i
		}
		time.Sleep(50 * time.Millisecond) // the handlers time out
		close(quit)
		<-done
		close(release)
	})
}

// warm strands one worker per call, and main calls it once.
func TestWarmStrandsOneWorker(t *testing.T) {
	release := make(chan struct{})
	work = func(int) error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		_ = warm(time.Millisecond)
		close(release)
	})
}

// supervise strands the first worker on its timeout; the ones its loop starts are received.
func TestSuperviseStrandsOnlyTheFirstWorker(t *testing.T) {
	release := make(chan struct{})
	work = func(c int) error {
		if c == 0 {
			<-release
		}
		return nil
	}
	leakcheck.Leaks(t, 1, func() {
		events := make(chan int, 3)
		events <- 1
		events <- 2
		events <- 3
		close(events)
		supervise(events, time.Millisecond)
		close(release)
	})
}
