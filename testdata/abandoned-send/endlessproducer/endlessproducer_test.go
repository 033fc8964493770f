package endlessproducer

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Sample stops after n values: the generator, past its check, waits at a send with the buffer full.
func TestSampleStrandsTheGenerator(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if got := Sample(4); got != 0+1+2+3 {
			t.Fatalf("Sample = %d", got)
		}
	})
}

// First3 takes three values of an unbuffered counter that never stops.
func TestFirst3StrandsTheCounter(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if got := First3(); len(got) != 3 {
			t.Fatalf("First3 = %v", got)
		}
	})
}

func TestDrainGuardedFiniteLeaveNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 20; i++ {
			Drain(3)
			Guarded(3)
			Finite([]int{1, 2, 3, 4}, 2)
		}
	})
}
