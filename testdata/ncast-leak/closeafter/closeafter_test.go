package closeafter

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error { return nil }

// One failing peer among several: its report fits the buffer, it closes the channel, and everyone ends.
func TestFirstBlameLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		bad := func() error { return errors.New("blamed") }
		if err := FirstBlame([]func() error{ok, bad, ok}); err == nil {
			t.Error("want the failure")
		}
		if err := FirstBlame([]func() error{ok, ok}); err != nil {
			t.Error(err)
		}
	})
}

// A failure that comes after the wait timed out: its report waits for a receiver that is gone.
func TestFirstBlameWithinStrandsALateFailure(t *testing.T) {
	release := make(chan struct{})
	late := func() error { <-release; return errors.New("late") }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		if err := FirstBlameWithin([]func() error{late}, 5*time.Millisecond); err != nil {
			t.Error(err)
		}
		close(release)
	})
}
