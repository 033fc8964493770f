// Package closeongiveup: a wait with a timeout whose receiver closes the channel in the case that gives up. A send
// still pending then panics on the closed channel: a crash, not a goroutine blocked forever (quiet for this rule).
// Closing it only in the case that received leaves the late send waiting forever (reported), and so does a close
// after the select that a give-up with t.Fatal, which ends the goroutine, never reaches.
package closeongiveup

import (
	"testing"
	"time"
)

// Wait runs work in a goroutine and waits at most d for it; it closes done whichever case wins.
func Wait(d time.Duration, work func()) bool {
	done := make(chan struct{})
	go func() {
		work()
		done <- struct{}{}
	}()
	select {
	case <-done:
		close(done)
		return true
	case <-time.After(d):
		close(done)
		return false
	}
}

// Settle closes done only when work finished in time; when the timeout wins, the send waits forever.
func Settle(d time.Duration, work func()) bool {
	done := make(chan struct{})
	go func() {
		work()
		done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: Settle stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case <-done:
		close(done)
		return true
	case <-time.After(d):
		return false
	}
}

// Check closes done after the select, but its timeout case ends the test's goroutine with t.Fatal first.
func Check(t testing.TB, d time.Duration, work func()) {
	done := make(chan struct{})
	go func() {
		work()
		done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: Check stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatal("timed out") // related `Check stops receiving from done here`
	}
	close(done)
}
