package zerofield

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// A Server never starts a pool: nothing is left.
func TestServerHandlesInline(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := &Server{}
		s.Serve(1)
		s.Serve(2)
	})
}

// A pool of two leaves its two workers waiting for a close, and its forwarder waiting for requests.
func TestPoolWorkersWaitForever(t *testing.T) {
	leakcheck.LeaksReceiving(t, 3, func() {
		p := NewPool(2)
		p.Serve(1)
	})
}
