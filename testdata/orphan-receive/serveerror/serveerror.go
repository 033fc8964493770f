// Package serveerror: a goroutine serves HTTP and reports the error that ends it, unless the error says the server
// was shut down. net/http's package function ListenAndServe runs a server no one else holds, so it returns only a
// non-nil error that is not http.ErrServerClosed: once it returns the report always comes (quiet). A server of the
// caller's own returns http.ErrServerClosed when it is shut down, and the goroutine then ends without a report
// (reported).
package serveerror

import (
	"errors"
	"net/http"
)

// ServeDefault serves on addr with the default mux and returns the error that stopped it.
func ServeDefault(addr string) error {
	errs := make(chan error)
	go func() {
		if err := http.ListenAndServe(addr, nil); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errs <- err
		}
	}()
	return <-errs
}

// ServeOwn serves srv and returns the error that stopped it; a shutdown is no error, and nothing is sent for it.
func ServeOwn(srv *http.Server) error {
	errs := make(chan error)
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) { // related `the goroutine in ServeOwn can finish here without sending on errs`
			errs <- err
		}
	}()
	return <-errs // want `^ServeOwn may block forever receiving from unbuffered channel errs: the goroutine in ServeOwn can finish without sending on or closing it$`
}
