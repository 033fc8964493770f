package clean

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each call's timer is freed once it fires: nothing piles up beyond the calls of the last few milliseconds.
func TestOneShotTimersAreFreedWhenTheyFire(t *testing.T) {
	result := make(chan int, 1)
	b := make(chan int, 1)
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			result <- i
			AwaitOnce(result, time.Millisecond)
			b <- i
			RaceOnce(nil, b, time.Millisecond)
		}
		time.Sleep(10 * time.Millisecond)
	})
}
