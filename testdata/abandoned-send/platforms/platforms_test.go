package platforms

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// On linux Fetch waits for its worker: nothing is left behind.
func TestFetchIsCleanOnLinux(t *testing.T) {
	work = func() error { time.Sleep(20 * time.Millisecond); return nil }
	leakcheck.Clean(t, func() { _ = Fetch() })
}

// Probe gives up after the timeout and its worker stays blocked.
func TestProbeStrandsItsWorker(t *testing.T) {
	release := make(chan struct{})
	work = func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		_ = Probe()
		close(release)
	})
}
