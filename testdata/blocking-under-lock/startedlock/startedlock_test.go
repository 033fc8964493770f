package startedlock

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunStrandsTheStepWhenTheContextWins(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	j := &Job{step: func() int { time.Sleep(20 * time.Millisecond); return 1 }}
	leakcheck.Leaks(t, 1, func() {
		if _, err := j.Run(ctx); err == nil {
			t.Error("the context should have won")
		}
	})
}

func TestRunIsCleanWhenTheStepWins(t *testing.T) {
	j := &Job{step: func() int { return 1 }}
	leakcheck.Clean(t, func() {
		if v, _ := j.Run(context.Background()); v != 1 {
			t.Errorf("got %d", v)
		}
	})
}

func TestPollDeadlocksWhenTheReportHoldsTheLock(t *testing.T) {
	gate := make(chan struct{})
	j := &Job{step: func() int { return 1 }, gate: gate, hook: func() { close(gate) }}
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, leakcheck.MutexWait(): 1}, func() { go j.Poll() })
}
