package todoctx

import (
	"context"
	"testing"

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
	cancel()
	leakcheck.Leaks(t, 1, func() { go f.Subscribe(func(int) {}) })
}
