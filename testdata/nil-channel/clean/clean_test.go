package clean

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each function finishes and leaves no goroutine behind.

func TestForward(t *testing.T) {
	leakcheck.Clean(t, func() {
		in, out := make(chan Event), make(chan Event)
		go Forward(in, out)
		for _, k := range []string{"a", "b"} {
			in <- Event{Key: k}
			if e := <-out; e.Key != k {
				t.Errorf("Forward passed %q, want %q", e.Key, k)
			}
		}
		close(in)
	})
}

func TestCollectWithoutTimeout(t *testing.T) {
	leakcheck.Clean(t, func() {
		results := make(chan int, 1)
		results <- 7
		if r, err := Collect(results, 0); r != 7 || err != nil {
			t.Errorf("Collect = %d, %v", r, err)
		}
	})
}

func TestCollectTimesOut(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Collect(nil, time.Millisecond); err == nil {
			t.Error("Collect did not time out")
		}
	})
}

func TestSum(t *testing.T) {
	for _, buffered := range []bool{false, true} {
		leakcheck.Clean(t, func() {
			if s := Sum([]int{1, 2, 3}, buffered); s != 14 {
				t.Errorf("Sum = %d", s)
			}
		})
	}
}

func TestLines(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := Lines([]string{"a", "b"}); n != 2 {
			t.Errorf("Lines = %d", n)
		}
	})
}

func TestFirst(t *testing.T) {
	leakcheck.Clean(t, func() {
		if e, err := First(&Bus{}, ""); e.Key != "local" || err != nil {
			t.Errorf("First local = %v, %v", e, err)
		}
		if e, err := First(&Bus{}, "db:5432"); e.Key != "hello" || err != nil {
			t.Errorf("First dial = %v, %v", e, err)
		}
	})
}

func TestHandoff(t *testing.T) {
	leakcheck.Clean(t, func() {
		ready := make(chan chan int, 1)
		ch := make(chan int, 1)
		ch <- 3
		ready <- ch
		if v := Handoff(ready); v != 3 {
			t.Errorf("Handoff = %d", v)
		}
	})
}

func TestPoll(t *testing.T) {
	leakcheck.Clean(t, func() {
		if Poll() {
			t.Error("Poll saw a stop on a nil channel")
		}
	})
}

func TestNoJobs(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := NoJobs(); n != 0 {
			t.Errorf("NoJobs = %d", n)
		}
	})
}

func TestNeverDone(t *testing.T) {
	leakcheck.Clean(t, func() {
		if NeverDone(time.Millisecond) {
			t.Error("NeverDone saw done on a nil channel")
		}
	})
}
