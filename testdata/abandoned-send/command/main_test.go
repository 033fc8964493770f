package main

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// run strands exactly one worker per call; main calls it once and then exits, so the process keeps at most one.
func TestRunStrandsOneWorkerPerCall(t *testing.T) {
	release := make(chan struct{})
	work = func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		if run(time.Millisecond) == nil {
			t.Fatal("expected the timeout")
		}
		close(release)
	})
}
