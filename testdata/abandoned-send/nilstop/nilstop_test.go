package nilstop

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// measure feeds every name, then sends a nil per retry: the first stops the loop, the second waits forever.
func measure(names []string, retries int) int {
	g := newGauge()
	for _, n := range names {
		g.add(n)
	}
	for i := 0; i < retries; i++ {
		g.samples <- nil // want "^goroutine may block forever sending on unbuffered channel gauge.samples: the goroutine running gauge.run, its only receiver, can return first$"
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.seen)
}

// The test feeds every name, then stops the loop with its one nil.
func TestCollectIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		c := newCollector()
		for _, n := range []string{"a", "b", "a"} {
			c.add(n)
		}
		c.samples <- nil
		c.mu.Lock()
		defer c.mu.Unlock()
		if len(c.seen) != 2 {
			t.Errorf("got %d", len(c.seen))
		}
	})
}

func TestMeasureStrandsTheSecondNil(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go measure([]string{"a"}, 2) })
}
