// Package retryround: a retry loop starts one goroutine per round, which reports its error or its success on one of
// two channels, and the round's select takes that report before the next round starts: one goroutine is outstanding
// at a time, so when the error case wins, the goroutine that sent the error is the only one, and it is done (quiet).
// With a case that gives up (`case <-ctx.Done()`), that case strands the round's goroutine at either send (reported,
// naming it); with a case that starts the next round without taking a report (`case <-time.After(d)`), an earlier
// round's goroutine can be left at its success send when a later error ends the loop (reported, naming that case).
package retryround

import (
	"context"
	"errors"
	"time"
)

var (
	errPanicked = errors.New("call panicked")
	errSlow     = errors.New("call too slow")
)

// Until runs call until it succeeds or fails with an error retryable rejects.
func Until(call func() error, retryable func(error) bool) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	for {
		go func() {
			if err := call(); err != nil {
				errCh <- err
			} else {
				doneCh <- struct{}{}
			}
		}()
		select {
		case <-doneCh:
			return nil
		case err := <-errCh:
			if !retryable(err) {
				return err
			}
		}
	}
}

// UntilCtx is Until that also gives up when ctx is done.
func UntilCtx(ctx context.Context, call func() error, retryable func(error) bool) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	for {
		go func() {
			if err := call(); err != nil {
				errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: UntilCtx stops receiving when `case <-ctx.Done\\(\\)` wins$"
			} else {
				doneCh <- struct{}{} // related `the goroutine can also block here sending on doneCh`
			}
		}()
		select {
		case <-doneCh:
			return nil
		case err := <-errCh:
			if !retryable(err) {
				return err
			}
		case <-ctx.Done(): // related `UntilCtx stops receiving from errCh here`
			return ctx.Err()
		}
	}
}

// Hedged starts another try whenever one takes longer than d, without waiting for the slow one's report.
func Hedged(d time.Duration, call func() error, retryable func(error) bool) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	for {
		go func() {
			if err := call(); err != nil {
				errCh <- err
			} else {
				doneCh <- struct{}{}
			}
		}()
		select {
		case <-doneCh:
			return nil
		case err := <-errCh:
			if !retryable(err) {
				return err
			}
		case <-time.After(d):
		}
	}
}

// Loop is Until written as a do-while loop whose condition is the last error.
func Loop(call func() error, retryable func(error) bool) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	var lastErr error
	for ok := true; ok; ok = lastErr != nil {
		go func() {
			if err := call(); err != nil {
				errCh <- err
			} else {
				doneCh <- struct{}{}
			}
		}()
		select {
		case <-doneCh:
			lastErr = nil
		case err := <-errCh:
			if !retryable(err) {
				return err
			}
			lastErr = err
		}
	}
	return lastErr
}

// LoopCtx is Loop that also gives up when ctx is done, and reports a panic of call as an error.
func LoopCtx(ctx context.Context, call func() error, retryable func(error) bool) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	var lastErr error
	for ok := true; ok; ok = lastErr != nil {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					errCh <- errPanicked
				}
			}()
			if err := call(); err != nil {
				errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: LoopCtx stops receiving when `case <-ctx.Done\\(\\)` wins$"
			} else {
				doneCh <- struct{}{} // related `the goroutine can also block here sending on doneCh`
			}
		}()
		select {
		case <-doneCh:
			lastErr = nil
		case err := <-errCh:
			if !retryable(err) {
				return err
			}
			lastErr = err
		case <-ctx.Done(): // related `LoopCtx stops receiving from errCh here`
			return ctx.Err()
		}
	}
	return lastErr
}

// HedgedLoop is Loop that starts another try whenever one takes longer than d.
func HedgedLoop(d time.Duration, call func() error, retryable func(error) bool) error {
	errCh := make(chan error)
	doneCh := make(chan struct{})
	var lastErr error
	for ok := true; ok; ok = lastErr != nil {
		go func() {
			if err := call(); err != nil {
				errCh <- err
			} else {
				doneCh <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel doneCh: HedgedLoop stops receiving when `case err := <-errCh` wins and then returns$"
			}
		}()
		select {
		case <-doneCh:
			lastErr = nil
		case err := <-errCh:
			if !retryable(err) {
				return err // related `HedgedLoop stops receiving from doneCh here`
			}
			lastErr = err
		case <-time.After(d):
			lastErr = errSlow
		}
	}
	return lastErr
}
