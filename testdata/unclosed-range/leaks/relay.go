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

// pace forwards one value of in per request on next, forever: it waits on next, which is not time, so when nothing
// asks any more the channel runs dry and a range over it waits for good (reported, unlike clean's checker).
func pace(in <-chan int, next <-chan struct{}) <-chan int {
	c := make(chan int, 1)
	go func() {
		for ; true; <-next {
			c <- <-in
		}
	}()
	return c
}

// Paced counts what is paced from in.
func Paced(in <-chan int, next <-chan struct{}) {
	go func() {
		for range pace(in, next) { // want `^the goroutine in Paced blocks forever in .for range pace\(in, next\).: nothing closes channel c \(capacity 1\) returned by pace, so the loop never ends$`
			atomic.AddInt64(&relayed, 1)
		}
	}()
}
