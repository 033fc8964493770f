package ctxerr

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestApplyOneDelivers(t *testing.T) {
	leakcheck.Clean(t, func() {
		if ApplyOne(3) != 3 {
			t.Error("wrong item")
		}
	})
}

// A context cancelled before the call: apply returns first and the goroutine waits forever.
func TestApplyOneWithinCancelledStrandsTheReceiver(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_ = ApplyOneWithin(ctx, 3)
	})
}
