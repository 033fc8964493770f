package ownersend

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDriveIsClean(t *testing.T) {
	leakcheck.Clean(t, Drive)
}

func TestDriveCheckerLeaksAfterABadRequest(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go DriveChecker(-1) })
}

func TestWatchLeaksWhenTheContextIsCancelledFirst(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		// The loop sees the cancelled context (its only ready case) while Watch prepares its event.
		go Watch(ctx, func() { time.Sleep(20 * time.Millisecond) })
	})
}
