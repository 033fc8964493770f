package structfield

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func fail() error { return errors.New("boom") }
func ok() error   { return nil }

func TestSessionLeaksTheFlusherWhenWorkFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		if Session(fail) == nil {
			t.Fatal("expected an error")
		}
	})
}

func TestSessionStopsTheFlusher(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Session(ok); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSessionDeferredStopsTheFlusherOnFailure(t *testing.T) {
	leakcheck.Clean(t, func() { _ = SessionDeferred(fail) })
}
