package onemode

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func block(stop chan struct{}) func() error { return func() error { <-stop; return nil } }

// The context is done first: the one listener started is stranded when it stops.
func TestStartStrandsOneListener(t *testing.T) {
	stop := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_ = Start(ctx, true, block(stop), block(stop))
		close(stop)
	})
}

// The listener stops first: its error is received.
func TestStartIsCleanWhenListenerStops(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = Start(context.Background(), false, func() error { return nil }, func() error { return nil })
	})
}

// Both listeners run: the second to stop is stranded.
func TestStartBothStrandsOne(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = StartBoth(context.Background(), func() error { return nil }, func() error { return nil })
	})
}
