package perrequest

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestOneRegistrationIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		d := newDispatcher()
		d.Register(1)
		d.Stop()
	})
}

func TestTwoRegistrationsStrandTheLoopOnAcks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		d := newDispatcher()
		d.Register(1)
		d.Register(2)
	})
}
