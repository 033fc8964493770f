package lastact

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Wait takes whichever the goroutine sends: an error and then an event leave nothing behind.
func TestWaitLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		w := &Watcher{Events: make(chan string, 1), Errors: make(chan error, 1)}
		w.Errors <- errors.New("boom")
		if Wait(w, "a") == nil {
			t.Fatal("expected the error")
		}
		w = &Watcher{Events: make(chan string, 1), Errors: make(chan error, 1)}
		w.Events <- "a"
		if Wait(w, "a") != nil {
			t.Fatal("expected the event")
		}
	})
}

// WaitLate returns on the error; the event that follows strands its goroutine at the done send.
func TestWaitLateStrandsTheEvent(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		w := &Watcher{Events: make(chan string), Errors: make(chan error, 1)}
		w.Errors <- errors.New("boom")
		if WaitLate(w, "a") == nil {
			t.Fatal("expected the error")
		}
		w.Events <- "a"
		time.Sleep(time.Millisecond)
	})
}
