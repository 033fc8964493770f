package oncestart

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// However many calls reach the Once, one reporter and one watcher loop run in the whole test binary.
func TestOnceStartsOneLoop(t *testing.T) {
	Every = time.Millisecond
	defer func() { Every = time.Second }()
	before := runtime.NumGoroutine()
	for i := 0; i < 5; i++ {
		Report()
		Watch()
	}
	first := atomic.LoadInt64(&reporter.flushes) + atomic.LoadInt64(&watching.polls)
	time.Sleep(leakcheck.TickWindow)
	if n := runtime.NumGoroutine() - before; n > 2 {
		t.Fatalf("5 calls each of Report and Watch started %d goroutines; want at most 2 (one per Once)", n)
	}
	if atomic.LoadInt64(&reporter.flushes)+atomic.LoadInt64(&watching.polls) == first {
		t.Fatalf("the reporter and the watcher did not tick in %v", leakcheck.TickWindow)
	}
}

// Every Clean starts another janitor loop.
func TestCleanStartsALoopPerCall(t *testing.T) {
	Every = time.Millisecond
	defer func() { Every = time.Second }()
	var sweeps func() int64
	leakcheck.KeepsTicking(t, 3, func() int64 { return sweeps() }, func() {
		var js []*Janitor
		for i := 0; i < 3; i++ {
			Clean()
			js = append(js, janitor)
		}
		sweeps = func() int64 {
			n := int64(0)
			for _, j := range js {
				n += atomic.LoadInt64(&j.sweeps)
			}
			return n
		}
	})
}

// Every Client starts its own heartbeat, once however often Start is called on it.
func TestClientStartsALoopPerValue(t *testing.T) {
	Every = time.Millisecond
	defer func() { Every = time.Second }()
	cs := []*Client{{}, {}}
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&cs[0].beats) + atomic.LoadInt64(&cs[1].beats) }, func() {
		for _, c := range cs {
			c.Start()
			c.Start()
		}
	})
}
