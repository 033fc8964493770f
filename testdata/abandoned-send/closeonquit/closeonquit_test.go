package closeonquit

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// After Close, a Resize panics on the closed channel: nothing is left waiting.
func TestResizerPanicsAfterClose(t *testing.T) {
	leakcheck.Clean(t, func() {
		r := NewResizer()
		r.Resize(2)
		r.Close()
		time.Sleep(10 * time.Millisecond) // the loop closes resize as it leaves
		defer func() {
			if recover() == nil {
				t.Error("Resize after Close did not panic")
			}
		}()
		r.Resize(3)
	})
}

// After Close, a Resize waits forever.
func TestKeeperStrandsALateResize(t *testing.T) {
	k := NewKeeper()
	k.Resize(2)
	k.Close()
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { go k.Resize(3) })
}
