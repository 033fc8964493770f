package lencheck

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDrainIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Drain(5, 2); Drain(5, -1) })
}

func TestDrainFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { DrainFirst(true); DrainFirst(false) })
}

func TestDrainGuardedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { DrainGuarded(true); DrainGuarded(false) })
}

func TestDrainFirstBlindlyLeaksItsReceiverWhenTheGoroutineStops(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go DrainFirstBlindly(true) })
}
