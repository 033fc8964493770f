// Package lastact: a watcher goroutine sends either its event or its error as its last act (`errs <- err;
// close(errs); return`): the caller's case on the other channel can win only once the goroutine is done, so it
// strands nothing (quiet). WatchLate's goroutine goes on after its error send, to a second send: the event case
// can then win while that send waits (reported).
package lastact

import "errors"

// Watcher delivers file events and errors.
type Watcher struct {
	Events chan string
	Errors chan error
}

// Wait waits until path shows up among w's events, or w reports an error.
func Wait(w *Watcher, path string) error {
	done := make(chan struct{})
	errs := make(chan error)
	go func() {
		for {
			select {
			case ev := <-w.Events:
				if ev == path {
					done <- struct{}{}
					return
				}
			case err := <-w.Errors:
				errs <- errors.New("watch: " + err.Error())
				close(errs)
				return
			}
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-done:
		return nil
	}
}

// WaitLate is Wait with a goroutine that reports every error and goes on watching.
func WaitLate(w *Watcher, path string) error {
	done := make(chan struct{})
	errs := make(chan error)
	go func() {
		for {
			select {
			case ev := <-w.Events:
				if ev == path {
					done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: WaitLate stops receiving when `case err := <-errs` wins$"
					return
				}
			case err := <-w.Errors:
				errs <- errors.New("watch: " + err.Error()) // want "^goroutine may block forever sending on unbuffered channel errs: it can send any number of times but WaitLate receives at most once$"
			}
		}
	}()
	select {
	case err := <-errs: // related "^WaitLate stops receiving from done here$" "^WaitLate receives from errs here, at most once$"
		return err
	case <-done:
		return nil
	}
}
