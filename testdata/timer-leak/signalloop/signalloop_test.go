package signalloop

import (
	"syscall"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Serve returns once the process is told to stop.
func TestServeEndsOnTerm(t *testing.T) {
	done := make(chan struct{})
	go func() {
		Serve(time.Millisecond, func() {})
		close(done)
	}()
	term <- syscall.SIGTERM
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("Serve did not return on SIGTERM")
	}
}

// Each Dump keeps its ticker after stop: before Go 1.23 it is never collected.
func TestDumpRetainsATickerPerCall(t *testing.T) {
	leakcheck.Retains(t, 2, func() {
		stop := make(chan struct{})
		close(stop)
		Dump(time.Millisecond, func() {}, stop)
		Dump(time.Millisecond, func() {}, stop)
	})
}
