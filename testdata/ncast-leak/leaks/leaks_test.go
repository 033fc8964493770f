package leaks

import (
	"context"
	"sync"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// With n senders and one receive, n-1 goroutines stay blocked on their send.

func TestFirstLeaksTheLosers(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { First([]string{"a", "b", "c"}, "q") })
}

func TestFirstIsCleanWithOneReplica(t *testing.T) {
	leakcheck.Clean(t, func() { First([]string{"a"}, "q") })
}

func TestAnySumLeaksTheLosers(t *testing.T) {
	leakcheck.Leaks(t, 3, func() { AnySum([][]byte{{1}, {2}, {3}, {4}}) })
}

func TestLookupLeaksOne(t *testing.T) {
	m := &Mirror{primary: "p", backup: "b"}
	leakcheck.Leaks(t, 1, func() { m.Lookup("example.org") })
}

func TestRaceLeaksOneBeyondTheBuffer(t *testing.T) {
	one := func() int { return 1 }
	leakcheck.Leaks(t, 1, func() { Race(one, one, one) })
}

func TestFirstWithinLeaksEverySenderWhenTheContextWins(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// The replicas answer only after FirstWithin has given up, so the ctx.Done() case is the only one ready.
	var answered sync.WaitGroup
	answered.Add(1)
	ask := func(r string) string {
		answered.Wait()
		return r
	}
	leakcheck.Leaks(t, 2, func() {
		FirstWithin(ctx, []string{"a", "b"}, ask)
		answered.Done()
	})
}

func TestAnyZoneLeaksTwo(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { AnyZone("q") })
}
