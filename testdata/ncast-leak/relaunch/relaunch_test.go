package relaunch

import (
	"errors"
	"fmt"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// gated returns a message each time it is let through.
type gated struct{ gate chan struct{} }

func (g gated) Recv() (string, error) {
	<-g.gate
	return "m", nil
}

func failed() <-chan error {
	errs := make(chan error, 1)
	errs <- errors.New("broken pipe")
	return errs
}

func TestServeIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := gated{gate: make(chan struct{})}
		if err := Serve(s, func(string) error { return nil }, failed()); err == nil {
			t.Error("Serve returned nil")
		}
		close(s.gate) // the outstanding reader now sends into the buffer and ends
	})
}

// firstFree lets its first Recv through at once and the later ones only when the gate opens.
type firstFree struct {
	calls chan struct{}
	gate  chan struct{}
}

func (f firstFree) Recv() (string, error) {
	select {
	case f.calls <- struct{}{}:
	default:
		<-f.gate
	}
	return "m", nil
}

func TestServeDoubledLeaksReaders(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		s := firstFree{calls: make(chan struct{}, 1), gate: make(chan struct{})}
		errs := make(chan error, 1)
		// The first message is handled, the send error arrives, and the two new readers wait at the gate.
		err := ServeDoubled(s, func(string) error { errs <- fmt.Errorf("broken pipe"); return nil }, errs)
		if err == nil {
			t.Error("ServeDoubled returned nil")
		}
		close(s.gate) // one reader's message fits the buffer; the other's does not
	})
}
