// Package truecount: the message counts what the receiver really takes. Two workers send; the receiver takes one
// value, then a second in a select with a timeout: it takes both unless the timeout wins, and then it takes only
// one, so "at most once" would be wrong. With two sequential selects, the first timeout strands both.
package truecount

import "time"

// Pair takes the first value, then waits at most d for the second.
func Pair(d time.Duration, work func(int) int) (int, int) {
	ch := make(chan int)
	for i := 0; i < 2; i++ {
		go func(i int) {
			ch <- work(i) // want "^goroutines may block forever sending on unbuffered channel ch: 2 of them send but Pair receives only once when `case <-time.After\\(d\\)` wins$"
		}(i)
	}
	a := <-ch
	select {
	case b := <-ch:
		return a, b
	case <-time.After(d): // related `Pair stops receiving from ch here`
		return a, 0
	}
}

// PairWithin waits at most d for each value.
func PairWithin(d time.Duration, work func(int) int) (a, b int) {
	ch := make(chan int)
	for i := 0; i < 2; i++ {
		go func(i int) {
			ch <- work(i) // want "^goroutines may block forever sending on unbuffered channel ch: 2 of them send but PairWithin receives none when `case <-time.After\\(d\\)` wins$"
		}(i)
	}
	select {
	case a = <-ch:
	case <-time.After(d): // related `PairWithin stops receiving from ch here`
		return 0, 0
	}
	select {
	case b = <-ch:
	case <-time.After(d):
	}
	return a, b
}

// PairAll takes both values: quiet.
func PairAll(work func(int) int) (int, int) {
	ch := make(chan int)
	for i := 0; i < 2; i++ {
		go func(i int) {
			ch <- work(i)
		}(i)
	}
	a := <-ch
	b := <-ch
	return a, b
}
