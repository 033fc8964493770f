package main

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The stage and its four workers keep handling values for as long as the program runs (the test binary ends it).
func TestStageKeepsWorking(t *testing.T) {
	every, batchEvery = time.Millisecond, 1<<30
	var seen int64
	report = func(int) { atomic.AddInt64(&seen, 1) }
	leakcheck.KeepsTicking(t, 6, func() int64 { return atomic.LoadInt64(&seen) }, func() { go main() })
}

// Each call of batch leaves its two workers waiting on a channel nobody will close.
func TestBatchLeavesItsWorkers(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() { batch([]int{1, 2, 3}, func(int) {}) })
}
