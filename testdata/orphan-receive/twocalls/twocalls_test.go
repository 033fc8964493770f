package twocalls

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errDone = errors.New("done")

func stop() error { return errDone }

func TestBothIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Both(stop, stop) })
}

func TestOnlyOneLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go func() { _ = OnlyOne(stop) }() })
}
