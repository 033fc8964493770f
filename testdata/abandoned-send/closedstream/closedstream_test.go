package closedstream

import (
	"net"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestWatchIsCleanAfterTimeout(t *testing.T) {
	leakcheck.Clean(t, func() {
		a, b := net.Pipe()
		defer b.Close()
		_ = Watch(a, time.Millisecond)
	})
}

func TestWatchOpenLeaksOnALaterError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		a, b := net.Pipe()
		_ = WatchOpen(a, time.Millisecond)
		_ = a.SetReadDeadline(time.Now()) // the pending read fails with a timeout, not a close
		_ = b
	})
}

func TestCollectIsCleanAfterTimeout(t *testing.T) {
	leakcheck.Clean(t, func() {
		release := make(chan struct{})
		_, _ = Collect(func() int { <-release; return 1 }, time.Millisecond)
		close(release)
	})
}
