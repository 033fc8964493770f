package giveupcase

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestKillWaitTakesTheResultAfterStopping(t *testing.T) {
	leakcheck.Clean(t, func() {
		release := make(chan struct{})
		wait := func() error { <-release; return nil }
		stop := func() error { close(release); return nil }
		if err := KillWait(wait, stop, 5*time.Millisecond); err != errTimeout {
			t.Errorf("got %v, want errTimeout", err)
		}
	})
}

func TestKillWaitStrandsTheResultWhenStoppingFails(t *testing.T) {
	release := make(chan struct{})
	wait := func() error { <-release; return nil }
	stop := func() error { return errors.New("cannot stop") }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		_ = KillWait(wait, stop, 5*time.Millisecond)
		close(release)
	})
}
