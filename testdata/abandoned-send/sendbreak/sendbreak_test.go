package sendbreak

import (
	"context"
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errWrite = errors.New("write failed")

// failing fails every write, but only once the caller has returned (so its select can only take ctx.Done).
func failing(returned <-chan struct{}) func(string) error {
	return func(string) error { <-returned; return errWrite }
}

func TestStreamLeaksWhenCancelledAndWritesFail(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		returned := make(chan struct{})
		_ = Stream(ctx, []string{"a"}, failing(returned))
		close(returned)
	})
}

func TestStreamIsCleanWhenWritesWork(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = Stream(context.Background(), []string{"a"}, func(string) error { return nil })
	})
}

func TestStreamOnceIsCleanWhenCancelledAndWritesFail(t *testing.T) {
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		returned := make(chan struct{})
		_ = StreamOnce(ctx, []string{"a"}, failing(returned))
		close(returned)
	})
}
