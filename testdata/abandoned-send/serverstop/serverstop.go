// Package serverstop: a goroutine serves and sends the server's error; its starter waits for that error or for a
// stop, and on a stop stops the server before it returns. grpc's Serve returns nil once Stop or GracefulStop is
// called, net/http's Serve returns http.ErrServerClosed once Shutdown or Close is: a goroutine that sends only
// other errors has nothing to send after the stop, and is not stranded (quiet). One that sends whatever Serve
// returns (nil too), or that does not leave http.ErrServerClosed out, blocks at its send once the starter has
// returned (reported).
package serverstop

import (
	"context"
	"errors"
	"net"
	"net/http"

	"google.golang.org/grpc"
)

// API holds a grpc server, as a field declared *grpc.Server.
type API struct {
	server *grpc.Server
}

// Run serves on lis until stop: the stop case stops the server, whose Serve then returns nil, not sent.
func (a *API) Run(stop <-chan struct{}, lis net.Listener) error {
	errc := make(chan error)
	go func() {
		defer close(errc)
		if err := a.server.Serve(lis); err != nil {
			errc <- err
		}
	}()
	select {
	case <-stop:
		a.server.GracefulStop()
		return nil
	case err := <-errc:
		return err
	}
}

// RunAny sends whatever Serve returns: after GracefulStop that is nil, and nothing receives it.
func RunAny(stop <-chan struct{}, lis net.Listener) error {
	s := grpc.NewServer()
	errc := make(chan error)
	go func() {
		errc <- s.Serve(lis) // want "^goroutine may block forever sending on unbuffered channel errc: RunAny stops receiving when `case <-stop` wins$"
	}()
	select {
	case <-stop: // related `RunAny stops receiving from errc here`
		s.GracefulStop()
		return nil
	case err := <-errc:
		return err
	}
}

// ServeHTTP serves on lis until stop; the error of the Close is not sent.
func ServeHTTP(stop <-chan struct{}, srv *http.Server, lis net.Listener) error {
	errc := make(chan error)
	go func() {
		if err := srv.Serve(lis); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- err
		}
	}()
	select {
	case <-stop:
		return srv.Shutdown(context.Background())
	case err := <-errc:
		return err
	}
}

// ServeHTTPAll sends every error, http.ErrServerClosed too: after the Close it is stranded.
func ServeHTTPAll(stop <-chan struct{}, srv *http.Server, lis net.Listener) error {
	errc := make(chan error)
	go func() {
		err := srv.Serve(lis)
		if err != nil {
			errc <- err // want "^goroutine may block forever sending on unbuffered channel errc: ServeHTTPAll stops receiving when `case <-stop` wins$"
		}
	}()
	select {
	case <-stop: // related `ServeHTTPAll stops receiving from errc here`
		srv.Close()
		return nil
	case err := <-errc:
		return err
	}
}
