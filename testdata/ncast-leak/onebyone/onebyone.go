// Package onebyone: a test starts one waiter, takes its value, then starts a second one on the same one-slot
// channel. The second waiter is started only after the first value was taken, so at any give-up at most one send
// is pending and the buffer holds it, even when a later select takes the value only on some of its cases (a nested
// select, a case that goes on without receiving): quiet. Starting the second waiter before taking the first value
// lets two sends pile up against one slot: reported, with the two senders counted.
package onebyone

import (
	"errors"
	"testing"
	"time"
)

// InTurn starts the second waiter after the first value was taken: quiet.
func InTurn(t testing.TB, wait func() error, event <-chan struct{}, d time.Duration) {
	errs := make(chan error, 1)
	go func() {
		errs <- wait()
	}()
	select {
	case err := <-errs:
		if err == nil {
			t.Fatal("expected an error")
		}
	case <-time.After(d):
		t.Fatal("timeout")
	}
	go func() {
		errs <- wait()
	}()
	select {
	case <-event:
		select {
		case <-errs:
			t.Fatal("returned early")
		default:
		}
	case <-errs:
		t.Fatal("returned early")
	case <-time.After(d):
		t.Fatal("timeout")
	}
	select {
	case err := <-errs:
		if err == nil {
			t.Fatal("expected an error")
		}
	case <-time.After(d):
		t.Fatal("timeout")
	}
}

// BothFirst starts both waiters before taking a value: when the timeout wins, two sends wait for one slot.
func BothFirst(t testing.TB, wait func() error, event <-chan struct{}, d time.Duration) {
	errs := make(chan error, 1)
	go func() {
		errs <- wait() // want "^goroutines may block forever sending on channel errs \\(capacity 1\\): 2 of them send but BothFirst receives none when `case <-time.After\\(d\\)` wins$"
	}()
	go func() {
		errs <- wait()
	}()
	select {
	case <-event:
		select {
		case <-errs:
			t.Fatal("returned early")
		default:
		}
	case <-time.After(d):
		t.Fatal("timeout") // related `BothFirst stops receiving from errs here`
	}
	<-errs
	<-errs
}

var errTimeout = errors.New("timeout")

// ValueThenAck: the first waiter sends its value or its error, never both; the select takes either, so when it
// takes the value the error channel is still empty, and the second waiter started after it finds room: quiet.
func ValueThenAck(recv func() (int, error), ack func() error, d time.Duration) error {
	vals := make(chan int, 1)
	errs := make(chan error, 1)
	go func() {
		v, err := recv()
		if err != nil {
			errs <- err
			return
		}
		vals <- v
	}()
	select {
	case v := <-vals:
		if v == 0 {
			return errors.New("zero")
		}
	case err := <-errs:
		return err
	case <-time.After(d):
		return errTimeout
	}
	go func() {
		errs <- ack()
	}()
	select {
	case err := <-errs:
		return err
	case <-time.After(d):
		return errTimeout
	}
}
