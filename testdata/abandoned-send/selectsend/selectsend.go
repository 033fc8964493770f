// Package selectsend: the worker's send gives up with the caller's context.
package selectsend

import (
	"context"
	"time"
)

// Fetch runs get with a deadline of d; the worker stops trying to deliver once the deadline passes.
func Fetch(parent context.Context, get func() []byte, d time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(parent, d)
	defer cancel()
	body := make(chan []byte)
	go func() {
		b := get()
		select {
		case body <- b:
		case <-ctx.Done():
		}
	}()
	select {
	case b := <-body:
		return b, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
