// Package endlessproducer: a goroutine that sends in a loop only a cancellation ends never runs dry, so a receiver
// that takes any number of values and stops leaves it waiting at a send; its check of the context between sends does
// not see the cancellation while it waits there. Sample (a number of values its caller picks) and First3 are
// reported. Quiet: Drain, which cancels and then takes values until the generator closes the channel; Guarded,
// whose generator sends in a select with the cancellation; Finite, whose producer runs out of items.
package endlessproducer

import "context"

// generate sends 0, 1, 2, … until ctx is cancelled, checking it between sends.
func generate(ctx context.Context) <-chan int {
	out := make(chan int, 1)
	go func() {
		for i := 0; ; i++ {
			if ctx.Err() != nil {
				break
			}
			out <- i // want "^goroutine may block forever sending on channel out \\(capacity 1\\) returned by generate: it sends without end but Sample receives only until its loop ends$"
		}
		close(out)
	}()
	return out
}

// Sample sums the first n values of the generator.
func Sample(n int) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	values := generate(ctx)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-values
	}
	return sum // related "^Sample stops receiving from out here$"
}

// First3 returns the first three values of an endless counter.
func First3() []int {
	counter := make(chan int)
	go func() {
		for i := 0; ; i++ {
			counter <- i // want "^goroutine may block forever sending on unbuffered channel counter: it sends without end but First3 receives at most 3 times$"
		}
	}()
	var got []int
	for i := 0; i < 3; i++ {
		got = append(got, <-counter)
	}
	return got // related "^First3 stops receiving from counter here$"
}

// Drain sums the first n values, then cancels and takes what is left until the generator closes the channel.
func Drain(n int) int {
	ctx, cancel := context.WithCancel(context.Background())
	values := generate2(ctx)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-values
	}
	cancel()
	for range values {
	}
	return sum
}

// generate2 is generate, for Drain's own channel.
func generate2(ctx context.Context) <-chan int {
	out := make(chan int, 1)
	go func() {
		for i := 0; ; i++ {
			if ctx.Err() != nil {
				break
			}
			out <- i
		}
		close(out)
	}()
	return out
}

// Guarded sums the first n values of a generator that sends in a select with the cancellation.
func Guarded(n int) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	values := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case values <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-values
	}
	return sum
}

// Finite sums the first n of the items.
func Finite(items []int, n int) int {
	values := make(chan int, len(items))
	go func() {
		for _, v := range items {
			values <- v
		}
		close(values)
	}()
	sum := 0
	for i := 0; i < n && i < len(items); i++ {
		sum += <-values
	}
	return sum
}
