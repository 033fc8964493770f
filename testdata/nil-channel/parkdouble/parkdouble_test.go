package parkdouble

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// An answering double leaves nothing behind.
func TestHandleAnswers(t *testing.T) {
	s := &Stub{}
	leakcheck.Clean(t, func() {
		if s.Handle() != 1 || s.HandleFunc()() != 2 {
			t.Fatal("wrong count")
		}
	})
}

// A hanging double parks exactly the goroutine that calls it, and nothing else.
func TestHandleHangsItsCaller(t *testing.T) {
	s := &Stub{Block: true}
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive (nil chan)": 2}, func() {
		go s.Handle()
		go s.HandleFunc()()
	})
}

// Watch returns at once and leaves its goroutine parked for good.
func TestWatchLeaves(t *testing.T) {
	s := &Stub{}
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive (nil chan)": 1}, func() { s.Watch() })
}
