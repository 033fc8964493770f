// Package fullbuffer: a goroutine sends twice into a buffer of one. Its first send goes into the empty buffer and
// cannot block; the second is the one that blocks when the receiver gives up, so it is the finding's location.
package fullbuffer

import "time"

// Bounds sends the low and the high bound; the caller may give up after d.
func Bounds(xs []int, d time.Duration, slow func()) (lo, hi int, ok bool) {
	ch := make(chan int, 1)
	go func() {
		slow()
		ch <- min(xs)
		ch <- max(xs) // want "^goroutine may block forever sending on channel ch \\(capacity 1\\): Bounds stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case lo = <-ch:
		return lo, <-ch, true
	case <-time.After(d): // related `Bounds stops receiving from ch here`
		return 0, 0, false
	}
}

// BoundsOnce sends one value into the buffer: it cannot block, quiet.
func BoundsOnce(xs []int, d time.Duration, slow func()) (int, bool) {
	ch := make(chan int, 1)
	go func() {
		slow()
		ch <- min(xs)
	}()
	select {
	case lo := <-ch:
		return lo, true
	case <-time.After(d):
		return 0, false
	}
}

func min(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		if x < m {
			m = x
		}
	}
	return m
}

func max(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}
