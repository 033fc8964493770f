// Package laterstart: a function that starts a goroutine, waits for its report with a timeout, and only then starts
// a second one reporting on the same channel. When the first timeout wins, the second goroutine was never started:
// the finding names the one goroutine that exists there, not both.
package laterstart

import (
	"errors"
	"time"
)

var errTimeout = errors.New("timeout")

// Handshake dials every address, then authenticates, each step within d. The dialer reports each failure and then
// its end (the first report is the one taken; a failure and the end are both sent).
func Handshake(addrs []string, dial func(string) error, auth func() error, d time.Duration) error {
	done := make(chan error)
	go func() {
		for _, a := range addrs {
			if err := dial(a); err != nil {
				done <- err
			}
		}
		done <- nil // want "^goroutine may block forever sending on unbuffered channel done: Handshake stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case err := <-done:
		if err != nil {
			return err
		}
	case <-time.After(d): // related "^Handshake stops receiving from done here$"
		return errTimeout
	}
	go func() {
		done <- auth()
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		return errTimeout
	}
}
