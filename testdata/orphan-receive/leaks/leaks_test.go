package leaks

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each test takes the path without the send. A function that itself blocks is started with go.

func TestResultLeaksOnError(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Result(true) })
}

func TestResultIsCleanOnSuccess(t *testing.T) {
	leakcheck.Clean(t, func() { Result(false) })
}

func TestPortLeaksOnBadNumber(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Port("http") })
}

func TestHandlerLeaksOnUnknownMethod(t *testing.T) {
	r := &Router{prefix: "h."}
	leakcheck.LeaksReceiving(t, 1, func() { go r.Handler("DELETE") })
}

func TestAnnounceLeaksWithoutListeners(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Announce(nil, "hi") })
}

func TestServeLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Serve(":0") })
}

func TestMinMaxLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go MinMax([]int{3, 1, 2}) })
}
