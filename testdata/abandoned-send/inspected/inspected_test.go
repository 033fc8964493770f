package inspected

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func empty() (int, bool) { return 0, false }

func one() func() (int, bool) {
	sent := false
	return func() (int, bool) {
		if sent {
			return 0, false
		}
		sent = true
		return 1, true
	}
}

func TestQueuesNothingIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if !QueuesNothing(empty) {
			t.Error("something was queued")
		}
	})
}

func TestDropLeaksOnTheFirstValue(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Drop(one()) })
}

func TestDropIsCleanOnAnEmptySource(t *testing.T) {
	leakcheck.Clean(t, func() { Drop(empty) })
}
