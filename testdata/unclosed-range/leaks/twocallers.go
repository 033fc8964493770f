package leaks

import "sync/atomic"

var tallied int64

// tally counts what comes in on traces until the channel is closed, which neither caller does: the loop is reported
// once, though two channels (one per caller) reach it.
func tally(traces <-chan int) {
	go func() {
		for range traces { // want `^the goroutine in tally blocks forever in .for range traces.: nothing closes unbuffered channel a, so the loop never ends$`
			atomic.AddInt64(&tallied, 1)
		}
	}()
}

// WatchA feeds tally one value.
func WatchA() {
	a := make(chan int) // related `a is made here \(unbuffered\) and never closed`
	tally(a)
	a <- 1
}

// WatchB feeds tally two values.
func WatchB() {
	b := make(chan int)
	tally(b)
	b <- 1
	b <- 2
}
