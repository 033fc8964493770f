package deadline

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/filelock"
	"golintchan.example/testdata/internal/require"
)

// TryLockChecked: the goroutine makes a lock with another package's constructor, tries it with its own 20ms context,
// releases it and checks the result with require, none of which waits past the deadline; the test waits 100ms: the
// send is made before the timer can fire (quiet).
func TryLockChecked(t testing.TB, path string) bool {
	got := make(chan bool)
	go func() {
		lock := filelock.New(path)
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		locked, err := lock.TryLockContext(ctx, time.Millisecond)
		if locked {
			lock.Unlock()
		}
		require.NoError(t, err)
		got <- locked
	}()
	select {
	case locked := <-got:
		return locked
	case <-time.After(100 * time.Millisecond):
		t.Fatal("TryLockContext did not return")
		return false
	}
}

// TryLockReported reports the result through a callback that may take any time before it sends: the timer can win
// while it runs (reported).
func TryLockReported(t testing.TB, path string, report func(bool)) bool {
	got := make(chan bool)
	go func() {
		lock := filelock.New(path)
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		locked, _ := lock.TryLockContext(ctx, time.Millisecond)
		report(locked)
		got <- locked // want "^goroutine may block forever sending on unbuffered channel got: TryLockReported stops receiving when `case <-time.After\\(100 \\* time.Millisecond\\)` wins$"
	}()
	select {
	case locked := <-got:
		return locked
	case <-time.After(100 * time.Millisecond):
		t.Fatal("TryLockContext did not return") // related `TryLockReported stops receiving from got here`
		return false
	}
}
