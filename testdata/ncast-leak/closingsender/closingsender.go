// Package closingsender: two goroutines report failures on one channel, and the first also closes the channel the
// test waits on for success, after its own report. The test's `case <-done` can win only once that goroutine is
// done reporting, so it never strands that goroutine; it strands the other one, whose report can come later. The
// finding names the second goroutine's send.
package closingsender

import (
	"testing"
	"time"
)

// Run publishes and checks at once; it returns on the first failure, on success of the publisher, or on timeout.
func Run(t testing.TB, publish func() error, check func() bool, d time.Duration) {
	done := make(chan struct{})
	errs := make(chan string)
	go func() {
		if err := publish(); err != nil {
			errs <- err.Error()
		}
		close(done)
	}()
	go func() {
		if !check() {
			errs <- "check failed" // want "^goroutines may block forever sending on unbuffered channel errs: 2 of them send but Run receives none when `case <-done` wins$"
		}
	}()
	select {
	case <-time.After(d):
		t.Fatal("timeout")
	case e := <-errs:
		t.Fatal(e)
	case <-done: // related `Run stops receiving from errs here`
	}
}
