// Package secondsend: a goroutine reports progress on a one-slot channel: an error and return at each step, a
// nil after the first stage, then more errors. Its first send on any path fits in the buffer; only a send after
// the nil can find it full, so that send is where it blocks, and the one the finding names.
package secondsend

import "errors"

var errStep = errors.New("step failed")

// Handshake: when prepare fails, Handshake returns without receiving; the goroutine's `done <- nil` still fits,
// and its next send (a failing confirm) blocks forever.
func Handshake(open, confirm, prepare func() error) error {
	done := make(chan error, 1)
	go func() {
		if err := open(); err != nil {
			done <- err
			return
		}
		done <- nil
		if err := confirm(); err != nil {
			done <- err // want `^goroutine may block forever sending on channel done \(capacity 1\): Handshake can return before receiving from it$`
			return
		}
		close(done)
	}()
	if err := prepare(); err != nil {
		return err // related `Handshake stops receiving from done here`
	}
	if err := <-done; err != nil {
		return err
	}
	return <-done
}

// OneReport: every path sends exactly once into the one-slot buffer, so Handshake's early return strands no one:
// quiet.
func OneReport(open, confirm, prepare func() error) error {
	done := make(chan error, 1)
	go func() {
		if err := open(); err != nil {
			done <- err
			return
		}
		if err := confirm(); err != nil {
			done <- err
			return
		}
		done <- nil
	}()
	if err := prepare(); err != nil {
		return err
	}
	return <-done
}

func ok() error   { return nil }
func fail() error { return errStep }
