package parked

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Serve and Handle park the goroutine that calls them, as they mean to, and nothing else.
func TestServeParksOnlyItsCaller(t *testing.T) {
	started := 0
	leakcheck.ExpectRecv(t, 1, 1, func() { go Serve(func() { started++ }) })
}

func TestHandleParksOnlyItsCaller(t *testing.T) {
	h := Hang{Called: make(chan struct{})}
	leakcheck.ExpectRecv(t, 1, 1, func() {
		go func() { _ = h.Handle() }()
		<-h.Called
	})
}

// Watch returns at once and leaves its goroutine behind.
func TestWatchLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Watch(func() {}) })
}
