package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each call leaves one goroutine behind, parked in its select (or ticking) after the caller returned.

func TestCountLeavesThePollerRunning(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() { Count(time.Millisecond) })
}

func TestForwardLeavesTheRelayRunning(t *testing.T) {
	var got []string
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() {
		Forward([]string{"a", "b"}, func(s string) { got = append(got, s) })
	})
	if len(got) != 2 {
		t.Errorf("Forward delivered %v", got)
	}
}

func TestWarmLeavesTheReloaderRunning(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() {
		if _, err := Warm(time.Millisecond); err != nil {
			t.Error(err)
		}
	})
}

func TestWarmWithoutReloadStartsNothing(t *testing.T) {
	leakcheck.Clean(t, func() { Warm(0) })
}

func TestIngestLeavesTheBatcherRunning(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() { Ingest([]string{"a", "b"}) })
}

func TestPeekLeavesThePollerRunning(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() { Peek() })
}

// Sample returns and its counting goroutine stays, waiting in its select for the next tick or a Stop.
func TestSampleLeavesItsTicker(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() { Sample(time.Millisecond) })
}
