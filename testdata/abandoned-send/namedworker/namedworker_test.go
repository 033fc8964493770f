package namedworker

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestVerifyLeaksWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		if _, err := Verify(ctx, []byte("x"), "", func() { <-release }); err == nil {
			t.Fatal("expected cancellation to win")
		}
		close(release)
	})
}

func TestVerifyDoesNotLeakWhenHashed(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Verify(context.Background(), []byte("x"), "", func() {}); err != nil {
			t.Fatal(err)
		}
	})
}
