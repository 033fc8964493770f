package stopfirst

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Target runs until Stop, which reports no error.
type Target struct{ srv *Server }

// Run serves until Stop.
func (t *Target) Run() error { return t.srv.Run() }

// Stop makes Run return; it never fails.
func (t *Target) Stop() error {
	t.srv.Shutdown()
	return nil
}

// Close makes Run return, and says so when it was stopped before.
func (t *Target) Close() error {
	select {
	case <-t.srv.quit:
		return errStopped
	default:
	}
	t.srv.Shutdown()
	return nil
}

var errStopped = errors.New("already stopped")

type harness struct{ target *Target }

func newHarness() *harness { return &harness{target: &Target{srv: NewServer()}} }

// RunStopChecked runs the target held in a field of the test's harness and stops it with a checked Stop: a failed
// check before the stop leaves the goroutine in Run, and the check of a Stop that returns nil cannot fail.
func RunStopChecked(t testing.TB, h *harness, ready bool) {
	runErr := make(chan error)
	go func() {
		runErr <- h.target.Run()
	}()
	require.True(t, ready)
	require.NoError(t, h.target.Stop())
	require.NoError(t, <-runErr)
}

// RunCloseChecked stops it with Close, whose error is checked: when that check fails, Run has returned and its
// send has nobody to take it.
func RunCloseChecked(t testing.TB, h *harness, ready bool) {
	runErr := make(chan error)
	go func() {
		runErr <- h.target.Run() // want `sending on unbuffered channel runErr: RunCloseChecked can return before receiving from it`
	}()
	require.True(t, ready)
	require.NoError(t, h.target.Close()) // related `RunCloseChecked stops receiving from runErr here`
	require.NoError(t, <-runErr)
}
