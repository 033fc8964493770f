package timeout

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestLookupLeaksWhenTheTimeoutWins(t *testing.T) {
	release := make(chan struct{})
	slow := func(s string) Quote {
		<-release
		return Quote{Symbol: s}
	}
	leakcheck.Leaks(t, 1, func() {
		if _, ok := Lookup("GO", time.Millisecond, slow); ok {
			t.Fatal("expected the timeout to win")
		}
		close(release) // fetch returns only now, with nobody left to receive
	})
}

func TestLookupDoesNotLeakWhenFetchWins(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, ok := Lookup("GO", time.Minute, func(s string) Quote { return Quote{Symbol: s} }); !ok {
			t.Fatal("expected a quote")
		}
	})
}
