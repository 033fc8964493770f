// Package onceflag: a goroutine reports once, under a flag that starts true and is cleared right before the
// report: in its loop (`if first { first = false; ready <- nil }`) or, when the loop never got that far, after
// it (`if first { ready <- err }`). Exactly one report, one receive. A flag set back to true reports again.
package onceflag

import "errors"

var errNoServer = errors.New("no server answered")

// Connect tries each server in turn, serving on the first that answers, and says once how the start went.
func Connect(servers []string, dial func(string) error, serve func(string)) error {
	ready := make(chan error)
	go func() {
		first := true
		err := errNoServer
		for _, s := range servers {
			if err = dial(s); err != nil {
				continue
			}
			if first {
				first = false
				ready <- nil
			}
			serve(s)
		}
		if first {
			ready <- err
		}
	}()
	return <-ready
}

// Reconnect sets the flag again after each served connection: a second server that answers reports again, and
// nobody receives it.
func Reconnect(servers []string, dial func(string) error, serve func(string)) error {
	ready := make(chan error)
	go func() {
		first := true
		err := errNoServer
		for _, s := range servers {
			if err = dial(s); err != nil {
				continue
			}
			if first {
				first = false
				ready <- nil // want "^goroutine may block forever sending on unbuffered channel ready: it can send any number of times but Reconnect receives at most once$"
			}
			serve(s)
			first = true
		}
		if first {
			ready <- err
		}
	}()
	return <-ready
}
