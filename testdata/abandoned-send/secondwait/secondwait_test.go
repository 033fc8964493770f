package secondwait

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPhasesLeaksWhenWorkIsSlow(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		if Phases(time.Millisecond, func() { <-release }) {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}

func TestPhasesAreCleanWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() {
		Phases(time.Minute, func() {})
		PhasesWaiting(func() {})
	})
}
