// Package waitgroup: two checkers each report at most one error into a one-slot channel and run `defer
// wg.Done()`; the test waits for both (`wg.Wait()`) and then polls the channel (`select { …; default: }`). After
// the Wait no checker is left, so the poll's default case strands nobody. What strands one is a way out taken
// while both run: the first error fills the slot and the second checker blocks. A way out while only one runs
// cannot (its error fits the slot): quiet.
package waitgroup

import (
	"sync"
	"testing"
)

// BothRunning fails the test while both checkers run.
func BothRunning(t testing.TB, check func() error, step func() error) {
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err // want "^goroutine may block forever sending on channel errs \\(capacity 1\\): BothRunning can return before receiving from it$"
		}
	}()
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err
		}
	}()
	if err := step(); err != nil {
		t.Fatalf("step: %v", err) // related `BothRunning stops receiving from errs here`
	}
	wg.Wait()
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
}

// OneRunning fails the test before the second checker starts: the first one's error fits the slot: quiet.
func OneRunning(t testing.TB, check func() error, step func() error) {
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err
		}
	}()
	if err := step(); err != nil {
		t.Fatalf("step: %v", err)
	}
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err
		}
	}()
	wg.Wait()
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
}
