// Package otherarmdrains: the cancellation arm waits for the worker's result before returning.
package otherarmdrains

import (
	"context"
	"errors"
)

// ErrAbandoned is returned when the caller cancelled; the work has still been completed.
var ErrAbandoned = errors.New("abandoned")

// Compress compresses data with compress; on cancellation it waits for the worker so that it never
// outlives the call.
func Compress(ctx context.Context, data []byte, compress func([]byte) []byte) ([]byte, error) {
	out := make(chan []byte)
	go func() {
		out <- compress(data)
	}()
	select {
	case b := <-out:
		return b, nil
	case <-ctx.Done():
		<-out
		return nil, ErrAbandoned
	}
}
