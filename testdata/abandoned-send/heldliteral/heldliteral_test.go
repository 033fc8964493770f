package heldliteral

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each probe strands its loader on a timeout: probe twice per process (from init), probeEach once per entry.
func TestProbesStrandOneLoaderPerCall(t *testing.T) {
	release := make(chan struct{})
	load = func(string) error { <-release; return nil }
	timeout = time.Millisecond
	leakcheck.Leaks(t, 3, func() {
		probe("index")
		probeEach("a")
		probeEach("b")
		close(release)
	})
}
