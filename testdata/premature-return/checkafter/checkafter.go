// Package checkafter: a test checks that a worker has not answered yet (`case <-time.After(d):` is the expected
// path, and the test goes on), then stops it and takes its answer. The timeout case strands nothing: the receive
// after it takes the value. What strands the worker is a check between them that ends the test when it fails
// (`require.NoError(t, stop())`): that check is the place named. With no such check: quiet.
package checkafter

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/require"
)

// StopChecked fails the test if stop fails, before taking the worker's answer.
func StopChecked(t testing.TB, accept func() error, stop func() error, d time.Duration) {
	errs := make(chan error)
	go func() {
		errs <- accept() // want "^goroutine may block forever sending on unbuffered channel errs: StopChecked can return before receiving from it$"
	}()
	select {
	case err := <-errs:
		t.Fatalf("answered early: %v", err)
	case <-time.After(d):
		// nothing yet: expected
	}
	require.NoError(t, stop()) // related `StopChecked stops receiving from errs here`
	if err := <-errs; err == nil {
		t.Fatal("expected an error after stop")
	}
}

// StopUnchecked takes the answer whatever stop returns: quiet.
func StopUnchecked(t testing.TB, accept func() error, stop func() error, d time.Duration) {
	errs := make(chan error)
	go func() {
		errs <- accept()
	}()
	select {
	case err := <-errs:
		t.Fatalf("answered early: %v", err)
	case <-time.After(d):
		// nothing yet: expected
	}
	_ = stop()
	if err := <-errs; err == nil {
		t.Fatal("expected an error after stop")
	}
}
