// Package secondwait: a goroutine signals twice; the receiver takes the first signal, then waits for the second
// at most d. It takes both unless the timeout wins, so this is not a missing return in the sender (double-send)
// but a receiver that gives up: the finding is at the second send, the one that can block, and names the timeout.
package secondwait

import "time"

// Phases signals when it has started and when it is done.
func Phases(d time.Duration, work func()) bool {
	ch := make(chan struct{})
	go func() {
		ch <- struct{}{}
		work()
		ch <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel ch: it can send twice but Phases receives only once when `case <-time.After\\(d\\)` wins$"
	}()
	<-ch
	select {
	case <-ch:
		return true
	case <-time.After(d): // related `Phases stops receiving from ch here`
		return false
	}
}

// PhasesWaiting waits for both signals: quiet.
func PhasesWaiting(work func()) bool {
	ch := make(chan struct{})
	go func() {
		ch <- struct{}{}
		work()
		ch <- struct{}{}
	}()
	<-ch
	<-ch
	return true
}
