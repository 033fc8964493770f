package closedloop

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Events up to the last one, then the close: the loop ends and nothing is left behind.
func TestHandlerLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		h := NewHandler()
		h.Handle(1, false)
		h.Handle(2, true)
	})
}

// A negative event ends Bounded's loop: the next Handle waits forever.
func TestBoundedStrandsTheNextEvent(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		b := NewBounded()
		b.Handle(-1)
		go b.Handle(1)
		time.Sleep(time.Millisecond)
	})
}
