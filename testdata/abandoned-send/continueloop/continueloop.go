// Package continueloop: a table-driven check makes a channel per case, starts a worker, waits for it with a
// timeout, and goes on to the next case with `continue`. The case's channel ends with its iteration, so a
// timeout that only reports and continues strands that case's worker; with a buffer of one it does not.
package continueloop

import (
	"testing"
	"time"
)

// CheckAll runs each check in a worker of its own and waits at most d for it.
func CheckAll(t testing.TB, checks []func() error, d time.Duration) {
	for i, check := range checks {
		if check == nil {
			continue
		}
		errc := make(chan error)
		go func() {
			errc <- check() // want "^goroutine may block forever sending on unbuffered channel errc: CheckAll stops receiving when `case <-time.After\\(d\\)` wins$"
		}()
		select {
		case err := <-errc:
			if err != nil {
				t.Errorf("check %d: %v", i, err)
			}
		case <-time.After(d): // related `CheckAll stops receiving from errc here`
			t.Errorf("check %d: timeout", i)
			continue
		}
	}
}

// CheckAllBuffered is CheckAll with a buffer of one per case: a late worker's send fits: quiet.
func CheckAllBuffered(t testing.TB, checks []func() error, d time.Duration) {
	for i, check := range checks {
		errc := make(chan error, 1)
		go func() {
			errc <- check()
		}()
		select {
		case err := <-errc:
			if err != nil {
				t.Errorf("check %d: %v", i, err)
			}
		case <-time.After(d):
			t.Errorf("check %d: timeout", i)
			continue
		}
	}
}
