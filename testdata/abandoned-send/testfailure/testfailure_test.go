package testfailure

import (
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// stopT is a test handle whose failures end the calling goroutine, as a real *testing.T's do, without failing
// the test that runs the helpers.
type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Error(...interface{})          {}
func (stopT) Errorf(string, ...interface{}) {}
func (stopT) Fatal(...interface{})          { runtime.Goexit() }
func (stopT) FailNow()                      { runtime.Goexit() }

func helpers(d time.Duration, slow func() int) []func() {
	return []func(){
		func() { WaitFatal(stopT{}, d, slow) },
		func() { WaitRequireFail(stopT{}, d, slow) },
		func() { WaitErrorReturn(stopT{}, d, slow) },
		func() { WaitGinkgoFail(d, slow) },
	}
}

// inOwnGoroutine runs f as a test body runs: in a goroutine of its own, which a failure ends.
func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

func TestEveryGiveUpStrandsTheWorker(t *testing.T) {
	for i := range helpers(time.Millisecond, nil) {
		release := make(chan struct{})
		f := helpers(time.Millisecond, func() int { <-release; return 1 })[i]
		leakcheck.Leaks(t, 1, func() {
			inOwnGoroutine(f)
			close(release) // the worker's value comes only now, with nobody left to receive it
		})
	}
}

func TestEveryHelperIsCleanWhenFast(t *testing.T) {
	fast := func() int { return 1 }
	for _, f := range helpers(time.Minute, fast) {
		leakcheck.Clean(t, func() { inOwnGoroutine(f) })
	}
	leakcheck.Clean(t, func() {
		WaitPanic(time.Minute, fast)
		WaitLogFatal(time.Minute, fast)
	})
}
