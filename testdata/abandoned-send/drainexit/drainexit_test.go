package drainexit

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCollectDoesNotLeakWhenStopped(t *testing.T) {
	stop := make(chan struct{})
	close(stop)
	release := make(chan struct{})
	slow := func() int { <-release; return 1 }
	leakcheck.Clean(t, func() {
		// The jobs finish only after Collect has seen stop; its exit must still take all three results.
		time.AfterFunc(2*time.Millisecond, func() { close(release) })
		Collect([]func() int{slow, slow, slow}, stop)
	})
}

func TestCollectSums(t *testing.T) {
	one := func() int { return 1 }
	leakcheck.Clean(t, func() {
		if got := Collect([]func() int{one, one}, make(chan struct{})); got != 2 {
			t.Fatalf("got %d", got)
		}
	})
}
