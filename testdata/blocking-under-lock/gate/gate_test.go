package gate

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunDeadlocks(t *testing.T) {
	// run, pop and the locking goroutine all stay: run on locked, pop on stop, the goroutine on the lock.
	leakcheck.ExpectBlocked(t, 3, map[string]int{"chan receive": 2, "semacquire": 1}, func() { go run() })
}

func TestReadDeadlocks(t *testing.T) {
	leakcheck.ExpectBlocked(t, 3, map[string]int{"chan receive": 1, "chan send": 1, "semacquire": 1}, func() { go read() })
}

func TestCleanOnesFinish(t *testing.T) {
	leakcheck.Clean(t, func() {
		other()
		unlocked()
		after()
	})
}
