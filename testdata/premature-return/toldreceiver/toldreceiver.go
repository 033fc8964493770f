// Package toldreceiver: a goroutine reports its start-up error on one channel and returns if it failed, else hands
// over what it made on another. Serve leaves early only when the error it was told is not nil, and then the goroutine
// has returned before its hand-over: nothing is stranded. ServeChecked leaves on a check of its own, which the
// goroutine knows nothing of, and strands the hand-over.
package toldreceiver

import (
	"errors"
	"net"
)

// Serve listens on addr in a goroutine and returns the address it got.
func Serve(addr string) (string, error) {
	startErr := make(chan error)
	listeners := make(chan net.Listener)
	go func() {
		ln, err := net.Listen("tcp", addr)
		startErr <- err
		if err != nil {
			return
		}
		listeners <- ln
	}()
	if err := <-startErr; err != nil {
		return "", err
	}
	ln := <-listeners
	defer ln.Close()
	return ln.Addr().String(), nil
}

// ServeChecked is Serve with a check of the address before the hand-over is taken.
func ServeChecked(addr string, allowed func(string) bool) (string, error) {
	startErr := make(chan error)
	listeners := make(chan net.Listener)
	go func() {
		ln, err := net.Listen("tcp", addr)
		startErr <- err
		if err != nil {
			return
		}
		listeners <- ln // want "^goroutine may block forever sending on unbuffered channel listeners: ServeChecked can return before receiving from it$"
	}()
	if err := <-startErr; err != nil {
		return "", err
	}
	if !allowed(addr) {
		return "", errors.New("address not allowed") // related `ServeChecked stops receiving from listeners here`
	}
	ln := <-listeners
	defer ln.Close()
	return ln.Addr().String(), nil
}
