package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSizeBatcherRetainsATimerPerBatch(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		in := make(chan int, 2*calls)
		for i := 0; i < 2*calls; i++ {
			in <- i
		}
		close(in)
		SizeBatcher(in, 2, time.Hour, func([]int) {})
	})
}

func TestCommitterRetainsATimerPerRound(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		stop := make(chan bool, calls+1)
		for i := 0; i < calls; i++ {
			stop <- true
		}
		stop <- false
		Committer(stop, time.Hour, func() {})
	})
}

func TestAwaitHooksRetainsATimerPerHook(t *testing.T) {
	for i := 0; i < calls; i++ {
		Register("hook")
	}
	done := make(chan string, len(hooks))
	leakcheck.Retains(t, calls, func() {
		for range hooks {
			done <- "ok"
		}
		AwaitHooks(done, time.Hour)
	})
}
