package ownclose

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFollowLeaks(t *testing.T) {
	// Follow waits on stop; the watcher it started waits too, in its select, for the same close.
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1, "select": 1}, func() { go Follow() })
}

func TestPollOnceLeaks(t *testing.T) {
	// The poller goroutine keeps ticking until done is closed, which never happens.
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1}, func() { go PollOnce() })
}

func TestOthersAreClean(t *testing.T) {
	leakcheck.Clean(t, Handed)
	leakcheck.Clean(t, Goroutine)
	leakcheck.Clean(t, Selected)
	leakcheck.Clean(t, ClosedByWorker)
}
