package neverfails

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPrepareEndsWhenCancelled(t *testing.T) {
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_ = Prepare(ctx, " x ")
	})
}

// run outlives the receiver: it returns after ctx is done, and its result has no one to take it.
func TestRunStrandsTheResult(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
		defer cancel()
		_ = Run(ctx, " x ", func(ctx context.Context, _ string) error {
			<-ctx.Done()
			time.Sleep(5 * time.Millisecond)
			return ctx.Err()
		})
	})
}
