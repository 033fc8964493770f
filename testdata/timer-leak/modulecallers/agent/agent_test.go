package agent

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ticks() int64 { return atomic.LoadInt64(&Polls) }

// Each call starts one loop that never ends: once per process from agentd's main, once per target in fleet.
func TestEachCallStartsALoopThatNeverEnds(t *testing.T) {
	Every = time.Millisecond
	leakcheck.KeepsTicking(t, 1, ticks, StartHeartbeat)
	leakcheck.KeepsTicking(t, 3, ticks, func() {
		for _, target := range []string{"a", "b", "c"} {
			Watch(target)
		}
	})
	leakcheck.KeepsTicking(t, 1, ticks, StartBeacon)
	leakcheck.KeepsTicking(t, 2, ticks, func() {
		for _, target := range []string{"a", "b"} {
			WatchProbe(target)
		}
	})
	leakcheck.KeepsTicking(t, 1, ticks, NewMonitor("main").Init)
	leakcheck.KeepsTicking(t, 2, ticks, func() {
		for _, target := range []string{"a", "b"} {
			NewProber(target).Start()
		}
	})
}

// Two tests start a janitor each, and neither ends: the test binary keeps both.
func TestJanitorSweeps(t *testing.T) {
	Every = time.Millisecond
	leakcheck.KeepsTicking(t, 1, ticks, func() { StartJanitor() })
}

func TestJanitorKeepsSweeping(t *testing.T) {
	Every = time.Millisecond
	leakcheck.KeepsTicking(t, 1, ticks, func() { StartJanitor() })
}
