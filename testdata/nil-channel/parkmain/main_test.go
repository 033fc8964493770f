package main

import (
	"sync/atomic"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// main (parked) and its server run for as long as the program does (the test binary ends them).
func TestMainKeepsServing(t *testing.T) {
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&served) }, func() { go main() })
}

// until never returns, and the goroutine meant to wake it blocks too.
func TestUntilNeverReturns(t *testing.T) {
	stop := make(chan struct{})
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send (nil chan)": 1, "chan receive (nil chan)": 1}, func() {
		go until(stop)
		close(stop)
	})
}
