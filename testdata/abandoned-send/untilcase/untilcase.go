// Package untilcase: a loop takes values from a producer and hands each on, until its context is done. It can stop
// after any number of values, so the finding says it receives "only until" that case wins, not a count.
package untilcase

import "context"

// items sends 0 … n-1 and closes.
func items(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i // want "^goroutine may block forever sending on unbuffered channel out returned by items: it can send any number of times but Store receives only until `case <-ctx.Done\\(\\)` wins$"
		}
	}()
	return out
}

// Store hands every item on to dst, until ctx is done.
func Store(ctx context.Context, n int, dst chan<- int) {
	for v := range items(n) {
		select {
		case dst <- v:
		case <-ctx.Done(): // related `Store stops receiving from out here`
			return
		}
	}
}
