// Package giveupcase: which case of a select gives up on a channel. Among the ways a test can stop waiting, the
// finding names the one that strands this channel's sender: a case of the select that waits for this very channel
// (a timeout of another select gives up on that select's channel, whose sender may not have got this far), and
// among those a timer, which can always win (a `ctx.Done()` nobody cancels meanwhile, or a failure check of a value
// that is never an error, may be unable to fire).
package giveupcase

import (
	"context"
	"testing"
	"time"
)

// Both waits for two workers, one select each. The first worker's value is checked for failure; the give-up of
// each channel is the timeout of the select that waits for it.
func Both(t testing.TB, first, second func() error, d time.Duration) {
	r, w := make(chan error), make(chan error)
	go func() {
		r <- first() // want "^goroutine may block forever sending on unbuffered channel r: Both stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	go func() {
		w <- second() // want "^goroutine may block forever sending on unbuffered channel w: Both stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case err := <-r:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(d):
		t.Fatal("first: timeout") // related `Both stops receiving from r here`
	}
	select {
	case <-w:
	case <-time.After(d):
		t.Fatal("second: timeout") // related `Both stops receiving from w here`
	}
}

// Stepped starts a worker whose call first signals a step, then waits for more input, then returns its result.
// If the test gives up waiting for the step, the worker is still inside the call and never reaches its send; the
// timeout that strands the send is the one of the select that waits for the result.
func Stepped(t testing.TB, d time.Duration, serve func(step, more chan struct{}) error) {
	step := make(chan struct{})
	more := make(chan struct{})
	res := make(chan error)
	go func() {
		res <- serve(step, more) // want "^goroutine may block forever sending on unbuffered channel res: Stepped stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case <-step:
	case <-time.After(d):
		t.Fatal("step: timeout")
	}
	close(more)
	select {
	case <-res:
	case <-time.After(d):
		t.Fatal("result: timeout") // related `Stepped stops receiving from res here`
	}
}

// Start waits for a server's address, giving up when its context ends or after d. The context is cancelled only
// when Start returns, so while Start waits only the timer can win.
func Start(t testing.TB, parent context.Context, d time.Duration, listen func() string) string {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	addr := make(chan string)
	go func() {
		addr <- listen() // want "^goroutine may block forever sending on unbuffered channel addr: Start stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case <-ctx.Done():
		t.Fatal("canceled")
	case <-time.After(d):
		t.Fatal("timeout") // related `Start stops receiving from addr here`
	case a := <-addr:
		return a
	}
	return ""
}
