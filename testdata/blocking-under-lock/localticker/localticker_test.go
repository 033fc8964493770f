package localticker

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The loop stops its own ticker (time.Ticker's Stop) without the monitor's mutex: Stop always returns.
func TestMonitorStopReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		m := newMonitor(time.Millisecond)
		time.Sleep(5 * time.Millisecond)
		m.Stop()
	})
}

// Halt holds mu and waits for the loop; a loop that ticked while mu was held waits for mu: both stay blocked. (The
// goroutine below is Halt with a pause after it locks, long enough for a tick.)
func TestCounterHaltDeadlocksWhenTheLoopTicks(t *testing.T) {
	c := newCounter(time.Millisecond)
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1, leakcheck.MutexWait(): 1}, func() {
		go func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			time.Sleep(20 * time.Millisecond)
			c.quit <- struct{}{}
		}()
	})
}
