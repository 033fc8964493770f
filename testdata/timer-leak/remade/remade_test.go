package remade

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The process's loop flushes on its one ticker; remaking it for a new configuration stops the old one.
func TestTheProcessLoopFlushes(t *testing.T) {
	Configure(Config{Every: time.Millisecond, Ctx: context.Background()})
	Configure(Config{Every: time.Millisecond, Ctx: context.Background()})
	deadline := time.Now().Add(5 * time.Second)
	for atomic.LoadInt64(&flushes) == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if atomic.LoadInt64(&flushes) == 0 {
		t.Fatal("no flush")
	}
}

// Each Flusher's loop ends with its context and leaves its last ticker running: nothing can stop it any more, and
// before Go 1.23 the runtime keeps it.
func TestEachFlusherLeavesItsTicker(t *testing.T) {
	// Each left ticker keeps at least two objects (the Ticker and its channel); the goroutines that ended leave some
	// behind too, but far fewer than that (about a third when the loop stops its ticker before it returns).
	const calls = 300
	leakcheck.Retains(t, 2*calls, func() {
		for i := 0; i < calls; i++ {
			in := make(chan Config)
			(&Flusher{}).Start(in)
			ctx, cancel := context.WithCancel(context.Background())
			in <- Config{Every: time.Hour, Ctx: ctx}
			cancel() // the goroutine ends; its ticker does not
		}
	})
}
