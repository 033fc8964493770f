package closestop

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstEvenStopsTheGenerator(t *testing.T) {
	i := 0
	next := func() int { i++; return i }
	leakcheck.Clean(t, func() {
		if got := FirstEven(next); got != 2 {
			t.Fatalf("got %d", got)
		}
	})
}
