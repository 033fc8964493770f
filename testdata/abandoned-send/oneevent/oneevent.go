// Package oneevent: a worker reports exactly one event: an error send, or `close(done)` / a `done` send, each the
// last thing it does. When the receiver's `case <-done` wins, the worker is already finished, so that case strands
// nobody; a timeout case does, and it is the one to name. A worker that goes on after an error send can send a
// second error nobody takes.
package oneevent

import "time"

// Steps closes done after n steps or sends the first error and returns: quiet.
func Steps(n int, step func() error) error {
	errs, done := make(chan error), make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			if i == n {
				close(done)
				return
			}
			if err := step(); err != nil {
				errs <- err
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

// StepsThenSignal sends on done after a loop whose error sends each return: quiet.
func StepsThenSignal(n int, step func() error) error {
	errs, done := make(chan error), make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			if err := step(); err != nil {
				errs <- err
				return
			}
		}
		done <- struct{}{}
	}()
	select {
	case err := <-errs:
		return err
	case <-done:
		return nil
	}
}

// StepsWithin adds a timeout: when it wins, the worker blocks on its error send (or on done); the timeout case is
// what abandons it, not `case <-done`.
func StepsWithin(n int, step func() error, d time.Duration) error {
	errs, done := make(chan error), make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			if err := step(); err != nil {
				errs <- err // want "^goroutine may block forever sending on unbuffered channel errs: StepsWithin stops receiving when `case <-time.After\\(d\\)` wins$"
				return
			}
		}
		done <- struct{}{} // related "the goroutine can also block here sending on done"
	}()
	select {
	case err := <-errs:
		return err
	case <-done:
		return nil
	case <-time.After(d): // related `StepsWithin stops receiving from errs here`
		return nil
	}
}

// StepsGoingOn keeps stepping after an error send: the receiver takes the first error and leaves, and a second
// error blocks.
func StepsGoingOn(n int, step func() error) error {
	errs, done := make(chan error), make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			if err := step(); err != nil {
				errs <- err // want `^goroutine may block forever sending on unbuffered channel errs: it can send any number of times but StepsGoingOn receives at most once$`
			}
		}
		close(done)
	}()
	select {
	case err := <-errs:
		return err
	case <-done:
		return nil
	}
}
