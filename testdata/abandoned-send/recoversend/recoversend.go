// Package recoversend: a worker reports its error or its success on one of two channels, and a deferred recover
// handler reports a panic on the error channel. The handler's send comes only after a panic, once the worker has done
// everything else, so the pair is still one report: waiting on both takes it whichever comes (quiet). With a third
// case that gives up (`case <-ctx.Done()`), that case strands the worker at either send (reported, naming it).
package recoversend

import (
	"context"
	"errors"
)

var errPanicked = errors.New("work panicked")

// Run waits for the worker's one report.
func Run(work func() error) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errCh <- errPanicked
			}
		}()
		if err := work(); err != nil {
			errCh <- err
		} else {
			doneCh <- struct{}{}
		}
	}()
	select {
	case <-doneCh:
		return nil
	case err := <-errCh:
		return err
	}
}

// RunCtx is Run that also gives up when ctx is done.
func RunCtx(ctx context.Context, work func() error) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errCh <- errPanicked
			}
		}()
		if err := work(); err != nil {
			errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: RunCtx stops receiving when `case <-ctx.Done\\(\\)` wins$"
		} else {
			doneCh <- struct{}{} // related `the goroutine can also block here sending on doneCh`
		}
	}()
	select {
	case <-doneCh:
		return nil
	case err := <-errCh:
		return err
	case <-ctx.Done(): // related `RunCtx stops receiving from errCh here`
		return ctx.Err()
	}
}

// guard reports a panic of work on errs, and nothing else.
func guard(work func(), errs chan<- error) {
	defer func() {
		if r := recover(); r != nil {
			errs <- errPanicked
		}
	}()
	work()
}

// PanicReport runs work, which is expected to panic, and waits for the report of it: the one send is the handler's,
// which the analysis sets aside, so what the receive gets is not known (quiet).
func PanicReport(work func()) error {
	errs := make(chan error)
	go guard(work, errs)
	return <-errs
}
