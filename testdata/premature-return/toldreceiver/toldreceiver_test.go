package toldreceiver

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestServeTakesTheListener(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Serve("127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
	})
}

// The goroutine fails to listen, says so and returns: Serve returns the error and nothing is left.
func TestServeReturnsTheStartError(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Serve("no-such-host.invalid:http-nope"); err == nil {
			t.Fatal("want an error")
		}
	})
}

// The address is refused after the listener was made: its hand-over is never taken.
func TestServeCheckedStrandsTheListener(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if _, err := ServeChecked("127.0.0.1:0", func(string) bool { return false }); err == nil {
			t.Fatal("want an error")
		}
	})
}
