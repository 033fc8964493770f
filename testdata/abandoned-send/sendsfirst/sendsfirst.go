// Package sendsfirst: the function that makes an unbuffered channel sends on it before anything else can have
// it: no goroutine was started with it and it was not returned or stored yet, so nothing can ever receive.
package sendsfirst

import "errors"

func check(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

// Wait reports an early error on the channel it is about to return: the send comes first and blocks forever.
func Wait(fail bool) <-chan error {
	errc := make(chan error)
	if err := check(fail); err != nil {
		errc <- err // want "Wait blocks forever sending on unbuffered channel errc returned by Wait: nothing else has the channel yet, so nothing can receive from it"
		return errc
	}
	go func() { errc <- nil }()
	return errc
}

// WaitBuffered has room for the early error: quiet.
func WaitBuffered(fail bool) <-chan error {
	errc := make(chan error, 1)
	if err := check(fail); err != nil {
		errc <- err
		return errc
	}
	go func() { errc <- nil }()
	return errc
}

// WaitStarted starts the receiver first: quiet.
func WaitStarted(fail bool) error {
	errc := make(chan error)
	done := make(chan error)
	go func() { done <- <-errc }()
	errc <- check(fail)
	return <-done
}
