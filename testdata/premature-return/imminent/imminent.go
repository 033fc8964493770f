// Package imminent: a goroutine sends its error and then, at once, its result (`errs <- err; results <- v`). A
// check that ends the test when the error is not nil (`require.NoError(t, err)`), after the error was taken and
// before the result is, strands the result send: that check is named. Ways out before the error is taken leave the
// goroutine at its error send instead (not a finding on results).
package imminent

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/require"
)

// CallChecked fails the test on an error before taking the result.
func CallChecked(t testing.TB, ready func() bool, do func() (int, error), d time.Duration) int {
	errs := make(chan error)
	results := make(chan int)
	go func() {
		v, err := do()
		errs <- err
		results <- v // want "^goroutine may block forever sending on unbuffered channel results: CallChecked can return before receiving from it$"
	}()
	if !ready() {
		t.Fatal("not ready")
	}
	select {
	case err := <-errs:
		require.NoError(t, err) // related `CallChecked stops receiving from results here`
	case <-time.After(d):
		t.Fatal("timeout")
	}
	select {
	case v := <-results:
		return v
	case <-time.After(d):
		t.Fatal("timeout")
	}
	return 0
}
