package testfake

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// fakeFeed is a test's stand-in for a feed: nothing sends on or closes its channel.
type fakeFeed struct {
	ch chan int
}

func (f *fakeFeed) Events() <-chan int { return f.ch }

// Watch's goroutine ends when the feed is stopped: nothing is left.
func TestWatchEndsWithTheFeed(t *testing.T) {
	leakcheck.Clean(t, func() {
		done := make(chan int, 1)
		f := Watch(done)
		f.Publish(1)
		f.Publish(2)
		f.Stop()
		if n := <-done; n != 2 {
			t.Errorf("Watch counted %d, want 2", n)
		}
	})
}

// The fake's channel is never closed: a range over it waits forever.
func TestRangeOverTheFakeWaitsForever(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		f := &fakeFeed{ch: make(chan int)}
		go func() {
			for range f.Events() { // want `blocks forever receiving from unbuffered channel fakeFeed.ch: nothing sends on or closes it`
			}
		}()
	})
}
