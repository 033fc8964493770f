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

// Attach on one Gauge starts one refresher however often it runs; a second Gauge starts another.
func TestGaugeStartsOneRefresherPerValue(t *testing.T) {
	a := &Gauge{every: time.Millisecond}
	leakcheck.KeepsTicking(t, 1, func() int64 { return a.Reads() }, func() { a.Attach(); a.Attach(); a.Attach() })
	b := &Gauge{every: time.Millisecond}
	leakcheck.KeepsTicking(t, 1, func() int64 { return b.Reads() }, func() { b.Attach() })
}
