package clean

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every function leaves no goroutine behind once the caller has done its part.

const every = time.Millisecond

func TestDeferred(t *testing.T) {
	leakcheck.Clean(t, func() { Deferred(every) })
}

func TestIndirect(t *testing.T) {
	leakcheck.Clean(t, func() { Indirect(every) })
}

func TestStartedIsStoppedByTheCaller(t *testing.T) {
	leakcheck.Clean(t, func() { Started(every).Stop() })
}

func TestLaterIsStoppedByTheCaller(t *testing.T) {
	leakcheck.Clean(t, func() { Later(every)() })
}

func TestRegisterAndStopAll(t *testing.T) {
	leakcheck.Clean(t, func() {
		Register(every)
		Register(every)
		StopAll()
	})
}

func TestPublishedAndStopped(t *testing.T) {
	leakcheck.Clean(t, func() {
		Published(every)
		StopPublished()
	})
}

func TestManagedAndCleanedUp(t *testing.T) {
	leakcheck.Clean(t, func() {
		Managed(every)
		RunCleanups()
	})
}

func TestClosed(t *testing.T) {
	leakcheck.Clean(t, func() { Closed(every) })
}

func TestSum(t *testing.T) {
	leakcheck.Clean(t, func() { Sum([]int{1, 2, 3}) })
}

func TestUntil(t *testing.T) {
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		Until(ctx)
		cancel()
	})
}

func TestIngest(t *testing.T) {
	leakcheck.Clean(t, func() { Ingest([]string{"a", "b"}) })
}

func TestIngestNamedAndCloseAll(t *testing.T) {
	leakcheck.Clean(t, func() {
		IngestNamed("x", []string{"a"})
		CloseAll()
	})
}
