package clean

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPaceFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls/10; i++ {
			Pace([]int{1, 2}, time.Microsecond, func(int) {})
		}
	})
}

func TestScriptFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls/10; i++ {
			Script([]time.Duration{time.Microsecond, time.Microsecond}, nil, func(int) {})
		}
	})
}

func TestSumOfThreeFreesItsTimers(t *testing.T) {
	ready := func() <-chan int { c := make(chan int, 1); c <- 1; return c }
	leakcheck.Frees(t, calls, func() {
		for i := 0; i < calls/10; i++ {
			if n := SumOfThree(ready(), ready(), ready(), time.Millisecond); n != 3 {
				t.Errorf("SumOfThree = %d, want 3", n)
			}
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

func TestUntilInterruptFreesItsTimer(t *testing.T) {
	interrupt := make(chan struct{})
	close(interrupt)
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			UntilInterrupt(nil, interrupt, nil, time.Microsecond, func() {})
		}
		time.Sleep(5 * time.Millisecond)
	})
}

func TestWaitEachFreesItsTimers(t *testing.T) {
	ready := func() <-chan int { c := make(chan int, 1); c <- 1; return c }
	leakcheck.Frees(t, calls, func() {
		for i := 0; i < calls/10; i++ {
			BothOf(ready(), ready(), time.Millisecond)
			EitherOf(ready(), ready(), time.Millisecond)
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

func TestAwaitSettledFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls/10; i++ {
			events := make(chan int, 5)
			for j := 0; j < 5; j++ {
				events <- j
			}
			if n, settled := AwaitSettled(events, time.Millisecond); settled || n != 3 {
				t.Errorf("AwaitSettled = %d, %v; want 3, false", n, settled)
			}
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

func TestPollUntilDoneFreesItsTimers(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			PollUntilDone(ctx, time.Hour, func() {})
		}
	})
}
