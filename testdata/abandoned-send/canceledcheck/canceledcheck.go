// Package canceledcheck: a goroutine that waits for its context to end checks why it ended. The context is made by
// context.WithCancel from context.Background(), which nothing ends: only its cancel can end it, so once it is done
// its Err is context.Canceled and the send under `ctx.Err() != context.Canceled` never runs. The sends that can
// block are the others, when the caller's timeout wins first: the report that all went well, which a late publish
// reaches (the context is cancelled by then), or the timer's.
package canceledcheck

import (
	"context"
	"errors"
	"time"
)

// Stop starts publish with a context, cancels it, and waits at most d for publish to notice.
func Stop(publish func(ctx context.Context), d time.Duration) error {
	errs := make(chan error)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		publish(ctx)
		select {
		case <-ctx.Done():
			if ctx.Err() != context.Canceled {
				errs <- ctx.Err()
				return
			}
			errs <- nil // want "^goroutine may block forever sending on unbuffered channel errs: Stop stops receiving when `case <-time.After\\(d\\)` wins$"
		case <-time.After(d):
			errs <- errors.New("publish ended before its context") // related `the goroutine can also block here`
		}
	}()
	cancel()
	select {
	case err := <-errs:
		return err
	case <-time.After(d): // related `Stop stops receiving from errs here`
		return errors.New("timeout")
	}
}

// Check is the same check spelled with errors.Is.
func Check(publish func(ctx context.Context), d time.Duration) error {
	errs := make(chan error)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		publish(ctx)
		<-ctx.Done()
		select {
		case <-ctx.Done():
			if !errors.Is(ctx.Err(), context.Canceled) {
				errs <- ctx.Err()
			}
		}
	}()
	cancel()
	select {
	case err := <-errs:
		return err
	case <-time.After(d):
		return nil
	}
}
