package testfailure

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/check"
	"golintchan.example/testdata/internal/leakcheck"
)

func failing() (int, error) { return 0, errors.New("fetch failed") }
func working() (int, error) { return 1, nil }

// giveUps runs each helper with fetch.
func giveUps(fetch func() (int, error)) []func() {
	s := &Suite{}
	s.SetT(leakcheck.StopT{})
	return []func(){
		func() { GiveUpFatal(leakcheck.StopT{}, fetch) },
		func() { GiveUpFatalf(leakcheck.StopT{}, fetch) },
		func() { GiveUpFailNow(leakcheck.StopT{}, fetch) },
		func() { GiveUpErrorReturn(leakcheck.StopT{}, fetch) },
		func() { GiveUpAssertFailReturn(leakcheck.StopT{}, fetch) },
		func() { GiveUpCheckFatal(check.NewC(leakcheck.StopT{}), fetch) },
		func() { GiveUpGinkgoFail(fetch) },
		func() { GiveUpRequireNoError(leakcheck.StopT{}, fetch) },
		func() { s.GiveUpFailNow(fetch) },
		func() { s.GiveUpRequireMethod(fetch) },
		func() { s.GiveUpSuiteT(fetch) },
		func() { GiveUpAssertNoError(leakcheck.StopT{}, fetch) },
		func() { GiveUpBeforeClose(leakcheck.StopT{}, fetch, func() {}) },
	}
}

func TestEveryGiveUpStrandsTheWorker(t *testing.T) {
	fs := giveUps(failing)
	for i, f := range fs[:len(fs)-1] {
		f := f
		t.Logf("helper %d", i)
		leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(f) })
	}
	// GiveUpBeforeClose strands a receiver.
	leakcheck.LeaksReceiving(t, 1, func() { leakcheck.InOwnGoroutine(fs[len(fs)-1]) })
}

func TestReturnAfterAssertLeaksOnANegativeValue(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { ReturnAfterAssert(leakcheck.StopT{}, func() (int, error) { return -1, nil }) })
}

func TestEveryHelperIsCleanWhenFetchWorks(t *testing.T) {
	for _, f := range giveUps(working) {
		leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(f) })
	}
	leakcheck.Clean(t, func() {
		EndExit(working)
		EndLogFatal(working)
		EndPanic(working)
		ReturnAfterAssert(leakcheck.StopT{}, working)
	})
}

// EndExit, EndLogFatal and EndPanic are not run with a failing fetch: they end the test binary, and with it
// every goroutine.

// Either step's failure strands GiveUpInSteps's receiver; with both working it is clean.
func TestGiveUpInStepsLeaksAtEitherStep(t *testing.T) {
	fail := func() error { return errors.New("step failed") }
	ok := func() error { return nil }
	leakcheck.LeaksReceiving(t, 1, func() { leakcheck.InOwnGoroutine(func() { GiveUpInSteps(leakcheck.StopT{}, fail, ok, func() {}) }) })
	leakcheck.LeaksReceiving(t, 1, func() { leakcheck.InOwnGoroutine(func() { GiveUpInSteps(leakcheck.StopT{}, ok, fail, func() {}) }) })
	leakcheck.Clean(t, func() { GiveUpInSteps(leakcheck.StopT{}, ok, ok, func() {}) })
}
