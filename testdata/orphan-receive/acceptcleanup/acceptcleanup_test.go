package acceptcleanup

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Both ends arrive; nothing is left once the subtest's cleanup has closed the listener.
func TestPairHandsBothEnds(t *testing.T) {
	leakcheck.Clean(t, func() {
		t.Run("pair", func(t *testing.T) {
			c, s := Pair(t)
			c.Close()
			s.Close()
		})
	})
}

// Abandon waits forever for an end that never comes.
func TestAbandonWaitsForever(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Abandon(t) })
}
