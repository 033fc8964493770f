package labeledbreak

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Connect's worker sends once, into an empty buffer of one: nothing is left behind, whether the caller took the
// value or timed out first.
func TestConnectLeavesNothing(t *testing.T) {
	defer func() { dial = func(string) error { return nil } }()
	leakcheck.Clean(t, func() {
		for i := 0; i < 20; i++ {
			if err := Connect("a", time.Second); err != nil {
				t.Fatal(err)
			}
		}
		release := make(chan struct{})
		dial = func(string) error { <-release; return nil }
		if Connect("a", time.Millisecond) == nil {
			t.Fatal("expected the timeout")
		}
		close(release)
	})
}

// Three addresses answer: FirstUp takes the first, the second fills the buffer and the third send waits forever.
func TestFirstUpStrandsTheWorker(t *testing.T) {
	dial = func(string) error { return nil }
	leakcheck.Leaks(t, 1, func() {
		if a, err := FirstUp([]string{"a", "b", "c"}, time.Second); err != nil || a != "a" {
			t.Fatal(a, err)
		}
	})
	dial = func(string) error { return errors.New("down") }
	leakcheck.Clean(t, func() {
		if _, err := FirstUp([]string{"a", "b"}, time.Millisecond); err == nil {
			t.Fatal("expected the timeout")
		}
	})
}
