package makezero

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestResolveLeaksWhenTheTimerFires(t *testing.T) {
	release := make(chan struct{})
	slow := func(host string) []string {
		<-release
		return []string{"192.0.2.1"}
	}
	leakcheck.Leaks(t, 1, func() {
		if _, ok := Resolve(slow, "example.org", time.Millisecond); ok {
			t.Fatal("expected the timer to win")
		}
		close(release)
	})
}

func TestResolveDoesNotLeakWhenResolved(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, ok := Resolve(func(string) []string { return nil }, "example.org", time.Minute); !ok {
			t.Fatal("expected an answer")
		}
	})
}
