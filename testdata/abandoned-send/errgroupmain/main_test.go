package main

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// start strands its listener when the context ends first: one per call, and main makes one.
func TestStartStrandsOneListener(t *testing.T) {
	release := make(chan struct{})
	listen = func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_ = start(ctx)
		close(release)
	})
}

// check strands one per timed-out call.
func TestCheckStrandsOnePerCall(t *testing.T) {
	release := make(chan struct{})
	listen = func() error { <-release; return nil }
	leakcheck.Leaks(t, 2, func() {
		_ = check(time.Millisecond)
		_ = check(time.Millisecond)
		close(release)
	})
}
