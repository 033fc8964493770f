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

func TestDeadlineEachRetainsATimerPerInput(t *testing.T) {
	inputs := make([]<-chan int, calls)
	for i := range inputs {
		inputs[i] = ready()
	}
	leakcheck.Retains(t, calls, func() {
		DeadlineEach(inputs, time.Hour)
	})
}

func TestShadowedRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Shadowed(ready(), time.Second)
		}
	})
}

func TestEitherRetainsItsTickerWhenTheTickWins(t *testing.T) {
	// The tick must win, so these tickers are fast and keep firing after the test: fewer of them.
	const n = calls / 4
	leakcheck.Retains(t, n, func() {
		for i := 0; i < n; i++ {
			Either(nil, tick)
		}
	})
}

func TestPrepareRetainsItsTickerOnFailure(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Prepare(ready(), time.Hour, true)
		}
	})
}

func TestRaceEachRetainsATimerPerRoundBWins(t *testing.T) {
	b := make(chan int, calls)
	for i := 0; i < calls; i++ {
		b <- 1
	}
	leakcheck.Retains(t, calls, func() {
		RaceEach(nil, b, calls, time.Hour)
	})
}

func TestCountRetainsItsTickerOnANegativeValue(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			a := make(chan int, 1)
			a <- -1
			Count(a, time.Hour)
		}
	})
}
