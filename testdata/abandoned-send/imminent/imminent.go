// Package imminent: a goroutine sends its error and then, at once, its result (`errs <- err; results <- v`).
// Once the test has taken the error, the result is ready right away, so the timeout of the select that waits for
// it cannot win against it; and while the error was not taken, the goroutine waits at the error send. That
// timeout strands nothing on results (quiet); the timeout of the select on errs does strand the error send.
package imminent

import (
	"testing"
	"time"
)

// Call waits for the error, then for the result, each at most d.
func Call(t testing.TB, do func() (int, error), d time.Duration) int {
	errs := make(chan error)
	results := make(chan int)
	go func() {
		v, err := do()
		errs <- err // want "^goroutine may block forever sending on unbuffered channel errs: Call stops receiving when `case <-time.After\\(d\\)` wins$"
		results <- v
	}()
	select {
	case err := <-errs:
		if err != nil {
			t.Error(err)
		}
	case <-time.After(d):
		t.Fatal("timeout") // related `Call stops receiving from errs here`
	}
	select {
	case v := <-results:
		return v
	case <-time.After(d):
		t.Fatal("timeout")
	}
	return 0
}
