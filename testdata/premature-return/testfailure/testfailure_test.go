package testfailure

import (
	"errors"
	"runtime"
	"testing"

	"golintchan.example/testdata/internal/check"
	"golintchan.example/testdata/internal/leakcheck"
)

// stopT is a test handle whose failures end the calling goroutine, as a real *testing.T's do, without failing
// the test that runs the helpers.
type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Log(...interface{})            {}
func (stopT) Error(...interface{})          {}
func (stopT) Errorf(string, ...interface{}) {}
func (stopT) Fatal(...interface{})          { runtime.Goexit() }
func (stopT) Fatalf(string, ...interface{}) { runtime.Goexit() }
func (stopT) FailNow()                      { runtime.Goexit() }

func failing() (int, error) { return 0, errors.New("fetch failed") }
func working() (int, error) { return 1, nil }

// giveUps runs each helper with fetch.
func giveUps(fetch func() (int, error)) []func() {
	s := &Suite{}
	s.SetT(stopT{})
	return []func(){
		func() { GiveUpFatal(stopT{}, fetch) },
		func() { GiveUpFatalf(stopT{}, fetch) },
		func() { GiveUpFailNow(stopT{}, fetch) },
		func() { GiveUpErrorReturn(stopT{}, fetch) },
		func() { GiveUpAssertFailReturn(stopT{}, fetch) },
		func() { GiveUpCheckFatal(check.NewC(stopT{}), fetch) },
		func() { GiveUpGinkgoFail(fetch) },
		func() { GiveUpRequireNoError(stopT{}, fetch) },
		func() { s.GiveUpFailNow(fetch) },
		func() { s.GiveUpRequireMethod(fetch) },
		func() { s.GiveUpSuiteT(fetch) },
		func() { GiveUpAssertNoError(stopT{}, fetch) },
		func() { GiveUpBeforeClose(stopT{}, fetch, func() {}) },
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
	fs := giveUps(failing)
	for i, f := range fs[:len(fs)-1] {
		f := f
		t.Logf("helper %d", i)
		leakcheck.Leaks(t, 1, func() { inOwnGoroutine(f) })
	}
	// GiveUpBeforeClose strands a receiver.
	leakcheck.LeaksReceiving(t, 1, func() { inOwnGoroutine(fs[len(fs)-1]) })
}

func TestReturnAfterAssertLeaksOnANegativeValue(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { ReturnAfterAssert(stopT{}, func() (int, error) { return -1, nil }) })
}

func TestEveryHelperIsCleanWhenFetchWorks(t *testing.T) {
	for _, f := range giveUps(working) {
		leakcheck.Clean(t, func() { inOwnGoroutine(f) })
	}
	leakcheck.Clean(t, func() {
		EndExit(working)
		EndLogFatal(working)
		EndPanic(working)
		ReturnAfterAssert(stopT{}, working)
	})
}

// EndExit, EndLogFatal and EndPanic are not run with a failing fetch: they end the test binary, and with it
// every goroutine.
