package leaks

import "sync/atomic"

var relayed int64

// relay forwards what comes in, forever, but waits on in for each value: when in runs dry, so does the channel it
// returns, and a range over it waits for good (reported, unlike clean's beats, which waits on nothing).
func relay(in <-chan int) <-chan int {
	c := make(chan int)
	go func() {
		for {
			c <- <-in
		}
	}()
	return c
}

// Forward counts what is relayed from in.
func Forward(in <-chan int) {
	go func() {
		for range relay(in) { // want `^the goroutine in Forward blocks forever in .for range relay\(in\).: nothing closes unbuffered channel c returned by relay, so the loop never ends$`
			atomic.AddInt64(&relayed, 1)
		}
	}()
}
