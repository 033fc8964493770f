package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// After the last value every ranging goroutine stays parked in its receive.

func TestProcessLeaksEveryWorker(t *testing.T) {
	leakcheck.LeaksReceiving(t, 3, func() { Process([]int{1, 2, 3, 4}, 3) })
}

func TestThumbnailsLeaksTheResizer(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Thumbnails([]string{"a.gif", "b.jpg"}) })
}

func TestAddLeaksTheConsumer(t *testing.T) {
	ix := &Index{}
	leakcheck.LeaksReceiving(t, 1, func() { ix.Add("one two\n\nthree") })
}

func TestGatherNeverReturns(t *testing.T) {
	// The producers finish; Gather itself (run with go here) stays in its range.
	leakcheck.LeaksReceiving(t, 1, func() { go Gather([]string{"a", "bb"}) })
}

func TestLaunchNeverReturns(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Launch(3) })
}

func TestWatchLeavesTallyRanging(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() { WatchA(); WatchB() })
}

// With in dry, the relay and Forward's goroutine both wait for good.
func TestForwardWaitsForGoodWhenInRunsDry(t *testing.T) {
	in := make(chan int)
	leakcheck.LeaksReceiving(t, 2, func() { Forward(in) })
}

// With next and in dry, the pacer and Paced's goroutine both wait for good.
func TestPacedWaitsForGoodWhenNextRunsDry(t *testing.T) {
	in, next := make(chan int, 1), make(chan struct{})
	in <- 1
	leakcheck.LeaksReceiving(t, 2, func() { Paced(in, next); time.Sleep(10 * time.Millisecond) })
}
