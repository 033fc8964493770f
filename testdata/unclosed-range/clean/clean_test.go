package clean

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every ranging goroutine sees its channel closed (or leaves its loop) and finishes.

func TestProcess(t *testing.T) {
	leakcheck.Clean(t, func() { Process([]int{1, 2, 3, 4}, 3) })
}

func TestSumSquares(t *testing.T) {
	leakcheck.Clean(t, func() {
		if s := SumSquares(3); s != 14 {
			t.Errorf("SumSquares = %d", s)
		}
	})
}

func TestGather(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := len(Gather([]string{"a", "bb", "ccc"})); n != 3 {
			t.Errorf("Gather returned %d results", n)
		}
	})
}

func TestParseToTheEndMarker(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n, err := Parse([]string{"a", "b"}); n != 2 || err != nil {
			t.Errorf("Parse = %d, %v", n, err)
		}
	})
}

func TestParseReturnsOnABadRecord(t *testing.T) {
	// The producer's buffer holds every record and the marker, so it finishes too.
	leakcheck.Clean(t, func() {
		if _, err := Parse([]string{"a", "", "c"}); err == nil {
			t.Error("Parse accepted an empty record")
		}
	})
}

func TestPool(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := NewPool(2)
		p.Submit(1)
		p.Submit(2)
		p.Close()
	})
}

func TestStartLoggerEndsWhenTheCallerCloses(t *testing.T) {
	leakcheck.Clean(t, func() {
		lines := StartLogger(func(string) {})
		lines <- "started"
		close(lines)
	})
}

func TestPipe(t *testing.T) {
	leakcheck.Clean(t, func() {
		n := Pipe(func(ch chan<- string) {
			defer close(ch)
			ch <- "a"
			ch <- "b"
		})
		if n != 2 {
			t.Errorf("Pipe counted %d", n)
		}
	})
}

// Pulse's goroutine keeps counting beats: it is never stuck.
func TestPulseKeepsCounting(t *testing.T) {
	var n int64
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&n) }, func() { Pulse(time.Millisecond, &n) })
}

// Announce and its checker keep working for as long as the program runs: never stuck.
func TestAnnounceKeepsReporting(t *testing.T) {
	var n int64
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&n) }, func() {
		go Announce(time.Millisecond, func() string { return "v1" }, func(string) { atomic.AddInt64(&n, 1) })
	})
}
