package unlockvariant

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// restart released the lock: the loop records its stop and closes done, and restart returns.
func TestRestartReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		c := newController()
		c.restart()
	})
}

// halt holds the lock the loop needs: both wait forever, halt on done and the loop on the lock.
func TestHaltDeadlocks(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1, leakcheck.MutexWait(): 1}, func() {
		c := newController()
		go c.halt()
	})
}
