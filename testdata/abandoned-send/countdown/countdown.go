// Package countdown: several goroutines count a shared counter down, and the one that reaches zero reports on a
// channel. However many run, one sends: a lost report strands that one goroutine (abandoned-send), and a one-slot
// buffer is enough.
package countdown

import (
	"context"
	"sync/atomic"
)

// AllDone starts n checks; the one that counts pending down to zero reports. It blocks when the caller's deadline
// wins first.
func AllDone(ctx context.Context, n int32, check func(int32)) error {
	complete := make(chan struct{})
	var pending atomic.Int32
	pending.Store(n)
	for i := int32(0); i < n; i++ {
		go func(i int32) {
			check(i)
			if pending.Add(-1) == 0 {
				complete <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel complete: AllDone stops receiving when `case <-ctx.Done\\(\\)` wins$"
			}
		}(i)
	}
	select {
	case <-ctx.Done(): // related `AllDone stops receiving from complete here`
		return ctx.Err()
	case <-complete:
		return nil
	}
}

// AllDoneBuffered: the same with a one-slot buffer, which holds the last goroutine's single send: quiet.
func AllDoneBuffered(ctx context.Context, n int32, check func(int32)) error {
	complete := make(chan struct{}, 1)
	var pending int32 = n
	for i := int32(0); i < n; i++ {
		go func(i int32) {
			check(i)
			if atomic.AddInt32(&pending, -1) == 0 {
				complete <- struct{}{}
			}
		}(i)
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-complete:
		return nil
	}
}
