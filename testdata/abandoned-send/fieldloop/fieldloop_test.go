package fieldloop

import (
	"context"
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSubmitAfterCloseLeaks(t *testing.T) {
	s := newServer()
	s.Submit(1)
	s.Close()
	leakcheck.Leaks(t, 1, func() { go s.Submit(2) })
}

func TestGuardedSubmitAfterCloseIsClean(t *testing.T) {
	g := newGuarded()
	g.Close()
	leakcheck.Clean(t, func() {
		if g.Submit(1) {
			t.Error("a request after Close was taken")
		}
	})
}

func TestForeverTakesEverySubmit(t *testing.T) {
	f := newForever()
	leakcheck.Clean(t, func() {
		for i := 0; i < 3; i++ {
			f.Submit(i)
		}
	})
}

func TestPublishAfterCancelLeaks(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	w := watch(ctx)
	w.Publish("a")
	cancel()
	leakcheck.Leaks(t, 1, func() { go w.Publish("b") })
}

func TestPutAfterAFailedItemLeaks(t *testing.T) {
	q := newQueue(func(n int) error {
		if n < 0 {
			return errors.New("negative")
		}
		return nil
	})
	q.Put(1)
	q.Put(-1)
	leakcheck.Leaks(t, 1, func() { go q.Put(2) })
}

func TestPoolCloseIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := newPool()
		if err := p.Close(); err != nil {
			t.Error(err)
		}
	})
}

func TestTrackerDrainsOnQuit(t *testing.T) {
	leakcheck.Clean(t, func() {
		tr := newTracker()
		if !tr.begin() {
			t.Fatal("not started")
		}
		close(tr.quit)
		tr.end() // the tracker drains it on its way out
		if tr.begin() {
			t.Error("started after quit")
		}
	})
}

func TestFeedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		f := newFeed()
		f.Put(1)
		close(f.items)
	})
}

func TestHubSpinsDown(t *testing.T) {
	leakcheck.Clean(t, func() {
		h := newHub(1)
		close(h.quit)
		h.leave(1)
	})
}
