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

// After Banned, a Report panics on the closed channel: nothing is left waiting.
func TestSessionPanicsAfterBanned(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := NewSession()
		s.Report(Dropped)
		s.Report(Banned)
		time.Sleep(10 * time.Millisecond) // the loop closes events as it leaves
		defer func() {
			if recover() == nil {
				t.Error("Report after Banned did not panic")
			}
		}()
		s.Report(Quit)
	})
}

// After Quit, a Report waits forever.
func TestLinkStrandsAReportAfterQuit(t *testing.T) {
	l := NewLink()
	l.Report(Dropped)
	l.Report(Quit)
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { go l.Report(Dropped) })
}
