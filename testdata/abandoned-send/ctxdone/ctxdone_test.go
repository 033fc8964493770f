package ctxdone

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

type gatedStore struct{ gate chan struct{} }

func (s gatedStore) Load(id int) Row {
	if s.gate != nil {
		<-s.gate
	}
	return Row{ID: id}
}

func TestGetLeaksWhenTheContextEndsFirst(t *testing.T) {
	s := gatedStore{gate: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() {
		if _, err := Get(ctx, s, 7); err == nil {
			t.Fatal("expected the cancelled context to win")
		}
		close(s.gate)
	})
}

func TestGetDoesNotLeakWhenTheRowArrives(t *testing.T) {
	leakcheck.Clean(t, func() {
		if r, err := Get(context.Background(), gatedStore{}, 7); err != nil || r.ID != 7 {
			t.Fatalf("got %v, %v", r, err)
		}
	})
}
