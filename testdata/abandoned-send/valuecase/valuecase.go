// Package valuecase: a watcher races a timeout goroutine against polls. It gives up on the timeout's channel when
// its context is done, and also when a poll's value ends the watch: the finding names the first and lists the second
// as where it can also stop. A poll still running when the timeout wins is stranded too.
package valuecase

import (
	"context"
	"errors"
	"time"
)

type result struct {
	v   int
	err error
}

// Watch polls until until accepts a value, the timeout fires or ctx is done.
func Watch(ctx context.Context, poll func() (int, error), until func(int) bool, timeout time.Duration) (int, error) {
	timeoutCh := make(chan struct{})
	go func() {
		time.Sleep(timeout)
		timeoutCh <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel timeoutCh: Watch stops receiving when `case <-ctx.Done\\(\\)` wins$"
	}()
	results := make(chan result)
	last := 0
	for {
		go func() {
			v, err := poll()
			results <- result{v, err} // want "^goroutine may block forever sending on unbuffered channel results: Watch stops receiving when `case <-timeoutCh` or `case <-ctx.Done\\(\\)` wins$"
		}()
		select {
		case <-timeoutCh:
			return last, errors.New("timeout")
		case <-ctx.Done(): // related `Watch stops receiving from timeoutCh here`
			return last, ctx.Err()
		case r := <-results: // related `Watch can also stop receiving from timeoutCh here`
			if r.err != nil {
				return last, r.err
			}
			if until(r.v) {
				return r.v, nil
			}
			last = r.v
		}
	}
}
