// Package deadline: a goroutine runs a call given a context and sends its result; its starter waits for the result
// or for a timer. When the context has a deadline (context.WithTimeout) made before the timer, with the same
// duration, the call is over once the deadline passes, no later than the timer fires: the result is sent before
// the timer's case can win (quiet). With a context that has no deadline, or a timer shorter than the deadline, the
// timer can win while the call still runs, and the send is stranded (reported).
package deadline

import (
	"context"
	"errors"
	"time"
)

type result struct {
	v   int
	err error
}

var errTimeout = errors.New("timed out")

// Within runs fetch with a deadline of d and waits at most d for it.
func Within(parent context.Context, d time.Duration, fetch func(context.Context) (int, error), prepare func()) (int, error) {
	ctx, cancel := context.WithTimeout(parent, d)
	defer cancel()
	ch := make(chan result)
	go func() {
		v, err := fetch(ctx)
		ch <- result{v, err}
	}()
	prepare()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(d):
		return 0, errTimeout
	}
}

// Cancellable runs fetch with a context that has no deadline: the timer can win while fetch runs.
func Cancellable(parent context.Context, d time.Duration, fetch func(context.Context) (int, error), prepare func()) (int, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	ch := make(chan result)
	go func() {
		v, err := fetch(ctx)
		ch <- result{v, err} // want "^goroutine may block forever sending on unbuffered channel ch: Cancellable stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	prepare()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(d): // related `Cancellable stops receiving from ch here`
		return 0, errTimeout
	}
}

// Sooner waits less than fetch's deadline: the timer wins first when fetch is slow.
func Sooner(parent context.Context, d time.Duration, fetch func(context.Context) (int, error), prepare func()) (int, error) {
	ctx, cancel := context.WithTimeout(parent, d)
	defer cancel()
	ch := make(chan result)
	go func() {
		v, err := fetch(ctx)
		ch <- result{v, err} // want "^goroutine may block forever sending on unbuffered channel ch: Sooner stops receiving when `case <-time.After\\(d / 2\\)` wins$"
	}()
	prepare()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(d / 2): // related `Sooner stops receiving from ch here`
		return 0, errTimeout
	}
}
