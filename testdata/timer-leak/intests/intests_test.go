package intests

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

const calls = 200

// count is Count written in the test: its timers are freed once they fire, and the test binary's are bounded by
// its run (quiet).
func count(events <-chan int, d time.Duration) int {
	n := 0
	for {
		select {
		case _, ok := <-events:
			if !ok {
				return n
			}
			n++
		case <-time.After(d):
			return n
		}
	}
}

func events(n int) <-chan int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	return ch
}

func TestCountTimersAreFreedWhenTheyFire(t *testing.T) {
	leakcheck.Frees(t, calls/10, func() {
		if n := count(events(calls), time.Millisecond); n != calls {
			t.Fatalf("counted %d", n)
		}
		time.Sleep(10 * time.Millisecond)
	})
}

// A ticker the test never stops stays until the test binary exits, once per run of the test (quiet); the same
// code in the package (Beat) is reported.
func TestTickerInATest(t *testing.T) {
	tick := time.NewTicker(time.Millisecond)
	<-tick.C
	<-time.Tick(time.Millisecond)
}

// Beat's ticker is retained: one per call.
func TestBeatRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Beat(time.Hour)
		}
	})
}

// Count's timers pile up while they have not fired: one per event.
func TestCountRetainsTimers(t *testing.T) {
	in := events(calls)
	leakcheck.Retains(t, calls, func() {
		Count(in, time.Hour)
	})
}

// A goroutine that loops over a ticker forever is leaked in a test too (reported on every Go version).
func TestLoopLeftTicking(t *testing.T) {
	var n int64
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&n) }, func() {
		tk := time.NewTicker(time.Millisecond)
		go func() { // related `the goroutine starts here`
			for range tk.C { // want `^goroutine loops over tk.C forever: it has no way to exit, so every call of the function literal in TestLoopLeftTicking leaks one$`
				atomic.AddInt64(&n, 1)
			}
		}()
	})
}

// Subtests run in a loop each start a goroutine that loops over its ticker forever: one is left per subtest, so per
// call of the subtest's literal, not of the test.
func TestSubtestsLeftTicking(t *testing.T) {
	var n int64
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&n) }, func() {
		for _, name := range []string{"a", "b"} {
			t.Run(name, func(t *testing.T) {
				tk := time.NewTicker(time.Millisecond)
				go func() { // related `the goroutine starts here`
					for range tk.C { // want `^goroutine loops over tk.C forever: it has no way to exit, so every call of the function literal in TestSubtestsLeftTicking leaks one$`
						atomic.AddInt64(&n, 1)
					}
				}()
			})
		}
	})
}
