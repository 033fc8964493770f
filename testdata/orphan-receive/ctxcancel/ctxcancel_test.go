package ctxcancel

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestWatchLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, Watch)
}

func TestTouchLeaks(t *testing.T) {
	p := &pool{}
	leakcheck.LeaksReceiving(t, 1, p.Touch)
}

func TestServeLeaks(t *testing.T) {
	// A select with one case parks the goroutine in "chan receive" too.
	leakcheck.LeaksReceiving(t, 1, Serve)
}

func TestCancelledAreClean(t *testing.T) {
	leakcheck.Clean(t, DeferredCancel)
	leakcheck.Clean(t, RunJob)
	leakcheck.Clean(t, Timed)
	leakcheck.Clean(t, Dial)
	leakcheck.Clean(t, Stream)
	leakcheck.Clean(t, Poll)
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		(&watch{}).Observe(ctx)
		cancel()
	})
	_ = time.Second
}

func TestDialHubLoopsForever(t *testing.T) {
	// The link's goroutine stays, parked in its select between retries.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, DialHub)
}

func TestDialAndCloseIsClean(t *testing.T) {
	leakcheck.Clean(t, DialAndClose)
}

func TestStoreChecksEndOnStop(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := &sqlStore{}
		s.StartChecks(time.Millisecond)
		time.Sleep(5 * time.Millisecond)
		s.Stop()
	})
}

func TestFileStoreChecksNeverEnd(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() {
		f := &fileStore{}
		f.StartChecks(time.Hour)
		f.Stop()
	})
}
