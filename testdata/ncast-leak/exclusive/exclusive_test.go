package exclusive

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func stop() error { return nil }

func TestServeIsCleanInBothModes(t *testing.T) {
	leakcheck.Clean(t, func() { Serve(true, stop, stop); Serve(false, stop, stop) })
}

func TestServeAllIsCleanWhenNotGraceful(t *testing.T) {
	leakcheck.Clean(t, func() { ServeAll(false, stop, stop) })
}

// Four senders, one slot, one receive: two are left blocked.
func TestServeAllStrandsTwoWhenGraceful(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { ServeAll(true, stop, stop) })
}
