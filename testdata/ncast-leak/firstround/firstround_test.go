package firstround

import (
	"sync/atomic"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// counter gives 1, 2, 3, … to whoever asks.
func counter() func() (int, bool) {
	var n int64
	return func() (int, bool) { return int(atomic.AddInt64(&n, 1)), true }
}

func TestBothIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Both(counter()) })
}

func TestFirstStrandsTheOtherAcceptor(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = First(counter()) })
}
