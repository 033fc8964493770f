package whileflag

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// A context done before the producer is through strands it at its send.
func TestSumStrandsTheProducer(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		Sum(ctx, 3)
	})
}

func TestSumAllTakesEverything(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := SumAll(3); got != 6 {
			t.Errorf("got %d", got)
		}
	})
}
