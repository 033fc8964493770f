// Package oncestart: a connection set up with a timeout, whose dialling goroutine is stranded when the timeout wins.
// Set up by a package-level sync.Once, that happens at most once in the life of the process, as in main (quiet); set
// up again by every call, each can strand one (reported).
package oncestart

import (
	"sync"
	"time"
)

// Dial connects; Wait is how long a setup waits for it.
var (
	Dial = func() error { return nil }
	Wait = time.Second
)

var (
	setupOnce sync.Once
	setupErr  error
)

// Setup connects once for the whole process, however many callers ask.
func Setup() error {
	setupOnce.Do(connect)
	return setupErr
}

func connect() {
	ready := make(chan error)
	go func() { ready <- Dial() }()
	select {
	case setupErr = <-ready:
	case <-time.After(Wait):
		setupErr = errTimeout
	}
}

// Reconnect connects anew on every call.
func Reconnect() error {
	ready := make(chan error)
	go func() { ready <- Dial() }() // want "^goroutine may block forever sending on unbuffered channel ready: Reconnect stops receiving when `case <-time.After\\(Wait\\)` wins$"
	select {
	case err := <-ready:
		return err
	case <-time.After(Wait):
		return errTimeout
	}
}

type timeoutError struct{}

func (timeoutError) Error() string { return "timeout" }

var errTimeout error = timeoutError{}
