// Command commandevents: main runs its event loop once, and the loop hands each connection to a goroutine of its
// own. What main runs once is quiet (a goroutine it strands ends with the process), but what the loop runs per event
// is not once per process: a handler that strands a goroutine on every timeout leaks one per connection. A helper
// called both ways strands its goroutine only through the call main runs once (supervise): quiet.
package main

import (
	"errors"
	"log"
	"time"
)

var work = func(c int) error { time.Sleep(time.Hour); return nil }

// handle runs once per connection, from the event loop: reported.
func handle(c int, d time.Duration) error {
	errc := make(chan error)
	go func() { errc <- work(c) }() // want `^goroutine may block forever sending on unbuffered channel errc: handle stops receiving when .case <-time.After\(d\). wins$`
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `handle stops receiving from errc here`
		return errors.New("timeout")
	}
}

// serve runs once, from main; its loop runs once per event.
func serve(conns <-chan int, quit <-chan struct{}, d time.Duration) {
	for {
		select {
		case c := <-conns:
			go func() {
				if err := handle(c, d); err != nil {
					log.Print(err)
				}
			}()
		case <-quit:
			return
		}
	}
}

// warm runs once, from main: quiet.
func warm(d time.Duration) error {
	errc := make(chan error)
	go func() { errc <- work(0) }()
	select {
	case err := <-errc:
		return err
	case <-time.After(d):
		return errors.New("timeout")
	}
}

// watch starts a worker and returns the channel it reports on.
func watch(c int) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		_ = work(c)
		done <- struct{}{}
	}()
	return done
}

// supervise waits for a first worker at most d, then runs one more per event and waits for each. The worker the
// timeout strands comes from the one call main's one run makes: one per process, quiet. Those of the loop are always
// received.
func supervise(events <-chan int, d time.Duration) {
	select {
	case <-watch(0):
	case <-time.After(d):
		log.Print("first worker timed out")
	}
	for c := range events {
		<-watch(c)
	}
}

func main() {
	if err := warm(time.Second); err != nil {
		log.Print(err)
	}
	supervise(make(chan int), time.Second)
	serve(make(chan int), make(chan struct{}), time.Second)
}
