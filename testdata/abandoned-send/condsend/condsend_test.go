package condsend

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestParsePortLeaksOnEveryBranchWhenTimedOut(t *testing.T) {
	for _, s := range []string{"x", "0", "8080"} {
		release := make(chan struct{})
		leakcheck.Leaks(t, 1, func() {
			if _, err := ParsePort(s, func() { <-release }, time.Millisecond); err == nil {
				t.Fatal("expected a timeout")
			}
			close(release)
		})
	}
}

func TestParsePortDoesNotLeakWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() {
		if p, err := ParsePort("8080", func() {}, time.Minute); err != nil || p != 8080 {
			t.Fatalf("got %d, %v", p, err)
		}
	})
}
