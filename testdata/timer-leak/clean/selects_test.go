package clean

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ready() <-chan int {
	a := make(chan int, 1)
	a <- 1
	return a
}

func TestOneShotSelectsFreeTheirTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			First(ready(), time.Hour)
			Latest(ready(), time.Hour)
			Deadline(ready(), time.Hour)
		}
	})
}

func TestPollFreesItsTicker(t *testing.T) {
	// One goroutine at a time, so that finished goroutines (kept for reuse) are not counted as retained.
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			leakcheck.Clean(t, func() { // the goroutine has stopped its ticker and finished
				done := make(chan int, 1)
				Poll(ready(), time.Hour, func(v int) { done <- v })
				<-done
			})
		}
	})
}

func TestStoppedOnEveryPathFreesTheTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			Await(ready(), time.Hour)
			Await(nil, time.Microsecond)
			a := make(chan int, 2)
			a <- 1
			a <- 2
			close(a)
			Sum(a, time.Hour)
			a = make(chan int, 1)
			a <- 3
			close(a)
			Refresh(a, time.Hour)
		}
	})
}
