package main

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Feed returns with the ranging goroutine parked in its receive, one more per call.
func TestFeedLeaksTheSink(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Feed([]int{1, 2, 3}) })
}
