package aftershutdown

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Used as the package means it, Close after the last Add: nothing is left waiting.
func TestRegistryAddsBeforeClose(t *testing.T) {
	leakcheck.Clean(t, func() {
		r := NewRegistry()
		r.Add("a")
		r.Add("b")
		r.Close()
	})
}

// An Add after Close waits forever: the leak the tagged finding describes.
func TestRegistryStrandsAnAddAfterClose(t *testing.T) {
	r := NewRegistry()
	r.Close()
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { go r.Add("late") })
}

// A Post once the caller's context is done waits forever.
func TestMailboxStrandsAPostAfterCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	m := NewMailbox(ctx)
	m.Post("a")
	cancel()
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { go m.Post("late") })
}

// A Record after Shutdown waits forever.
func TestLedgerStrandsARecordAfterShutdown(t *testing.T) {
	l := NewLedger()
	l.Record(1)
	Shutdown(l)
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { go l.Record(2) })
}

// A Broadcast after Close leaves its goroutine waiting forever.
func TestBroadcastStrandsAPutAfterClose(t *testing.T) {
	o := NewOutbox()
	o.Close()
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { Broadcast([]*Outbox{o}, "late") })
}

// Items pushed before the context is done are taken: nothing is left waiting.
func TestQueuePushesBeforeCancel(t *testing.T) {
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		q := &Queue{}
		q.Start(ctx)
		q.Push(1)
		cancel()
	})
}

// A Push once the context given to Start is done waits forever.
func TestQueueStrandsAPushAfterCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	q := &Queue{}
	q.Start(ctx)
	cancel()
	time.Sleep(10 * time.Millisecond) // the loop leaves
	leakcheck.Leaks(t, 1, func() { go q.Push(2) })
}

// A Run whose context is done before its items run out waits forever.
func TestFeederStrandsRunOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() { go (&Feeder{}).Run(ctx, make([]int, 64)) })
}
