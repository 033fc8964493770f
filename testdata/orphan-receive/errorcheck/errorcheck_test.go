package errorcheck

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func failing() error { return errors.New("cannot open") }
func ok() error      { return nil }

// Each checking receiver ends its goroutine at the failed open's error (runtime.Goexit through StopT), and the
// goroutine that sent it has returned: nothing is left.
func TestCheckingReceiversStopAtTheError(t *testing.T) {
	for _, check := range []func(testing.TB, func() error, func() error){CheckRequire, CheckThat, CheckErr} {
		leakcheck.Clean(t, func() { go check(leakcheck.StopT{}, failing, ok) })
	}
}

// When every step succeeds all three values come and every receiver returns.
func TestReceiversReturnWhenAllSucceed(t *testing.T) {
	for _, check := range []func(testing.TB, func() error, func() error){CheckRequire, CheckThat, CheckErr, CheckAssert} {
		leakcheck.Clean(t, func() { check(t, ok, ok) })
	}
}

// assert.NoError only records the failed open: the receiver waits for a second value that never comes.
func TestCheckAssertWaitsForGood(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go CheckAssert(leakcheck.StopT{}, failing, ok) })
}

// A failed step after a good open: the check ends the receiver at that step's error, and the goroutine waits for good
// to send the next value.
func TestAFailedStepStrandsTheSender(t *testing.T) {
	for _, check := range []func(testing.TB, func() error, func() error){CheckRequire, CheckErr} {
		leakcheck.Leaks(t, 1, func() { go check(leakcheck.StopT{}, ok, failing) })
	}
}

func fetchFails() (int, error) { return 0, errors.New("cannot fetch") }
func fetchOK() (int, error)    { return 1, nil }

// Fetch stops at the told error (StopT ends its goroutine) and returns the value otherwise.
func TestFetchStopsAtTheToldError(t *testing.T) {
	leakcheck.Clean(t, func() { go Fetch(leakcheck.StopT{}, fetchFails) })
	leakcheck.Clean(t, func() {
		if v := Fetch(t, fetchOK); v != 1 {
			t.Errorf("Fetch = %d", v)
		}
	})
}

// FetchValueFirst waits for a value that a failed fetch never sends.
func TestFetchValueFirstWaitsForGood(t *testing.T) {
	leakcheck.Clean(t, func() { FetchValueFirst(fetchOK) })
	leakcheck.LeaksReceiving(t, 1, func() { go FetchValueFirst(fetchFails) })
}
