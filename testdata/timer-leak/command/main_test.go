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
