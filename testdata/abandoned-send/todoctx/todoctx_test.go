package todoctx

import (
	"context"
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStoreSubscribeIsServed(t *testing.T) {
	s := NewStore()
	got := make(chan int, 1)
	s.Subscribe(func(h int) { got <- h })
	s.Head(7)
	if h := <-got; h != 7 {
		t.Errorf("head %d, want 7", h)
	}
}

func TestSquaresIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Squares(4); len(got) != 4 {
			t.Errorf("got %d squares, want 4", len(got))
		}
	})
}

func TestFeedSubscribeAfterCancelLeaks(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	f := NewFeed(ctx)
	running := runtime.NumGoroutine()
	cancel()
	// The worker sees the cancel in its own time: wait until it has left, or a Subscribe may still be taken.
	for i := 0; i < 2000 && runtime.NumGoroutine() >= running; i++ {
		time.Sleep(time.Millisecond)
	}
	leakcheck.Leaks(t, 1, func() { go f.Subscribe(func(int) {}) })
}
