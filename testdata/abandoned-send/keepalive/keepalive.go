// Package keepalive: a session hands its keepalive channel to a writer (a struct field) and also resets the timer
// itself, through a function literal. Session's literal runs once per session and closes the keepalive loop's stop
// channel as it returns: while it waits at its send, `case <-stop` cannot win, so the loop takes every reset
// (quiet). SessionUntil (its own writer type, so that each field has one loop) has stop closed by a deadline
// instead: when it passes while the session is on its way to a reset, the loop has left and the send blocks
// forever (reported).
package keepalive

import "time"

type writer struct {
	reset  chan struct{}
	closed chan struct{}
}

// Write resets the keepalive timer, unless the session is over.
func (w *writer) Write() bool {
	select {
	case <-w.closed:
		return false
	case w.reset <- struct{}{}:
		return true
	}
}

type timedWriter struct {
	reset  chan struct{}
	closed chan struct{}
}

// Write resets the keepalive timer, unless the session is over.
func (w *timedWriter) Write() bool {
	select {
	case <-w.closed:
		return false
	case w.reset <- struct{}{}:
		return true
	}
}

// beforeReset runs before each reset of the session itself (tests hold it).
var beforeReset = func() {}

// Session resets the keepalive timer for every event and every write of the handler; it returns how many resets the
// loop took.
func Session(events <-chan int, handler func(*writer)) int {
	reset := make(chan struct{})
	stop := make(chan struct{})
	done := make(chan struct{})
	resets := 0
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-reset:
				resets++
			}
		}
	}()
	run := func() {
		w := &writer{reset: reset, closed: make(chan struct{})}
		defer func() {
			close(stop)
			close(w.closed)
		}()
		handler(w)
		for ev := range events {
			if ev < 0 {
				return
			}
			beforeReset()
			reset <- struct{}{}
		}
	}
	run()
	<-done
	return resets
}

// SessionUntil is Session with the keepalive loop stopped at a deadline.
func SessionUntil(events <-chan int, handler func(*timedWriter), limit time.Duration) {
	reset := make(chan struct{})
	stop := make(chan struct{})
	time.AfterFunc(limit, func() { close(stop) })
	go func() {
		for {
			select {
			case <-stop: // related "^the goroutine in SessionUntil stops receiving from timedWriter.reset here$"
				return
			case <-reset:
			}
		}
	}()
	run := func() {
		w := &timedWriter{reset: reset, closed: make(chan struct{})}
		defer close(w.closed)
		handler(w)
		for ev := range events {
			if ev < 0 {
				return
			}
			beforeReset()
			reset <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel timedWriter.reset: the goroutine in SessionUntil stops receiving when `case <-stop` wins$"
		}
	}
	run()
}
