package mayrunonce

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Start run once leaves one loop ticking for the life of the process: what a framework that starts the service once
// does. Each further run would leave one more.
func TestStartLeavesOneLoop(t *testing.T) {
	leakcheck.KeepsTicking(t, 1, Ticks, func() { Start() })
}

// WatchAll leaves a loop per target.
func TestWatchAllLeavesALoopPerTarget(t *testing.T) {
	leakcheck.KeepsTicking(t, 3, Ticks, func() { WatchAll([]string{"a", "b", "c"}) })
}

// Each Relay, and each Poll, keeps its ticker after stop: before Go 1.23 it is never collected.
func TestRelayAndPollRetainTheirTickers(t *testing.T) {
	leakcheck.Retains(t, 3, func() {
		for _, run := range []func(<-chan struct{}){Forward, Backward, Poll} {
			stop := make(chan struct{})
			close(stop)
			run(stop)
		}
	})
}

// Each Await abandons its ticker.
func TestAwaitRetainsATickerPerCall(t *testing.T) {
	v := make(chan int, 2)
	v <- 1
	v <- 2
	leakcheck.Retains(t, 2, func() {
		Await(v)
		Await(v)
	})
}

// A started Feed has one loop (however often Start runs: a sync.Once guards it); a Pump reloaded three times has
// three.
func TestFeedStartsOnceAndPumpPerReload(t *testing.T) {
	leakcheck.KeepsTicking(t, 1, Ticks, func() { (&Feed{}).Start() })
	leakcheck.KeepsTicking(t, 3, Ticks, func() {
		p := &Pump{}
		p.OnReload()
		for i := 0; i < 3; i++ {
			p.Reload()
		}
	})
}

// Refresh leaves one loop ticking; Gauges one per gauge.
func TestRefreshAndGaugesLeaveLoops(t *testing.T) {
	leakcheck.KeepsTicking(t, 1, Ticks, func() { Refresh() })
	leakcheck.KeepsTicking(t, 2, Ticks, func() { Gauges([]string{"cpu", "mem"}) })
}
