package buffered

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPingDoesNotLeakWhenTheTimeoutWins(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		if _, ok := Ping(func() time.Duration { <-release; return time.Second }, time.Millisecond); ok {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}
