// Package waitthensend: a goroutine that waits for a WaitGroup and then reports on an unbuffered channel, against
// a select that gives up after a timeout. When the timeout wins, the goroutine is stranded at its send once the
// group is done, or in its wait if the group never is: the finding names the send and, as a related place, the wait.
package waitthensend

import (
	"sync"
	"time"
)

// Settle runs work n times at once and tells whether every run ended within d.
func Settle(n int, work func(), d time.Duration) bool {
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			work()
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()          // related "^before it sends, the goroutine waits here in `wg.Wait\\(\\)`: if that never returns, it stays blocked here instead$"
		done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: Settle stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case <-done:
		return true
	case <-time.After(d): // related "^Settle stops receiving from done here$"
		return false
	}
}
