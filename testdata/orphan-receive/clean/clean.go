// Package clean: receives whose sender sends or closes on every path, or that cannot wait forever.
// golint-chan must stay quiet on all of them.
package clean

import (
	"errors"
	"strconv"
	"time"
)

func compute(fail bool) (int, error) {
	if fail {
		return 0, errors.New("failed")
	}
	return 42, nil
}

// Result: the sender sends on both branches of an if/else.
func Result(fail bool) int {
	ch := make(chan int)
	go func() {
		v, err := compute(fail)
		if err != nil {
			ch <- -1
		} else {
			ch <- v
		}
	}()
	return <-ch
}

func parsePort(s string, ports chan<- int) {
	defer close(ports)
	if n, err := strconv.Atoi(s); err == nil {
		ports <- n
	}
}

// Port: the sender closes the channel on every path (`defer close`); the receiver checks ok.
func Port(s string) (int, bool) {
	ports := make(chan int)
	go parsePort(s, ports)
	n, ok := <-ports
	return n, ok
}

// ResultWithin: the receive is guarded by a select with a timeout.
func ResultWithin(fail bool, d time.Duration) (int, bool) {
	ch := make(chan int, 1)
	go func() {
		v, err := compute(fail)
		if err != nil {
			return
		}
		ch <- v
	}()
	select {
	case v := <-ch:
		return v, true
	case <-time.After(d):
		return 0, false
	}
}

// Server answers requests in its own goroutine.
type Server struct {
	requests chan request
}

type request struct {
	key   string
	reply chan string
}

// NewServer starts the server loop; Close stops it.
func NewServer() *Server {
	s := &Server{requests: make(chan request)}
	go s.loop()
	return s
}

func (s *Server) loop() {
	for r := range s.requests {
		r.reply <- "value of " + r.key
	}
}

// Close stops the server loop.
func (s *Server) Close() { close(s.requests) }

// Get: the reply channel travels inside a request to code that golint-chan does not follow.
func (s *Server) Get(key string) string {
	reply := make(chan string)
	s.requests <- request{key: key, reply: reply}
	return <-reply
}

// Announce: the function sends on every path of its switch, including the default.
func Announce(kind string) string {
	msgs := make(chan string)
	done := make(chan string)
	go func() {
		done <- "got " + <-msgs
	}()
	switch kind {
	case "short":
		msgs <- "hi"
	default:
		msgs <- "hello"
	}
	return <-done
}
