// Package service is the library half of a program whose commands live in cmd/: its exported functions are
// called from the other packages of the module. A worker stranded by a function the program runs once (from a
// command's main) is one per process and ends with it: not reported. One that another package calls per
// request, in a loop, or hands on as a value is reported.
package service

import (
	"errors"
	"sync"
	"time"
)

// Fetch stands for slow work (a network call); tests replace it.
var Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil }

// Warmup strands its fetcher when the timeout wins. Only cmd/server's main calls it, once: once per process.
func Warmup(d time.Duration) (string, error) {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v
	}()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return "", errors.New("timeout")
	}
}

// Prime is called once by cmd/server's main, but also by two of cmd/server's tests: the test binary is a process
// too, and each test strands one fetcher in it.
func Prime(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: Prime stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// Probe is the same shape, but cmd/server's HTTP handler calls it for every request.
func Probe(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: Probe stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// Refresh is called once by cmd/server's main, but cmd/batch calls it in a loop.
func Refresh(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: Refresh stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// Check is called once by cmd/tool's run, which its main calls once.
func Check(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d):
		return errors.New("timeout")
	}
}

// Verify is handed on as a value by cmd/tool (a table of checks run by whoever holds it): reported.
func Verify(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: Verify stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// Server is started once by cmd/server's main, and pinged per request.
type Server struct{ Timeout time.Duration }

// NewServer makes a server.
func NewServer() *Server { return &Server{Timeout: time.Second} }

// Start connects, once per process: its only call is in cmd/server's main.
func (s *Server) Start() error { return s.connect() }

// connect strands its fetcher when the timeout wins; only Start calls it.
func (s *Server) connect() error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(s.Timeout):
		return errors.New("timeout")
	}
}

// Ping is the same shape, called by cmd/server's handler for every request.
func (s *Server) Ping() error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: Server.Ping stops receiving when .case <-time.After\(s.Timeout\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(s.Timeout): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// Acceptor serves until Stop; cmd/server's main runs one, once. Its accept goroutine is in the WaitGroup that Stop
// waits for: when Serve has stopped receiving, the goroutine is stranded and Stop hangs, so the program does not
// end. Reported, although the program runs it once.
type Acceptor struct {
	stopping chan struct{}
	wg       sync.WaitGroup
	next     func() (string, error)
}

// NewAcceptor makes an acceptor that takes its connections from next.
func NewAcceptor(next func() (string, error)) *Acceptor {
	return &Acceptor{stopping: make(chan struct{}), next: next}
}

// Serve hands each connection on until Stop.
func (a *Acceptor) Serve(handle func(string)) {
	conns := make(chan string)
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		for {
			c, err := a.next()
			if err != nil {
				return
			}
			conns <- c // want `sending on unbuffered channel conns: Acceptor.Serve stops receiving when .case <-a.stopping. wins`
		}
	}()
	for {
		select {
		case <-a.stopping: // related `stops receiving from conns here`
			return
		case c := <-conns:
			handle(c)
		}
	}
}

// Stop ends Serve and waits for the accept goroutine.
func (a *Acceptor) Stop() {
	close(a.stopping)
	a.wg.Wait()
}

// Session is made by the session package (modulecallers/session), which the commands import instead of this one:
// the calls of its methods are in packages that reach this one only through another.
type Session struct{ d time.Duration }

// NewSession makes a session whose calls wait at most d.
func NewSession(d time.Duration) *Session { return &Session{d: d} }

// Open strands its fetcher when the timeout wins. Only cmd/agent's main calls it, once, on a session from
// session.Default: once per process.
func (s *Session) Open() (string, error) {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v
	}()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(s.d):
		return "", errors.New("timeout")
	}
}

// Resync is the same shape, but cmd/agent calls it in a loop.
func (s *Session) Resync() error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: Session.Resync stops receiving when .case <-time.After\(s.d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(s.d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// Attach strands its fetcher when the timeout wins. Only the attach command of cmd/ctl calls it, in the handler of a
// command declared as a package-level variable: once per process.
func (s *Session) Attach() error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(s.d):
		return errors.New("timeout")
	}
}
