package keepalive

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func events(n int) <-chan int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	return ch
}

// The session closes stop only as it returns: every reset, its own and the writer's, is taken.
func TestSessionLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 20; i++ {
			if got := Session(events(3), func(w *writer) { w.Write() }); got != 4 {
				t.Fatalf("Session = %d resets, want 4", got)
			}
		}
	})
}

// The deadline passes while the session is on its way to a reset: the loop has left, the reset blocks forever.
func TestSessionUntilStrandsTheReset(t *testing.T) {
	held, release := make(chan struct{}), make(chan struct{})
	beforeReset = func() { close(held); <-release }
	defer func() { beforeReset = func() {} }()
	leakcheck.Leaks(t, 1, func() {
		go SessionUntil(events(1), func(*timedWriter) {}, 10*time.Millisecond)
		<-held
		time.Sleep(50 * time.Millisecond) // the deadline closes stop; the loop returns
		close(release)
	})
}
