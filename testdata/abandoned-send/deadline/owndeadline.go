package deadline

import (
	"context"
	"time"
)

// Own: the goroutine makes its own context with a deadline of 20ms as it starts, and the starter waits 100ms: the
// call is over, and the result sent, before the timer can fire (quiet).
func Own(fetch func(context.Context) (int, error)) (int, error) {
	ch := make(chan result)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		v, err := fetch(ctx)
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(100 * time.Millisecond):
		return 0, errTimeout
	}
}

// OwnLonger gives the call 100ms but waits only 20ms: the timer wins while the call runs (reported).
func OwnLonger(fetch func(context.Context) (int, error)) (int, error) {
	ch := make(chan result)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		v, err := fetch(ctx)
		ch <- result{v, err} // want "^goroutine may block forever sending on unbuffered channel ch: OwnLonger stops receiving when `case <-time.After\\(20 \\* time.Millisecond\\)` wins$"
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(20 * time.Millisecond):
		return 0, errTimeout
	}
}
