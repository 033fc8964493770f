// Package decidedcheck: a test waits for a worker to say it is ready, checks what it said, then takes its result.
// When the worker only ever says `true`, the check cannot fail and nothing strands the result: quiet. When it can
// say `false` too, the failing check ends the test before it takes the result: reported.
package decidedcheck

import (
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Ready: the only value sent on ready is true, so `require.Equal(t, true, <-ready)` cannot fail: quiet.
func Ready(t testing.TB, work func() error) {
	ready := make(chan bool)
	done := make(chan error)
	go func() {
		ready <- true
		done <- work()
	}()
	require.Equal(t, true, <-ready)
	require.NoError(t, <-done)
}

// ReadyTrue: the same with `require.True`: quiet.
func ReadyTrue(t testing.TB, work func() error) {
	ready := make(chan bool)
	done := make(chan error)
	go func() {
		ready <- true
		done <- work()
	}()
	require.True(t, <-ready)
	require.NoError(t, <-done)
}

// ReadyOrNot sends whatever it is told: `false` fails the check, and the test ends before it takes the result.
func ReadyOrNot(t testing.TB, work func() error, ok bool) {
	ready := make(chan bool)
	done := make(chan error)
	go func() {
		ready <- ok
		done <- work() // want "^goroutine may block forever sending on unbuffered channel done: ReadyOrNot can return before receiving from it$"
	}()
	require.Equal(t, true, <-ready) // related `ReadyOrNot stops receiving from done here`
	require.NoError(t, <-done)
}
