package main

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// main's range is not stuck: readings keep arriving for as long as the program runs (the test binary ends it).
func TestMainKeepsReading(t *testing.T) {
	every = time.Millisecond
	var seen int64
	report = func(int) { atomic.AddInt64(&seen, 1) }
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&seen) }, func() { go main() })
}
