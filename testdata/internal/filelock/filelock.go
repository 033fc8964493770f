// Package filelock is a stand-in for a file-locking package of another module (github.com/gofrs/flock has these
// shapes): New makes a lock for a path, TryLockContext retries until it gets the lock or its context is done, Unlock
// releases it. Locks are kept in memory, which is all the fixtures need.
package filelock

import (
	"context"
	"sync"
	"time"
)

var (
	mu   sync.Mutex
	held = map[string]bool{}
)

// Lock is a lock on one path.
type Lock struct {
	path   string
	locked bool
}

// New makes a lock for path; it does not take it.
func New(path string) *Lock { return &Lock{path: path} }

// TryLockContext tries to take the lock every retry until it does or ctx is done.
func (l *Lock) TryLockContext(ctx context.Context, retry time.Duration) (bool, error) {
	for {
		mu.Lock()
		if !held[l.path] {
			held[l.path] = true
			l.locked = true
			mu.Unlock()
			return true, nil
		}
		mu.Unlock()
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(retry):
		}
	}
}

// Unlock releases the lock if it is held.
func (l *Lock) Unlock() error {
	mu.Lock()
	defer mu.Unlock()
	if l.locked {
		delete(held, l.path)
		l.locked = false
	}
	return nil
}
