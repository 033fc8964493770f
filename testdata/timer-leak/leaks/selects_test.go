package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each call returns on the value, which is ready: the ticker or timer stays behind, reachable.

func ready() <-chan int {
	a := make(chan int, 1)
	a <- 1
	return a
}

func TestFirstRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			First(ready(), time.Hour)
		}
	})
}

func TestPollRetainsItsTicker(t *testing.T) {
	// One goroutine at a time, each finished: what stays reachable is the tickers, not goroutines kept for reuse.
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			leakcheck.Clean(t, func() {
				done := make(chan int, 1)
				Poll(ready(), time.Hour, func(v int) { done <- v })
				<-done
			})
		}
	})
}

func TestLatestRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Latest(ready(), time.Hour)
		}
	})
}

func TestDeadlineRetainsItsTimer(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Deadline(ready(), time.Hour)
		}
	})
}

func TestShadowedRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Shadowed(ready(), time.Second)
		}
	})
}
