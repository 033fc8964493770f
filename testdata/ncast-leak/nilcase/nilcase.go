// Package nilcase: a helper drains a channel with an optional timeout; its timer channel stays nil unless the
// timeout it is given is positive. Called with the literal 0, the timer case can never win (a receive from a nil
// channel never proceeds), so the helper takes every value: quiet. Called with a real timeout, the timer can win
// before both senders delivered, and two sends wait for one slot: reported.
package nilcase

import (
	"testing"
	"time"
)

func drain(t testing.TB, errs chan error, n int, timeout time.Duration) {
	var timerC <-chan time.Time
	if timeout > 0 {
		timerC = time.After(timeout)
	}
	for got := 0; got < n; {
		select {
		case <-timerC:
			t.Fatal("timeout") // related `drain stops receiving from errs here`
		case err := <-errs:
			if err != nil {
				t.Fatal(err)
			}
			got++
		}
	}
}

// NoTimeout drains both values with no timer: quiet.
func NoTimeout(t testing.TB, a, b func() error) {
	errs := make(chan error, 1)
	go func() { errs <- a() }()
	go func() { errs <- b() }()
	drain(t, errs, 2, 0)
}

// WithTimeout gives the helper a timeout that can win before any value is taken: two sends, one slot.
func WithTimeout(t testing.TB, a, b func() error, d time.Duration) {
	errs := make(chan error, 1)
	go func() { errs <- a() }() // want "^goroutines may block forever sending on channel errs \\(capacity 1\\): 2 of them send but drain receives only until `case <-timerC` wins$"
	go func() { errs <- b() }()
	drain(t, errs, 2, d)
}
