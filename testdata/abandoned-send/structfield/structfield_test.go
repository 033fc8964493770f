package structfield

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestHealthyLeaksWhenTheProbeIsSlow(t *testing.T) {
	release := make(chan struct{})
	slow := func() bool { <-release; return true }
	leakcheck.Leaks(t, 1, func() {
		if Healthy(slow, time.Millisecond) {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}

func TestHealthyBufferedDoesNotLeak(t *testing.T) {
	release := make(chan struct{})
	slow := func() bool { <-release; return true }
	leakcheck.Clean(t, func() {
		if HealthyBuffered(slow, time.Millisecond) {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}

func TestStartHandsTheResultOver(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := Start(func() bool { return true })
		if !<-p.results {
			t.Fatal("expected true")
		}
	})
}
