// Package onebyone: a function starts a check, waits for it or a deadline, then starts a second check on the same
// channel. When the first deadline wins, only the first check has started: one goroutine is stranded, not two.
package onebyone

import (
	"context"
	"time"
)

// TwoChecks runs check twice, one after the other, each within d.
func TwoChecks(check func(context.Context) error, d time.Duration) error {
	errCh := make(chan error)
	ctx1, cancel1 := context.WithTimeout(context.Background(), d)
	defer cancel1()
	go func() {
		errCh <- check(ctx1) // want "^goroutine may block forever sending on unbuffered channel errCh: TwoChecks stops receiving when `case <-ctx1.Done\\(\\)` wins$"
	}()
	select {
	case <-ctx1.Done(): // related `TwoChecks stops receiving from errCh here`
		return ctx1.Err()
	case err := <-errCh:
		if err != nil {
			return err
		}
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), d)
	defer cancel2()
	go func() {
		errCh <- check(ctx2)
	}()
	select {
	case <-ctx2.Done():
		return ctx2.Err()
	case err := <-errCh:
		return err
	}
}
