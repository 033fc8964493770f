package exitcondition

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStartAfterFirstIsCleanWithAnItem(t *testing.T) {
	leakcheck.Clean(t, func() {
		q := NewQueue()
		q.Add(1)
		if got := StartAfterFirst(q); got != 1 {
			t.Fatalf("got %d", got)
		}
		q.ShutDown()
	})
}

func TestStartAfterNextIsCleanWithAnItem(t *testing.T) {
	leakcheck.Clean(t, func() {
		q := NewQueue()
		q.Add(1)
		StartAfterNext(q)
		q.ShutDown()
	})
}

func TestStartAfterNextLeaksWhenNextFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		q := NewQueue()
		q.ShutDown()
		go StartAfterNext(q)
	})
}

func TestHalvesIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Halves(func() {}) })
}

func TestMarkedByCalleeIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { MarkedByCallee(func() error { return errShutDown }) })
}

func TestMarkedAfterWorkLeaksWhenWorkFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go MarkedAfterWork(func() error { return errShutDown })
	})
}

func TestForwardFirstIsCleanWhenFed(t *testing.T) {
	in := make(chan int, 1)
	in <- 5
	leakcheck.Clean(t, func() {
		if got := ForwardFirst(in); got != 5 {
			t.Errorf("ForwardFirst = %d, want 5", got)
		}
	})
}
