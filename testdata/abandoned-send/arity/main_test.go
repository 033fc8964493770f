package main

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

type staticSource struct{}

func (staticSource) Serve() error { return nil }

type okChecker struct{}

func (okChecker) Probe(chan struct{}) error { return nil }

// The server reads and probes its own: three rounds of each.
func TestRefresh(t *testing.T) {
	leakcheck.Clean(t, func() {
		(&server{source: staticSource{}, checker: okChecker{}}).refresh(make(chan struct{}))
	})
}

// Serve strands exactly one worker per call; main calls it once and then exits, so the process keeps at most one.
func TestServeStrandsOneWorkerPerCall(t *testing.T) {
	release := make(chan struct{})
	work = func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		stop := make(chan struct{})
		close(stop)
		if (&server{}).Serve(stop) != nil {
			t.Fatal("expected the stop")
		}
		close(release)
	})
}

// Probe strands one worker per call too; called through the checker in a loop, they would pile up.
func TestProbeStrandsAWorkerPerCall(t *testing.T) {
	release := make(chan struct{})
	work = func() error { <-release; return nil }
	leakcheck.Leaks(t, 3, func() {
		stop := make(chan struct{})
		close(stop)
		s := &server{}
		var c checker = s
		for i := 0; i < 3; i++ {
			_ = c.Probe(stop)
		}
		close(release)
	})
}
