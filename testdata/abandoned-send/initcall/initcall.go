// Package initcall: the package's init warms a cache once, with a timeout that may strand its loader. init runs
// once per process, so that loader ends with the process: not reported. The call is a statement of its own on the
// line after another call (`log.SetFlags(0)`), which the count of the function's uses must see. The same warm-up run
// once per entry of a list strands one loader per entry: reported.
package initcall

import (
	"log"
	"time"
)

var load = func(string) error { time.Sleep(time.Hour); return nil }

var timeout = 10 * time.Millisecond

func init() {
	log.SetFlags(0)
	warmUp("index")
	for _, name := range []string{"a", "b"} {
		warmEach(name)
	}
}

// warmUp runs once, from init.
func warmUp(name string) {
	done := make(chan error)
	go func() { done <- load(name) }()
	select {
	case <-done:
	case <-time.After(timeout):
		log.Print("warm-up timed out")
	}
}

// warmEach runs once per name.
func warmEach(name string) {
	done := make(chan error)
	go func() { done <- load(name) }() // want `^goroutine may block forever sending on unbuffered channel done: warmEach stops receiving when .case <-time.After\(timeout\). wins$`
	select {
	case <-done:
	case <-time.After(timeout): // related `warmEach stops receiving from done here`
		log.Print("warm-up timed out")
	}
}
