package main

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Main.Run strands one worker goroutine when stop wins before the worker fails; main runs it once, so the process
// keeps at most one until it exits.
func TestRunStrandsOneWorkerWhenStopped(t *testing.T) {
	fail := make(chan struct{})
	m := &Main{stop: make(chan struct{})}
	close(m.stop)
	leakcheck.Leaks(t, 1, func() {
		_ = m.Run(func() error {
			select {
			case <-fail:
				return errors.New("failed")
			default:
				return nil
			}
		})
		close(fail)
		time.Sleep(5 * time.Millisecond)
	})
}
