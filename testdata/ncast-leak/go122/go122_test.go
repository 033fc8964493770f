package go122

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstOnlyIsCleanAtTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func(v int) int { <-release; return v }
	leakcheck.Clean(t, func() {
		if _, ok := FirstOnly([]int{1, 2, 3, 4}, slow, time.Millisecond); ok {
			t.Error("expected the timeout")
		}
		close(release) // the one sender finds the slot empty
	})
}

func TestEvenOnesStrandsOne(t *testing.T) {
	fast := func(v int) int { return v }
	leakcheck.Leaks(t, 1, func() {
		// Indexes 0, 2 and 4 send: one is taken, one waits in the slot, one blocks.
		if _, ok := EvenOnes([]int{1, 2, 3, 4, 5, 6}, fast, time.Second); !ok {
			t.Error("expected a value")
		}
	})
}
