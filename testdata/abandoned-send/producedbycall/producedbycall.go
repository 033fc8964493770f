// Package producedbycall: a function runs a streaming call in a goroutine and waits for the call's first update or
// its error. When the goroutine sends only if the call fails, the update case takes what the call itself produced,
// and whether a call that has produced can still fail is its own protocol (quiet: Serve never does). A goroutine
// that sends the call's result whatever it is sends when the call ends, and the update case strands it (reported).
package producedbycall

import "errors"

// Stream carries a call's updates until it is done.
type Stream struct {
	updates chan int
	done    chan struct{}
}

// NewStream makes a stream.
func NewStream() *Stream { return &Stream{updates: make(chan int, 1), done: make(chan struct{})} }

// Close ends the stream.
func (s *Stream) Close() { close(s.done) }

// Serve fails before it produces anything, or sends one update and returns nil once the stream is done.
func Serve(s *Stream, fail bool) error {
	if fail {
		return errors.New("setup failed")
	}
	s.updates <- 1
	<-s.done
	return nil
}

// First sends the call's error only: quiet.
func First(s *Stream, fail bool) (int, error) {
	errs := make(chan error)
	go func() {
		if err := Serve(s, fail); err != nil {
			errs <- err
		}
	}()
	select {
	case u := <-s.updates:
		return u, nil
	case err := <-errs:
		return 0, err
	}
}

// FirstResult sends the call's result, nil included, when the call ends.
func FirstResult(s *Stream) (int, error) {
	errs := make(chan error)
	go func() {
		errs <- Serve(s, false) // want "^goroutine may block forever sending on unbuffered channel errs: FirstResult stops receiving when `case u := <-s.updates` wins$"
	}()
	select {
	case u := <-s.updates: // related `FirstResult stops receiving from errs here`
		return u, nil
	case err := <-errs:
		return 0, err
	}
}
