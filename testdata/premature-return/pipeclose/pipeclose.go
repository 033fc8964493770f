// Package pipeclose: a goroutine reads one end of a pipe to its end, then hands over what it read. The read ends
// only when the other end is closed, so a test that gives up before it closes that end leaves the goroutine in the
// read, not at its send (quiet: the send is not where it blocks); one that gives up after the close strands it at
// the send (reported).
package pipeclose

import (
	"io"
	"net"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// CheckBeforeClose: the failing check comes before w.Close(), while the reader is still reading: quiet.
func CheckBeforeClose(t testing.TB, msg []byte, check func() error) []byte {
	r, w := net.Pipe()
	got := make(chan []byte)
	go func() {
		buf, _ := io.ReadAll(r)
		got <- buf
	}()
	w.Write(msg)
	require.NoError(t, check())
	_ = w.Close()
	return <-got
}

// CheckAfterClose: the failing check comes after w.Close(), when the reader has read everything and is at its send.
func CheckAfterClose(t testing.TB, msg []byte, check func() error) []byte {
	r, w := net.Pipe()
	got := make(chan []byte)
	go func() {
		buf, _ := io.ReadAll(r)
		got <- buf // want "^goroutine may block forever sending on unbuffered channel got: CheckAfterClose can return before receiving from it$"
	}()
	w.Write(msg)
	w.Close()
	require.NoError(t, check()) // related `CheckAfterClose stops receiving from got here`
	return <-got
}

// CheckBeforeDeferredClose: a deferred close runs when the check ends the test, so the reader reaches its send.
func CheckBeforeDeferredClose(t testing.TB, msg []byte, check func() error) []byte {
	r, w := net.Pipe()
	defer w.Close()
	got := make(chan []byte)
	go func() {
		buf, _ := io.ReadAll(r)
		got <- buf // want "^goroutine may block forever sending on unbuffered channel got: CheckBeforeDeferredClose can return before receiving from it$"
	}()
	w.Write(msg)
	require.NoError(t, check()) // related `CheckBeforeDeferredClose stops receiving from got here`
	return <-got
}
