package untilcase

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStoreIsCleanWhenEverythingIsTaken(t *testing.T) {
	leakcheck.Clean(t, func() {
		dst := make(chan int, 3)
		Store(context.Background(), 3, dst)
	})
}

// Nobody takes from dst and ctx is done: Store returns after the first item, and the producer is stranded.
func TestStoreStrandsTheProducerWhenCancelled(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		Store(ctx, 3, make(chan int))
	})
}
