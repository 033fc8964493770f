package clean

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// One call over many items leaves at most its one pending hour-long timer.
func TestBatcherFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		in := make(chan int, calls)
		for j := 0; j < calls; j++ {
			in <- j
		}
		close(in)
		Batcher(in, time.Hour, func([]int) {})
	})
}

func TestPollerFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls/10; i++ {
			wake := make(chan struct{})
			close(wake) // always ready: every parked poll is woken
			quit := make(chan struct{})
			polls := 0
			Poller(func() bool {
				polls++
				if polls == 12 {
					close(quit)
				}
				return polls%2 == 0
			}, wake, quit, time.Microsecond)
		}
		time.Sleep(5 * time.Millisecond)
	})
}

// The stop case ends the loop: one call leaves at most its last hour-long timer.
func TestCommitterFreesItsTimers(t *testing.T) {
	stop := make(chan struct{})
	close(stop)
	leakcheck.Frees(t, slack, func() { Committer(stop, time.Hour, func() {}) })
}

func TestAwaitStagesMakesThreeTimersACall(t *testing.T) {
	ready := make(chan string, 3)
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < 3; i++ {
			ready <- "stage"
		}
		if n := AwaitStages(ready, time.Hour); n != 3 {
			t.Errorf("AwaitStages = %d, want 3", n)
		}
	})
}
