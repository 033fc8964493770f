package initstart

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// init's counter keeps ticking for as long as the process runs.
func TestDefaultKeepsCounting(t *testing.T) {
	before := Default.Ticks()
	deadline := time.Now().Add(5 * time.Second)
	for Default.Ticks() == before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if Default.Ticks() == before {
		t.Skip("the one-second counter did not tick in time")
	}
}

// Each Watch leaves its ticker running.
func TestWatchRetainsItsTicker(t *testing.T) {
	Every = time.Millisecond
	defer func() { Every = time.Second }()
	leakcheck.Retains(t, 3, func() {
		s := &Stats{}
		for i := 0; i < 3; i++ {
			s.Watch()
		}
	})
}

// Each NewIndex adds a cleaning loop that keeps ticking after NewIndex returned (the package's own cache and index,
// made once as the package is set up, are not counted: they started before the test).
func TestNewIndexLeavesALoopPerCall(t *testing.T) {
	Every = time.Millisecond
	defer func() { Every = time.Second }()
	var c *Cache
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&c.cleaned) }, func() { c = NewIndex() })
}
