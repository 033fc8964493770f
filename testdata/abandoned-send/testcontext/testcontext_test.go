package testcontext

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The test's own context is done only when the test returns, after its sends: quiet.
func TestEvalWhileRunning(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := New(ctx)
	got := make(chan int, 1)
	s.reqs <- func() { got <- 1 }
	if <-got != 1 {
		t.Fatal("wrong value")
	}
}

// evalIn is handed a context it does not control: the server may have stopped before the send.
func evalIn(ctx context.Context, s *Server, f func()) {
	_ = ctx
	s.reqs <- f // want "^goroutine may block forever sending on unbuffered channel Server.reqs: the goroutine running Server.loop stops receiving when `case <-ctx.Done\\(\\)` wins$"
}

func TestEvalInAfterCancelBlocks(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := New(ctx)
	cancel()
	time.Sleep(10 * time.Millisecond) // the loop has left (else it may still take the request)
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		go evalIn(ctx, s, func() {})
	})
}

// client can cancel the server's context on its own.
type client struct {
	s      *Server
	cancel context.CancelFunc
}

// sendAfterHandingCancel hands the cancel of the server's context to a client, which gives up before the send.
func sendAfterHandingCancel() {
	ctx, cancel := context.WithCancel(context.Background())
	c := client{s: New(ctx), cancel: cancel}
	c.cancel()
	time.Sleep(10 * time.Millisecond) // the loop has left
	c.s.reqs <- func() {}             // want "^goroutine may block forever sending on unbuffered channel Server.reqs: the goroutine running Server.loop stops receiving when `case <-ctx.Done\\(\\)` wins$"
}

func TestHandedCancelStrandsTheSend(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() { go sendAfterHandingCancel() })
}
