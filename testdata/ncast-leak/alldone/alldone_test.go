package alldone

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Two matches: the first is taken, the second worker stays at its send (and keeps the helper in wg.Wait).
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
