package otherarmdrains

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCompressDoesNotLeakWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		time.AfterFunc(2*time.Millisecond, func() { close(release) })
		if _, err := Compress(ctx, []byte("x"), func(b []byte) []byte { <-release; return b }); err != ErrAbandoned {
			t.Fatalf("got %v", err)
		}
	})
}
