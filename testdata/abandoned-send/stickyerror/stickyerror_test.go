package stickyerror

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errWrite = errors.New("write failed")

func failing([]byte) error { return errWrite }

// Relay sends its first error only: whether or not it is asked for, the writer ends.
func TestRelayKeepsItsFirstError(t *testing.T) {
	leakcheck.Clean(t, func() {
		frames := [][]byte{{1}, {2}, {3}}
		if err := Relay(frames, failing, false); err != nil {
			t.Errorf("got %v", err)
		}
		if err := Relay(frames, failing, true); err != errWrite {
			t.Errorf("got %v", err)
		}
	})
}

// Leaky's second failed write waits forever for the slot its first error holds.
func TestLeakyStrandsItsSecondError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = Leaky([][]byte{{1}, {2}}, failing, false)
	})
}
