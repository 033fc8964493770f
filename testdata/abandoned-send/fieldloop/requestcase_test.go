package fieldloop

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// A live loop takes the first request and hands the connection over.
func TestListenerStartHandsOverAConnection(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	l := newListener()
	leakcheck.Clean(t, func() {
		done := make(chan struct{})
		go func() {
			l.Start(ctx, func() (int, error) { return 7, nil })
			close(done)
		}()
		if c := <-l.available; c != 7 {
			t.Errorf("got %d", c)
		}
		<-done
		cancel()
		time.Sleep(10 * time.Millisecond) // serve leaves on the cancelled context
	})
}

// Once the loop has left on its context, a request waits forever.
func TestListenerRequestAfterTheLoopLeftBlocks(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l := newListener()
	go l.serve(ctx, func() (int, error) { return 0, nil })
	time.Sleep(10 * time.Millisecond) // serve returns on ctx.Done
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		go func() { l.requests <- struct{}{} }() // want "^goroutine may block forever sending on unbuffered channel listener.requests: the goroutine running listener.serve stops receiving when `case <-ctx.Done\\(\\)` wins$"
	})
}
