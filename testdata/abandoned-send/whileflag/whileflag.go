// Package whileflag: a collector that loops on a flag (`for running`) and clears it when its context is done.
// The loop ends right there, so a producer still sending is stranded; a flag cleared only once the producer has
// closed its channel strands nobody.
package whileflag

import "context"

// Sum adds 1 to n until ctx is done.
func Sum(ctx context.Context, n int) int {
	values := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			values <- i // want "^goroutine may block forever sending on unbuffered channel values: Sum stops receiving when `case <-ctx.Done\\(\\)` wins$"
		}
	}()
	total := 0
	running := true
	for running {
		select {
		case v := <-values:
			total += v
		case <-ctx.Done(): // related "^Sum stops receiving from values here$"
			running = false
		}
	}
	return total
}

// SumAll adds 1 to n: the flag is cleared only once the channel is closed.
func SumAll(n int) int {
	values := make(chan int)
	go func() {
		defer close(values)
		for i := 1; i <= n; i++ {
			values <- i
		}
	}()
	total := 0
	running := true
	for running {
		select {
		case v, ok := <-values:
			if !ok {
				running = false
			} else {
				total += v
			}
		}
	}
	return total
}
