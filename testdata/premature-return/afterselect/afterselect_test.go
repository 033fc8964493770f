package afterselect

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// serveUntil returns a serve function that runs until stop is closed, and a shutdown that closes it.
func serveUntil(shutdownErr error) (serve func() error, shutdown func() error) {
	stop := make(chan struct{})
	return func() error { <-stop; return nil }, func() error { close(stop); return shutdownErr }
}

func TestRunLeaksServeWhenShutdownFails(t *testing.T) {
	serve, shutdown := serveUntil(errors.New("shutdown failed"))
	done := make(chan struct{})
	close(done)
	leakcheck.Leaks(t, 1, func() {
		if err := Run(serve, done, shutdown); err == nil {
			t.Error("Run hid the shutdown error")
		}
	})
}

func TestRunWaitsForServeAfterAGoodShutdown(t *testing.T) {
	serve, shutdown := serveUntil(nil)
	done := make(chan struct{})
	close(done)
	leakcheck.Clean(t, func() { Run(serve, done, shutdown) })
}

func TestRunReturnsServesError(t *testing.T) {
	leakcheck.Clean(t, func() {
		err := Run(func() error { return errors.New("boom") }, make(chan struct{}), func() error { return nil })
		if err == nil || err.Error() != "boom" {
			t.Errorf("Run = %v", err)
		}
	})
}
