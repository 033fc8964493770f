package selectsend

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFetchDoesNotLeakWhenTheDeadlinePasses(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		if _, err := Fetch(context.Background(), func() []byte { <-release; return nil }, time.Millisecond); err == nil {
			t.Fatal("expected a deadline error")
		}
		close(release)
	})
}
