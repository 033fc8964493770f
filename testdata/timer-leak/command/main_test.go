package main

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The flusher keeps working for as long as the program runs (the test binary ends it).
func TestFlusherKeepsTicking(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&flushes) }, startFlusher)
}

// main starts the monitor once and settles three times: the monitor keeps polling (its one ticker is the
// process's), and the three settle tickers are left running.
func TestMainKeepsOneMonitor(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 3, func() int64 { return atomic.LoadInt64(&polls) }, func() { go main() })
}

func TestSettleRetainsItsTicker(t *testing.T) {
	every = time.Hour
	leakcheck.Retains(t, 3, func() {
		for i := 0; i < 3; i++ {
			go settle() // each waits an hour on a ticker that nothing stops
		}
		time.Sleep(10 * time.Millisecond)
	})
}
