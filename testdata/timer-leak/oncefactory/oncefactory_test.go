package oncefactory

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// However often Shared is called, one loop runs.
func TestSharedStartsOneLoop(t *testing.T) {
	var c *Cache
	leakcheck.KeepsTicking(t, 1, func() int64 { return c.Refreshes() }, func() {
		for i := 0; i < 5; i++ {
			c = Shared(time.Millisecond)
		}
	})
}

// Every call of Fresh leaves one more loop ticking.
func TestFreshStartsALoopPerCall(t *testing.T) {
	var a, b *Gauge
	leakcheck.KeepsTicking(t, 2, func() int64 { return a.Reads() + b.Reads() }, func() {
		a = Fresh(time.Millisecond)
		b = Fresh(time.Millisecond)
	})
}
