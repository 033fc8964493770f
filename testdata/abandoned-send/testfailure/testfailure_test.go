package testfailure

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func helpers(d time.Duration, slow func() int) []func() {
	return []func(){
		func() { WaitFatal(leakcheck.StopT{}, d, slow) },
		func() { WaitRequireFail(leakcheck.StopT{}, d, slow) },
		func() { WaitErrorReturn(leakcheck.StopT{}, d, slow) },
		func() { WaitAssertFail(leakcheck.StopT{}, d, slow) },
		func() { WaitGinkgoFail(d, slow) },
	}
}

func TestEveryGiveUpStrandsTheWorker(t *testing.T) {
	for i := range helpers(time.Millisecond, nil) {
		release := make(chan struct{})
		f := helpers(time.Millisecond, func() int { <-release; return 1 })[i]
		leakcheck.Leaks(t, 1, func() {
			leakcheck.InOwnGoroutine(f)
			close(release) // the worker's value comes only now, with nobody left to receive it
		})
	}
}

func TestEveryHelperIsCleanWhenFast(t *testing.T) {
	fast := func() int { return 1 }
	for _, f := range helpers(time.Minute, fast) {
		leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(f) })
	}
	leakcheck.Clean(t, func() {
		WaitPanic(time.Minute, fast)
		WaitLogFatal(time.Minute, fast)
	})
}
