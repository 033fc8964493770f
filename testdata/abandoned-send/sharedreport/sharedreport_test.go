package sharedreport

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunStrandsTheStepWhenTheContextWins(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() {
		if _, err := Run(ctx, func() int { time.Sleep(20 * time.Millisecond); return 1 }); err == nil {
			t.Error("the context should have won")
		}
	})
}

func TestStagedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if v := Staged(func() int { return 3 }); v != 3 {
			t.Errorf("got %d", v)
		}
	})
}
