package toldreceiver

import (
	"errors"
	"net"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// A failed listen ends the test's goroutine at the check (StopT), after the goroutine returned; a good one is taken.
func TestListenRequiredLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() { go ListenRequired(leakcheck.StopT{}, "no-such-host.invalid:http-nope") })
	leakcheck.Clean(t, func() {
		if addr := ListenRequired(t, "127.0.0.1:0"); addr == "" {
			t.Fatal("no address")
		}
	})
}

// A failed listen stops the test at the check while the goroutine goes on to hand over its nil listener.
func TestListenWarnedStrandsTheHandOver(t *testing.T) {
	fail := func(string) (net.Listener, error) { return nil, errors.New("no listener") }
	leakcheck.Leaks(t, 1, func() { go ListenWarned(leakcheck.StopT{}, fail, "x") })
}
