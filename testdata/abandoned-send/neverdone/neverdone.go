// Package neverdone: a select case on the Done channel of a context that cannot be done while the function waits
// never wins, so it strands no sender: context.Background() or context.TODO(), or such a context wrapped by
// context.WithValue (in the case or in a local set once). A context that can be cancelled, or one the function is
// given, can win: reported.
package neverdone

import (
	"context"
	"time"
)

type key struct{}

// work stands for a call that takes a while.
var work = func() int { time.Sleep(time.Millisecond); return 1 }

// FirstValue waits on a context that is never done: only the value can end the select.
func FirstValue() int {
	ctx := context.WithValue(context.Background(), key{}, "req")
	out := make(chan int)
	go func() { out <- work() }()
	select {
	case v := <-out:
		return v
	case <-ctx.Done():
		return 0
	}
}

// FirstValueTODO is the same with the case written on context.TODO().
func FirstValueTODO() int {
	out := make(chan int)
	go func() { out <- work() }()
	select {
	case v := <-out:
		return v
	case <-context.TODO().Done():
		return 0
	}
}

// FirstValueOrCancel waits on a context that a timer cancels: that case can win, and the sender is stranded.
func FirstValueOrCancel(d time.Duration) int {
	ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), key{}, "req"), d)
	defer cancel()
	out := make(chan int)
	go func() {
		out <- work() // want `sending on unbuffered channel out: FirstValueOrCancel stops receiving when .case <-ctx.Done\(\). wins`
	}()
	select {
	case v := <-out:
		return v
	case <-ctx.Done(): // related `stops receiving from out here`
		return 0
	}
}

// FirstValueCtx waits on the caller's context, which the caller may cancel.
func FirstValueCtx(ctx context.Context) int {
	ctx = context.WithValue(ctx, key{}, "req")
	out := make(chan int)
	go func() {
		out <- work() // want `sending on unbuffered channel out: FirstValueCtx stops receiving when .case <-ctx.Done\(\). wins`
	}()
	select {
	case v := <-out:
		return v
	case <-ctx.Done(): // related `stops receiving from out here`
		return 0
	}
}
