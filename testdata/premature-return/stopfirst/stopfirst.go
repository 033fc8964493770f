// Package stopfirst: a goroutine sends what a long-running call returns (`errc <- srv.Run()`), and the function
// stops that call itself, with a plain statement of its own, before it takes the value: `srv.Shutdown()`, or the
// cancel of the context the call runs under. Before that stop the goroutine is still in the call, not at its send:
// a way out there leaves it waiting in the call (a leak of its own, not at the send), so it is not reported here.
// With the stop deferred too, or written before the go statement, an early return still stops the call, and the
// send then blocks: reported.
package stopfirst

import (
	"context"
	"sync"
	"testing"
)

// Server runs until Shutdown.
type Server struct {
	once sync.Once
	quit chan struct{}
}

// NewServer makes a server.
func NewServer() *Server { return &Server{quit: make(chan struct{})} }

// Run serves until Shutdown.
func (s *Server) Run() error {
	<-s.quit
	return nil
}

// Shutdown makes Run return.
func (s *Server) Shutdown() { s.once.Do(func() { close(s.quit) }) }

// serve runs until its context is done.
func serve(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// RunAndShutdown checks, then shuts the server down and takes Run's result: an early return leaves the goroutine in
// Run, never at its send.
func RunAndShutdown(check func() error) error {
	srv := NewServer()
	errc := make(chan error)
	go func() {
		errc <- srv.Run()
	}()
	if err := check(); err != nil {
		return err
	}
	srv.Shutdown()
	return <-errc
}

// ServeAndCancel is the same with the cancel of the context serve runs under, in a test helper whose check ends
// the test's goroutine when it fails (t.Fatal): that leaves the goroutine in serve too.
func ServeAndCancel(t testing.TB, check func() error) error {
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() {
		err := serve(ctx)
		errc <- err
	}()
	if err := check(); err != nil {
		t.Fatal(err)
	}
	cancel()
	return <-errc
}

// ServeDeferredCancel also cancels on the way out: an early return ends serve, and its send then blocks.
func ServeDeferredCancel(check func() error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error)
	go func() {
		errc <- serve(ctx) // want `sending on unbuffered channel errc: ServeDeferredCancel can return before receiving from it`
	}()
	if err := check(); err != nil {
		return err // related `ServeDeferredCancel stops receiving from errc here`
	}
	cancel()
	return <-errc
}

// RunShutdownFirst shuts the server down before its checks: Run may have returned by the early return.
func RunShutdownFirst(check func() error) error {
	srv := NewServer()
	errc := make(chan error)
	go func() {
		errc <- srv.Run() // want `sending on unbuffered channel errc: RunShutdownFirst can return before receiving from it`
	}()
	srv.Shutdown()
	if err := check(); err != nil {
		return err // related `RunShutdownFirst stops receiving from errc here`
	}
	return <-errc
}

// start returns at once, whatever its context does.
func start(ctx context.Context) error { return ctx.Err() }

// StartAndCancel cancels before it receives, but start does not wait for the cancel: it has returned by the early
// way out, and the send blocks.
func StartAndCancel(t testing.TB, check func() error) error {
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() {
		errc <- start(ctx) // want `sending on unbuffered channel errc: StartAndCancel can return before receiving from it`
	}()
	if err := check(); err != nil {
		t.Fatal(err) // related `StartAndCancel stops receiving from errc here`
	}
	cancel()
	return <-errc
}
