package serveerror

import (
	"context"
	"net/http"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// An address it cannot listen on: ListenAndServe returns at once, with an error, and it is reported.
func TestServeDefaultReportsItsError(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := ServeDefault("no-such-host.invalid:http-nope"); err == nil {
			t.Fatal("want an error")
		}
	})
}

// The caller's server is shut down: ListenAndServe returns http.ErrServerClosed and ServeOwn waits for good.
func TestServeOwnWaitsAfterAShutdown(t *testing.T) {
	srv := &http.Server{Addr: "127.0.0.1:0"}
	leakcheck.LeaksReceiving(t, 1, func() {
		go ServeOwn(srv)
		time.Sleep(20 * time.Millisecond)
		if err := srv.Shutdown(context.Background()); err != nil {
			t.Fatal(err)
		}
	})
}
