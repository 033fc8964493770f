package singleton

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// The shared registry takes every name; its loop lives as long as the process.
func TestSharedTakesEveryName(t *testing.T) {
	r := Shared()
	leakcheck.Clean(t, func() {
		r.Add("a")
		Shared().Add("b")
	})
}

// A Put on a cache that was Reset waits forever.
func TestPutAfterResetLeaks(t *testing.T) {
	c := Current()
	c.Put("a")
	Reset()
	leakcheck.Leaks(t, 1, func() { go c.Put("b") })
}
