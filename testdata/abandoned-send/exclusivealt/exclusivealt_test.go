package exclusivealt

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var errWrite = errors.New("write failed")

// With one side running, its result or error is always taken before the timeout.
func TestHandshakeIsCleanWhenInTime(t *testing.T) {
	leakcheck.Clean(t, func() {
		if v, err := Handshake(true, func() (bool, error) { return true, nil }, nil, time.Second); err != nil || !v {
			t.Errorf("got %v, %v", v, err)
		}
		if _, err := Handshake(false, nil, func() error { return errWrite }, time.Second); err != errWrite {
			t.Errorf("got %v", err)
		}
	})
}

// A side that reports after the timeout waits forever.
func TestHandshakeStrandsALateError(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		slow := func() (bool, error) { <-release; return false, errWrite }
		if _, err := Handshake(true, slow, nil, time.Millisecond); err != errTimeout {
			t.Errorf("got %v", err)
		}
		close(release)
	})
}

// With both sides running, a result can win while the other side waits to report its error.
func TestBothStrandsTheOtherSidesError(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		read := func() (bool, error) { return true, nil }
		write := func() error { <-release; return errWrite }
		if v, err := Both(read, write, time.Second); err != nil || !v {
			t.Errorf("got %v, %v", v, err)
		}
		close(release)
	})
}
