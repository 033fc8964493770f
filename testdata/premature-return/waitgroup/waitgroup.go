// Package waitgroup: two checkers each report at most one error into a channel and run `defer wg.Done()`; the
// test waits for both (`wg.Wait()`) and only then polls the channel (`select { …; default: }`). After the Wait
// no checker is left, so the poll's default case strands nobody. With a one-slot buffer, two errors leave the
// second checker blocked, so the Wait never returns: the Wait is where the test stops receiving (reported there).
// With room for both errors: quiet.
package waitgroup

import (
	"sync"
	"testing"
)

// OneSlot has room for one error of two.
func OneSlot(t testing.TB, check func() error) {
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err // want "^goroutine may block forever sending on channel errs \\(capacity 1\\): OneSlot waits in `wg.Wait\\(\\)` for every sender to finish before it receives, and the buffer cannot hold all their values$"
		}
	}()
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err
		}
	}()
	wg.Wait() // related `OneSlot stops receiving from errs here`
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
}

// TwoSlots has room for both errors: quiet.
func TwoSlots(t testing.TB, check func() error) {
	errs := make(chan error, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := check(); err != nil {
			errs <- err
		}
	}()
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
