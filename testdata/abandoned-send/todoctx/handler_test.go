package todoctx

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The handler stays parked in its select for good (its context is never done), and the asker is served.
func TestAskLeavesOnlyTheHandler(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1, "chan send": 0}, func() {
		Ask(2)
	})
}

// With the context done before the handler starts, it returns at once, and the asker is stranded at its send.
func TestAskUntilCanceledStrandsTheAsker(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	prepare = func() { time.Sleep(20 * time.Millisecond) } // the handler has left by then
	t.Cleanup(func() { prepare = func() {} })
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		AskUntil(ctx, 2)
	})
}

// The same with a handler made in place.
func TestAskFreshCanceledStrandsTheAsker(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	prepare = func() { time.Sleep(20 * time.Millisecond) }
	t.Cleanup(func() { prepare = func() {} })
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		AskFresh(ctx, 2)
	})
}
