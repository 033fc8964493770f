package groupgo

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Two matches: the first is taken, the second worker stays at its send (and keeps the helper in Wait).
func TestAnyMatchLeavesTheSecondMatch(t *testing.T) {
	leakcheck.Expect(t, 2, 1, func() {
		if !AnyMatch([]string{"a", "a"}, func(s string) bool { return s == "a" }) {
			t.Error("no match")
		}
	})
}

// No match: every worker returns, allDone is closed, nothing is left.
func TestAnyMatchIsCleanWithoutMatches(t *testing.T) {
	leakcheck.Clean(t, func() {
		if AnyMatch([]string{"a", "b"}, func(string) bool { return false }) {
			t.Error("match")
		}
	})
}

// A match that comes after the timeout: its worker stays at its send.
func TestAnyMatchWithinStrandsALateMatch(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Expect(t, 2, 1, func() {
		AnyMatchWithin([]string{"a"}, func(string) bool { <-release; return true }, time.Millisecond)
		close(release)
	})
}
