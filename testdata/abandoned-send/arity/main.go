// Command arity: a method that main calls once strands its worker when the stop channel wins, then main exits:
// once per process, not reported. Calls of a method of the same name on another type's value with another count of
// arguments (`s.source.Serve()` for `Serve(stop chan struct{}) error`) are not calls of it: Go checks the count.
// A call with the same count on an interface value might be one, and it is made in a loop: Probe is reported.
package main

import (
	"log"
	"time"
)

var work = func() error { time.Sleep(time.Hour); return nil }

// source is what the server reads from; its Serve takes no argument.
type source interface{ Serve() error }

// checker is probed in a loop; its Probe takes a stop channel, as server.Probe does.
type checker interface {
	Probe(stop chan struct{}) error
}

type server struct {
	source  source
	checker checker
}

// Serve strands its worker when stop wins: main calls it once.
func (s *server) Serve(stop chan struct{}) error {
	errc := make(chan error)
	go func() { errc <- work() }()
	select {
	case err := <-errc:
		return err
	case <-stop:
		return nil
	}
}

// Probe is the same shape; `s.checker.Probe(stop)` in a loop may be a call of it.
func (s *server) Probe(stop chan struct{}) error {
	errc := make(chan error)
	go func() {
		errc <- work() // want "^goroutine may block forever sending on unbuffered channel errc: server.Probe stops receiving when `case <-stop` wins$"
	}()
	select {
	case err := <-errc:
		return err
	case <-stop: // related "^server.Probe stops receiving from errc here$"
		return nil
	}
}

// refresh reads the source and probes the checker three times.
func (s *server) refresh(stop chan struct{}) {
	for i := 0; i < 3; i++ {
		if err := s.source.Serve(); err != nil {
			log.Print(err)
		}
		if err := s.checker.Probe(stop); err != nil {
			log.Print(err)
		}
	}
}

// sources and checkers come from elsewhere (a plugin registry): main is given them.
var (
	theSource  source
	theChecker checker
)

func main() {
	s := &server{source: theSource, checker: theChecker}
	stop := make(chan struct{})
	s.refresh(stop)
	if err := s.Probe(stop); err != nil {
		log.Fatal(err)
	}
	if err := s.Serve(stop); err != nil {
		log.Fatal(err)
	}
}
