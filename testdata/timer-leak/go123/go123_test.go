package go123

import (
	"go/build"
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

const calls = 200

func TestFlusherStartKeepsTicking(t *testing.T) {
	f := &Flusher{}
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&f.flushes) }, func() { f.Start(2 * time.Millisecond) })
}

// collectsTimers: the running toolchain is Go 1.23 or later, so the go line above turns on the new timer
// semantics. An older toolchain (Debian's 1.19 here) builds this module with the old ones.
func collectsTimers() bool {
	for _, tag := range build.Default.ReleaseTags {
		if tag == "go1.23" {
			return true
		}
	}
	return false
}

// timersReleased asserts what the running toolchain does with f's unstopped timers: freed by GC on
// Go >= 1.23 (which this module's go line asks for), still reachable on older toolchains, which ignore it.
func timersReleased(t *testing.T, f func()) {
	t.Helper()
	if collectsTimers() {
		leakcheck.Frees(t, calls/10, f)
	} else {
		leakcheck.Retains(t, calls, f)
	}
}

func TestThrottle(t *testing.T) {
	timersReleased(t, func() {
		for i := 0; i < calls; i++ {
			Throttle([]string{"only"}, time.Hour, func(string) {})
		}
	})
}

func TestNewPoller(t *testing.T) {
	timersReleased(t, func() {
		for i := 0; i < calls; i++ {
			NewPoller(time.Hour)
		}
	})
}

func TestBatch(t *testing.T) {
	in := make(chan Sample, calls)
	for i := 0; i < calls; i++ {
		in <- Sample{}
	}
	close(in)
	timersReleased(t, func() { Batch(in, time.Hour) })
}

func TestFirst(t *testing.T) {
	timersReleased(t, func() {
		for i := 0; i < calls; i++ {
			a := make(chan int, 1)
			a <- i
			First(a, time.Hour)
		}
	})
}
