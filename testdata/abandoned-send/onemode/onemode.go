// Package onemode: a server starts one of two listeners, chosen by a switch, each sending its error when it stops,
// and waits for that error or for its context. Only one listener goroutine runs, so the finding is about one
// goroutine, not "2 of them".
package onemode

import "context"

// Start gives up when ctx is done: the one listener started is left at its send.
func Start(ctx context.Context, tls bool, serveTLS, serve func() error) error {
	errCh := make(chan error)
	switch {
	case tls:
		go func() {
			errCh <- serveTLS() // want `^goroutine may block forever sending on unbuffered channel errCh: Start stops receiving when .case <-ctx.Done\(\). wins$`
		}()
	default:
		go func() {
			errCh <- serve()
		}()
	}
	select {
	case <-ctx.Done(): // related `Start stops receiving from errCh here`
		return ctx.Err()
	case err := <-errCh:
		return err
	}
}

// StartBoth starts both listeners: two goroutines send, and at most one is received (ncast-leak reports it:
// "2 of them send").
func StartBoth(ctx context.Context, serveTLS, serve func() error) error {
	errCh := make(chan error)
	go func() {
		errCh <- serveTLS()
	}()
	go func() {
		errCh <- serve()
	}()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errCh:
		return err
	}
}
