// Package neverfails: a goroutine sends an error only when a package function it calls fails, and that function
// returns a nil error on every return: the branch never runs, so its send is never made. Prepare sends nothing
// else and is quiet; Run's send that can block is the one after the call given the context, which is reported,
// not the dead one before it.
package neverfails

import (
	"context"
	"strings"
)

// prepare never fails.
func prepare(s string) (string, error) {
	return strings.TrimSpace(s), nil
}

// Prepare checks the input in a goroutine; the check cannot fail.
func Prepare(ctx context.Context, input string) error {
	errc := make(chan error)
	go func() {
		if _, err := prepare(input); err != nil {
			errc <- err
			return
		}
		close(errc)
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Run prepares the input and runs it; it stops waiting when ctx is done.
func Run(ctx context.Context, input string, run func(context.Context, string) error) error {
	errc := make(chan error)
	go func() {
		script, err := prepare(input)
		if err != nil {
			errc <- err
			return
		}
		errc <- run(ctx, script) // want "^goroutine may block forever sending on unbuffered channel errc: Run stops receiving when `case <-ctx.Done\\(\\)` wins$"
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done(): // related `Run stops receiving from errc here`
		return ctx.Err()
	}
}
