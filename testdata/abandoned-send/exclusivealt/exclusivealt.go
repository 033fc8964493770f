// Package exclusivealt: a handshake that runs one of two sides in a goroutine, each reporting an error or a result
// and nothing else. Handshake starts one side only (inbound or not): when the result case wins, the side that runs has
// made its one send, so only the timeout strands its error (reported, naming the timeout alone). Both starts the two
// sides at once: the result of one can win while the other waits to report its error, so the result case is where
// it can also stop (reported by ncast-leak, naming both: src/analysis/alsocases.test.ts).
package exclusivealt

import (
	"errors"
	"time"
)

var errTimeout = errors.New("handshake timed out")

// Handshake runs read (inbound) or write (outbound) and waits for it up to timeout.
func Handshake(inbound bool, read func() (bool, error), write func() error, timeout time.Duration) (bool, error) {
	errCh := make(chan error)
	okCh := make(chan bool)
	readSide := func() {
		v, err := read()
		if err != nil {
			errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: Handshake stops receiving when `case <-t.C` wins$"
			return
		}
		okCh <- v // related "the goroutine can also block here sending on okCh"
	}
	writeSide := func() {
		if err := write(); err != nil {
			errCh <- err
			return
		}
		okCh <- true
	}
	if inbound {
		go readSide()
	} else {
		go writeSide()
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case err := <-errCh:
		return false, err
	case <-t.C: // related `Handshake stops receiving from errCh here`
		return false, errTimeout
	case v := <-okCh:
		return v, nil
	}
}

// Both runs read and write at once and returns the first outcome.
func Both(read func() (bool, error), write func() error, timeout time.Duration) (bool, error) {
	errCh := make(chan error)
	okCh := make(chan bool)
	go func() {
		v, err := read()
		if err != nil {
			errCh <- err
			return
		}
		okCh <- v
	}()
	go func() {
		if err := write(); err != nil {
			errCh <- err // ncast-leak: 2 of them send (src/analysis/alsocases.test.ts)
			return
		}
		okCh <- true
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case err := <-errCh:
		return false, err
	case <-t.C:
		return false, errTimeout
	case v := <-okCh:
		return v, nil
	}
}
