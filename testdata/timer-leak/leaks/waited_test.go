package leaks

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestForwardRetainsATimerPerValue(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		in := make(chan int, calls)
		for i := 0; i < calls; i++ {
			in <- i
		}
		close(in)
		Forward(in, time.Hour, func(int) {})
	})
}

func TestCountEventsRetainsATimerPerEvent(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		events := make(chan int, calls)
		for i := 0; i < calls; i++ {
			events <- i
		}
		close(events)
		if n := CountEvents(events, time.Hour, func(int) {}); n != calls {
			t.Errorf("CountEvents = %d, want %d", n, calls)
		}
	})
}

func TestPollUntilRetainsATimerPerRound(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rounds := 0
	leakcheck.Retains(t, calls, func() {
		PollUntil(ctx, time.Hour, func() bool { rounds++; return rounds > calls }, func() {})
	})
}
