package main

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// start and its watchers wait for good: nothing ever closes done.
func TestStartParks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 4, func() {
		go newLoadGen().start(3)
	})
}

// Each pool's run blocks its caller for good.
func TestRunBlocks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go newPool("a").run()
	})
}
