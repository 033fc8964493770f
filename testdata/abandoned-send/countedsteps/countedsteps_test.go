package countedsteps

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var errStep = errors.New("step failed")

func ok() error { return nil }

func slow() error {
	time.Sleep(10 * time.Millisecond)
	return nil
}

func fails() error { return errStep }

func TestExchangeStrandsTheSlowStepper(t *testing.T) {
	// The slow stepper at its first send, the failing one at its second.
	leakcheck.Leaks(t, 2, func() { _ = Exchange(slow, fails) })
}

func TestExchangeAllIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = ExchangeAll(slow, fails) })
	leakcheck.Clean(t, func() { _ = ExchangeAll(ok, ok) })
	leakcheck.Clean(t, func() { _ = Exchange(ok, ok) })
}
