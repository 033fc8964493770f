package othertype

import (
	"context"
	"sync"
)

// keyMutex locks one key at a time and gives up when the caller's context ends. Its Lock takes arguments, so it is
// no sync.Mutex: a call of it that waits can return (quiet below).
type keyMutex struct {
	mu   sync.Mutex
	held map[string]chan struct{}
}

func newKeyMutex() *keyMutex { return &keyMutex{held: map[string]chan struct{}{}} }

func (k *keyMutex) Lock(ctx context.Context, key string) error {
	for {
		k.mu.Lock()
		wait, busy := k.held[key]
		if !busy {
			k.held[key] = make(chan struct{})
			k.mu.Unlock()
			return nil
		}
		k.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (k *keyMutex) Unlock(key string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	close(k.held[key])
	delete(k.held, key)
}

// TryHeld holds key a, asks for it again in a goroutine with a context it then cancels, and takes the error.
func TryHeld() error {
	k := newKeyMutex()
	k.Lock(context.Background(), "a")
	defer k.Unlock("a")
	ctx, cancel := context.WithCancel(context.Background())
	errs := make(chan error, 1)
	go func() { errs <- k.Lock(ctx, "a") }()
	cancel()
	return <-errs
}
