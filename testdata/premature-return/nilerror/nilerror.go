// Package nilerror: a failing check on a call of the package's own function or method whose one result, an error,
// is nil in every return cannot fail (`require.NoError(t, s.Stop())` for a Stop that always returns nil): it is no
// way out before the send (quiet). The same check on one that can return an error is (reported).
package nilerror

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Service is started by a goroutine and stopped by its owner.
type Service struct{ stopped bool }

// Start marks the service started (a stand-in for its work).
func (s *Service) Start() {}

// Stop always succeeds.
func (s *Service) Stop() error {
	s.stopped = true
	return nil
}

// Close fails when the service was stopped first.
func (s *Service) Close() error {
	if s.stopped {
		return errors.New("already stopped")
	}
	return nil
}

// StopThenRelease starts the service in a goroutine that waits for a release, stops it, and releases it.
func StopThenRelease(t testing.TB, s *Service) {
	exit := make(chan bool)
	go func() {
		s.Start()
		<-exit
	}()
	require.NoError(t, s.Stop())
	exit <- true
}

// CloseThenRelease closes it instead: the check can fail, and the goroutine then waits for good.
func CloseThenRelease(t testing.TB, s *Service) {
	exit := make(chan bool)
	go func() {
		s.Start()
		<-exit // want `^the goroutine in CloseThenRelease may block forever receiving from unbuffered channel exit: CloseThenRelease can return before sending on or closing it$`
	}()
	require.NoError(t, s.Close()) // related `CloseThenRelease can finish here without sending on exit`
	exit <- true
}
