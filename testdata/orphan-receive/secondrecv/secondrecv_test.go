package secondrecv

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errStep = errors.New("step failed")

func ok() error   { return nil }
func fail() error { return errStep }

func TestExchangeLeaksWhenFirstFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Exchange(fail, ok) })
}

func TestExchangeIsCleanWhenBothWork(t *testing.T) {
	leakcheck.Clean(t, func() { Exchange(ok, ok) })
}

func TestExchangeOnceIsCleanWhenFirstFails(t *testing.T) {
	leakcheck.Clean(t, func() { ExchangeOnce(fail, ok) })
}
