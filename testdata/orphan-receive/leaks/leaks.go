// Package leaks: receives on a channel whose only sender can finish without sending on it or closing it.
package leaks

import (
	"errors"
	"strconv"
	"strings"
)

var errFailed = errors.New("failed")

func compute(fail bool) (int, error) {
	if fail {
		return 0, errFailed
	}
	return 42, nil
}

// Result: the func literal returns on error without sending.
func Result(fail bool) int {
	ch := make(chan int)
	go func() {
		v, err := compute(fail)
		if err != nil {
			return // related `the goroutine in Result can finish here without sending on ch`
		}
		ch <- v
	}()
	return <-ch // want `Result may block forever receiving from unbuffered channel ch: the goroutine in Result can finish without sending on or closing it`
}

func parsePort(s string, ports chan<- int) {
	if n, err := strconv.Atoi(s); err == nil { // related `the goroutine running parsePort can finish here without sending on ports`
		ports <- n
	}
}

// Port: `go namedFunc(ch)` whose send sits in an if without an else.
func Port(s string) int {
	ports := make(chan int, 0)
	go parsePort(s, ports)
	return <-ports // want `Port may block forever receiving from unbuffered channel ports: the goroutine running parsePort can finish without sending on or closing it`
}

// Router picks a handler name for a method.
type Router struct {
	prefix string
}

func (r *Router) route(method string, names chan<- string) {
	switch method { // related `the goroutine running Router.route can finish here without sending on names`
	case "GET":
		names <- r.prefix + "get"
	case "POST":
		names <- r.prefix + "post"
	}
}

// Handler: `go s.method(ch)` whose switch has no default.
func (r *Router) Handler(method string) string {
	names := make(chan string)
	go r.route(method, names)
	return <-names // want `Router.Handler may block forever receiving from unbuffered channel names: the goroutine running Router.route can finish without sending on or closing it`
}

// Announce: the receiver is a goroutine; the function sends only when there is a listener
// (`var ch chan T; ch = make(chan T)`).
func Announce(listeners []string, msg string) {
	var msgs chan string
	msgs = make(chan string)
	go func() {
		m := <-msgs // want `the goroutine in Announce may block forever receiving from unbuffered channel msgs: Announce can finish without sending on or closing it`
		_ = strings.ToUpper(m)
	}()
	if len(listeners) > 0 { // related `Announce can finish here without sending on msgs`
		msgs <- msg
	}
}

// Serve: the goroutine waits for a ready signal that nothing ever gives (a forgotten close).
func Serve(addr string) {
	ready := make(chan struct{})
	go func() {
		<-ready // want `the goroutine in Serve blocks forever receiving from unbuffered channel ready: nothing sends on or closes it`
		_ = addr
	}()
}

// MinMax: the owner receives twice, the goroutine sends once.
func MinMax(xs []int) (int, int) {
	ch := make(chan int)
	go func() {
		lo := 0
		for _, x := range xs {
			if x < lo {
				lo = x
			}
		}
		ch <- lo
	}()
	lo, hi := <-ch, <-ch // want `MinMax may block forever receiving from unbuffered channel ch`
	return lo, hi
}
