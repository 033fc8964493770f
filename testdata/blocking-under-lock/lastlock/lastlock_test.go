package lastlock

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// A second Stop while Start cleans up: it holds the lock and waits for stopped; Start waits for the lock to close
// it; the first Stop waits for stopped too. Three goroutines stay blocked.
func TestSecondStopDeadlocksWithStart(t *testing.T) {
	cleanup = func() { time.Sleep(30 * time.Millisecond) }
	t.Cleanup(func() { cleanup = func() {} })
	leakcheck.ExpectBlocked(t, 3, map[string]int{"chan receive": 2, leakcheck.MutexWait(): 1}, func() {
		c := New()
		go c.Start()
		for !c.Started() {
			time.Sleep(time.Millisecond)
		}
		go c.Stop()
		time.Sleep(10 * time.Millisecond) // the first Stop has signalled and let go of the lock
		go c.Stop()
	})
}

// One Stop: Start closes stopped and both end.
func TestOneStopIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		c := New()
		go c.Start()
		for !c.Started() {
			time.Sleep(time.Millisecond)
		}
		c.Stop()
	})
}
