// Package pipeclose: a failing check on the Close of an in-memory pipe's end (io.Pipe) cannot fail: Close always
// returns nil. It is no way out before the receive (quiet); another check that can fail is (reported).
package pipeclose

import (
	"io"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Stream holds the two ends of a pipe.
type Stream struct {
	r *io.PipeReader
	w *io.PipeWriter
}

// NewStream makes a stream over a fresh pipe.
func NewStream() *Stream {
	r, w := io.Pipe()
	return &Stream{r: r, w: w}
}

// ReadBack writes data through a pipe and takes what the reader read.
func ReadBack(t testing.TB, data []byte) []byte {
	r, w := io.Pipe()
	out := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		out <- b
	}()
	_, _ = w.Write(data)
	require.NoError(t, w.Close())
	return <-out
}

// ReadBack is the same with the pipe's ends in fields.
func (s *Stream) ReadBack(t testing.TB, data []byte) []byte {
	out := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(s.r)
		out <- b
	}()
	_, _ = s.w.Write(data)
	require.NoError(t, s.w.Close())
	return <-out
}

// ReadBackChecked has a check that can fail before the receive.
func ReadBackChecked(t testing.TB, data []byte, check func() error) []byte {
	r, w := io.Pipe()
	out := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		out <- b // want `sending on unbuffered channel out: ReadBackChecked can return before receiving from it`
	}()
	_, _ = w.Write(data)
	require.NoError(t, w.Close())
	require.NoError(t, check()) // related `ReadBackChecked stops receiving from out here`
	return <-out
}
