// Package namedworker checksums uploads in a named worker function.
package namedworker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
)

// checksum hashes data, calling before first (a hook tests use to hold the worker back).
func checksum(data []byte, before func(), out chan<- string) {
	before()
	sum := sha256.Sum256(data)
	out <- hex.EncodeToString(sum[:]) // want `blocks? forever sending on`
}

// Verify reports whether data hashes to want, or returns ctx.Err() when ctx ends first.
func Verify(ctx context.Context, data []byte, want string, before func()) (bool, error) {
	sums := make(chan string)
	go checksum(data, before, sums)
	select {
	case got := <-sums:
		return got == want, nil
	case <-ctx.Done(): // related `stops receiving`
		return false, ctx.Err()
	}
}
