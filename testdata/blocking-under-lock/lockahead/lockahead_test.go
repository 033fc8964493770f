package lockahead

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The order in which goroutines queue on the lock decides who gets it; the sleeps fix that order.

func TestDisconnectDeadlocksWithATick(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, rlockWait(): 1}, func() {
		tick := make(chan time.Time)
		b := newBroker(tick)
		b.RLock()
		go func() { _ = b.Disconnect() }() // waits for the write lock: new readers now queue behind it
		time.Sleep(10 * time.Millisecond)
		tick <- time.Now() // the loop takes the tick and queues for its read lock
		time.Sleep(10 * time.Millisecond)
		b.RUnlock() // Disconnect gets the lock and sends; the loop waits for its read lock forever
	})
}

func TestQuietBrokerDisconnects(t *testing.T) {
	leakcheck.Clean(t, func() {
		tick := make(chan time.Time)
		b := newQuietBroker(tick)
		b.RLock()
		done := make(chan error)
		go func() { done <- b.Disconnect() }()
		time.Sleep(10 * time.Millisecond)
		tick <- time.Now() // the loop counts the tick without locking
		b.RUnlock()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	})
}

// rlockWait is how runtime.Stack names a goroutine waiting for a read lock: "semacquire" before Go 1.20.
func rlockWait() string {
	v := strings.TrimPrefix(runtime.Version(), "go1.")
	if minor, err := strconv.Atoi(strings.SplitN(v, ".", 2)[0]); err == nil && minor < 20 {
		return "semacquire"
	}
	return "sync.RWMutex.RLock"
}
