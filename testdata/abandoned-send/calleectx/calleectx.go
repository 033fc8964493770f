// Package calleectx: a function starts a goroutine that doubles what it receives until its input is closed or its
// context is done. Given context.Background(), whose Done channel never closes, the goroutine takes every value
// the feeder sends: quiet. Given a context its caller cancels half-way, the goroutine stops taking values and the
// feeder blocks at its next send: reported.
package calleectx

import "context"

func double(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v * 2:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// All doubles three values with a context that is never done: quiet.
func All() []int {
	ctx := context.Background()
	in := make(chan int)
	go func() {
		in <- 1
		in <- 2
		in <- 3
		close(in)
	}()
	var got []int
	for v := range double(ctx, in) {
		got = append(got, v)
	}
	return got
}

// First takes one doubled value and cancels the rest.
func First() int {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan int)
	go func() {
		in <- 1 // want `^goroutine may block forever sending on unbuffered channel in: the goroutine in double stops receiving when .case <-ctx.Done\(\). wins$`
		in <- 2
		in <- 3 // related `the goroutine can also block here sending on in`
		close(in)
	}()
	v := <-double(ctx, in)
	cancel()
	return v
}
