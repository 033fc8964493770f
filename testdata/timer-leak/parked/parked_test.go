package parked

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Scheduled does not return, and its job keeps running beside it: two goroutines, both for good.
func TestScheduledNeverReturns(t *testing.T) {
	Every = time.Millisecond
	w := &Worker{}
	returned := make(chan struct{})
	leakcheck.KeepsTicking(t, 2, w.Runs, func() {
		go func() {
			w.Scheduled()
			close(returned)
		}()
	})
	select {
	case <-returned:
		t.Fatal("Scheduled returned")
	default:
	}
}

// Poll returns at once and its loop keeps ticking: one goroutine per call.
func TestPollLeavesALoopPerCall(t *testing.T) {
	Every = time.Millisecond
	w := &Worker{}
	leakcheck.KeepsTicking(t, 1, w.Runs, w.Poll)
}
