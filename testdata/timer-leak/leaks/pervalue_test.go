package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Calls on one Hub start one renewer; a second Hub starts another: one per value, each ticking forever.
func TestHubStartsOneRenewerPerValue(t *testing.T) {
	a := &Hub{every: time.Millisecond}
	leakcheck.KeepsTicking(t, 1, func() int64 { return a.Keys() }, func() { a.Keys(); a.Keys(); a.Keys() })
	b := &Hub{every: time.Millisecond}
	leakcheck.KeepsTicking(t, 1, func() int64 { return b.Keys() }, func() { b.Keys(); b.Keys() })
}
