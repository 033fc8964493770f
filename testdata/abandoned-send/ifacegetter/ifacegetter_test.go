package ifacegetter

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Values pushed to a Feed are drained through the source interface.
func TestFeedIsDrainedThroughTheInterface(t *testing.T) {
	leakcheck.Clean(t, func() {
		f := NewFeed()
		Pump(f, []int{1, 2})
		if got := Drain(f, 2); len(got) != 2 {
			t.Errorf("got %v", got)
		}
		if got := First(NewStatic(7)); got != 7 {
			t.Errorf("got %d", got)
		}
	})
}

// Nothing receives what an Orphan is pushed.
func TestOrphanPushWaitsForever(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go NewOrphan().Push(1) })
}
