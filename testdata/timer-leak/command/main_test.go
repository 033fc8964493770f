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

// main starts the monitor and the recorder once and settles and paces three times: the monitor keeps polling
// and the recorder keeps counting (their one ticker each is the process's), and the settle and pace tickers are
// left running.
func TestMainKeepsOneMonitor(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 4, func() int64 { return atomic.LoadInt64(&polls) }, func() { go main() })
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

func TestPaceRetainsItsTicker(t *testing.T) {
	every = time.Hour
	leakcheck.Retains(t, 3, func() {
		for i := 0; i < 3; i++ {
			go pace() // each waits an hour on a ticker that nothing stops
		}
		time.Sleep(10 * time.Millisecond)
	})
}

// backoff keeps a ticker per call, as many as main's calls until connect succeeds (one call here: calls from tests
// in a loop would be reason enough to report it); warm keeps one per call too, but main makes exactly three calls.
func TestBackoffRetainsATicker(t *testing.T) {
	every = time.Hour
	leakcheck.Retains(t, 1, func() {
		go backoff() // waits an hour on a ticker that nothing stops
		time.Sleep(10 * time.Millisecond)
	})
}
