// Package namedchan: channels made from the package's named channel types (`type signal chan struct{}`, and an alias)
// are channels like any other. A worker that reports a failure on one and closes another as it ends: when the close's
// case wins, the worker is done, so nothing is stranded (quiet). A worker whose only report the caller stops waiting
// for after a timeout is stranded (reported).
package namedchan

import "time"

type signal chan struct{}

type failures = chan string

// Check runs step until it fails or says it is done, and reports the first failure.
func Check(step func() (bool, error)) string {
	failed := make(failures)
	finished := make(signal)
	go func() {
		defer close(finished)
		for {
			done, err := step()
			if err != nil {
				failed <- err.Error()
				return
			}
			if done {
				return
			}
		}
	}()
	select {
	case <-finished:
		return ""
	case msg := <-failed:
		return msg
	}
}

// Within runs work and waits for it at most d.
func Within(work func(), d time.Duration) bool {
	done := make(signal)
	go func() {
		work()
		done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: Within stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case <-done:
		return true
	case <-time.After(d): // related `Within stops receiving from done here`
		return false
	}
}

// CheckWithin is Check that also gives up after d: the timeout strands a worker about to report its failure.
func CheckWithin(step func() (bool, error), d time.Duration) string {
	failed := make(failures)
	finished := make(signal)
	go func() {
		defer close(finished)
		for {
			done, err := step()
			if err != nil {
				failed <- err.Error() // want "^goroutine may block forever sending on unbuffered channel failed: CheckWithin stops receiving when `case <-time.After\\(d\\)` wins$"
				return
			}
			if done {
				return
			}
		}
	}()
	select {
	case <-finished:
		return ""
	case msg := <-failed:
		return msg
	case <-time.After(d): // related `CheckWithin stops receiving from failed here`
		return "timeout"
	}
}
