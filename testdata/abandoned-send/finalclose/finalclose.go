// Package finalclose: a worker sends its result or its error, never both, and closes both channels when it is
// done (deferred). When the result case wins, no error send can be pending: the give-up that strands it is the
// timeout, and that is the case the finding names.
package finalclose

import (
	"errors"
	"time"
)

var errTimeout = errors.New("timed out")

// Fetch waits for the result, the error or a timeout.
func Fetch(get func() (int, error), d time.Duration) (int, error) {
	out := make(chan int)
	errCh := make(chan error)
	go func() {
		defer close(errCh)
		defer close(out)
		v, err := get()
		if err != nil {
			errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: Fetch stops receiving when `case <-time.After\\(d\\)` wins$"
			return
		}
		out <- v // related "the goroutine can also block here sending on out"
	}()
	select {
	case v := <-out:
		return v, nil
	case err := <-errCh:
		return 0, err
	case <-time.After(d): // related `Fetch stops receiving from errCh here`
		return 0, errTimeout
	}
}
