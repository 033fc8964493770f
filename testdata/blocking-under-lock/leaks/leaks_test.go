package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The order in which goroutines queue on the mutex decides who gets it; the sleeps fix that order.

func TestSetDeadlocksWithTheSyncLoop(t *testing.T) {
	m := newManager()
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1, leakcheck.MutexWait(): 1}, func() {
		m.mu.Lock()
		go m.Set(2) // queues on mu first
		time.Sleep(10 * time.Millisecond)
		m.updates <- 1 // the sync loop takes it and queues on mu second
		time.Sleep(10 * time.Millisecond)
		m.mu.Unlock() // Set gets mu and sends; the loop waits for mu forever
	})
}

func TestStopDeadlocksWithAPendingAdd(t *testing.T) {
	b := newBroadcasts()
	leakcheck.ExpectBlocked(t, 1, map[string]int{leakcheck.MutexWait(): 1}, func() {
		b.Lock()
		go b.stop() // queues on the mutex first
		time.Sleep(10 * time.Millisecond)
		b.updatec <- 1 // the worker takes it and queues on the mutex in add
		time.Sleep(10 * time.Millisecond)
		b.Unlock() // stop gets it and waits for donec; the worker waits for the mutex forever
	})
}
