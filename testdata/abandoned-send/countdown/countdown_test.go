package countdown

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestAllDoneLeaksTheLastWhenCancelled(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		release := make(chan struct{})
		_ = AllDone(ctx, 3, func(int32) { <-release })
		close(release)
	})
}

func TestAllDoneBufferedIsCleanWhenCancelled(t *testing.T) {
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		release := make(chan struct{})
		_ = AllDoneBuffered(ctx, 3, func(int32) { <-release })
		close(release)
	})
}
