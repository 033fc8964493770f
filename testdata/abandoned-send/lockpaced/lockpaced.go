// Package lockpaced: a worker reports each stage it reaches, then waits for a lock that only the checker releases
// once it has taken that report. Its sends are paced by the checker's unlocks, so a one-slot buffer holds the one
// report outstanding even when the checker gives up between two (quiet; the worker then waits at the lock, not at
// a send). Without the lock the worker goes on reporting after the checker gave up, and its sends fill the buffer.
package lockpaced

import (
	"sync"
	"testing"
)

// Stages checks the worker's n stages one at a time.
func Stages(t testing.TB, n int, ok func(int) bool) {
	var mu sync.Mutex
	reached := make(chan int, 1)
	go func() {
		for i := 0; i < n; i++ {
			mu.Lock()
			reached <- i
		}
	}()
	for i := 0; i < n; i++ {
		if v := <-reached; !ok(v) {
			t.Fatal("bad stage")
		}
		mu.Unlock()
	}
}

// StagesUnpaced checks the same stages, but nothing holds the worker back between them.
func StagesUnpaced(t testing.TB, n int, ok func(int) bool) {
	reached := make(chan int, 1)
	go func() {
		for i := 0; i < n; i++ {
			reached <- i // want "^goroutine may block forever sending on channel reached \\(capacity 1\\): it can send any number of times but StagesUnpaced receives only once on some paths$"
		}
	}()
	for i := 0; i < n; i++ {
		if v := <-reached; !ok(v) {
			t.Fatal("bad stage") // related `StagesUnpaced stops receiving from reached here`
		}
	}
}
