package flagclosed

import (
	"sync"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Deliveries and cancellations in any order: a Cancel that sees the flag finds the channel closed.
func TestWantCancelNeverWaits(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 100; i++ {
			w := NewWant()
			var wg sync.WaitGroup
			wg.Add(2)
			go func() { defer wg.Done(); w.Deliver(i) }()
			go func() { defer wg.Done(); w.Cancel() }()
			wg.Wait()
			if _, ok := w.Cancel(); ok && i < 0 {
				t.Error("unreachable")
			}
		}
	})
}

// After Forget, Cancel waits forever for a value, holding the mutex.
func TestAskCancelAfterForgetWaits(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive": 1}, func() {
		a := NewAsk()
		a.Forget()
		go a.Cancel()
	})
}
