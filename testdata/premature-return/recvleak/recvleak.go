// Package recvleak: goroutines that wait for a signal or a value that the function which started them
// would send (or close) later, but an early return skips it.
package recvleak

import (
	"errors"
	"sync/atomic"
)

var errEmpty = errors.New("empty batch")

var cleanups int64

func cleanup() { atomic.AddInt64(&cleanups, 1) }

// Process: a func literal waits on `<-done`; the empty batch returns before `close(done)`.
func Process(items []string) error {
	done := make(chan struct{})
	go func() {
		<-done // want `the goroutine in Process may block forever receiving from unbuffered channel done: Process can return before sending on or closing it`
		cleanup()
	}()
	if len(items) == 0 {
		return errEmpty // related `Process can finish here without sending on done`
	}
	close(done)
	return nil
}

// Config is pushed to a watcher.
type Config struct {
	Addr string
}

func apply(cfgs <-chan Config) {
	c := <-cfgs // want `the goroutine running apply may block forever receiving from unbuffered channel cfgs: Reload can return before sending on or closing it`
	_ = c.Addr
}

// Reload: `go namedFunc(ch)` receives one value; an empty address returns before sending it.
func Reload(addr string) bool {
	cfgs := make(chan Config, 0)
	go apply(cfgs)
	if addr == "" {
		return false // related `Reload can finish here without sending on cfgs`
	}
	cfgs <- Config{Addr: addr}
	return true
}

// Server serves until told to stop.
type Server struct {
	stopped int64
}

func (s *Server) watch(stop <-chan struct{}) {
	<-stop // want `the goroutine running Server.watch may block forever receiving from unbuffered channel stop: Server.Start can return before sending on or closing it`
	atomic.StoreInt64(&s.stopped, 1)
}

// Start: `go s.method(ch)` and `var ch chan T; ch = make(chan T)`; the error case of the switch returns
// before the stop signal is sent.
func (s *Server) Start(mode string) error {
	var stop chan struct{}
	stop = make(chan struct{})
	go s.watch(stop)
	switch mode {
	case "dry-run":
		stop <- struct{}{}
	case "":
		return errors.New("no mode") // related `Server.Start can finish here without sending on stop`
	default:
		close(stop)
	}
	return nil
}
