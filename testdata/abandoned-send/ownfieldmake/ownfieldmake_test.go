package ownfieldmake

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each run of the listener signals into the channel it made: two runs, one after the other, leave nothing behind.
func TestWrapperRunsTwice(t *testing.T) {
	w := &Wrapper{}
	leakcheck.Clean(t, func() {
		for _, start := range []func(chan int){w.Start, w.Restart} {
			in := make(chan int)
			start(in)
			in <- 1
			close(in)
			time.Sleep(20 * time.Millisecond)
		}
	})
}

// The relay's second run finds the one slot taken and waits for good.
func TestRelayRunsTwice(t *testing.T) {
	r := NewRelay()
	leakcheck.Leaks(t, 1, func() {
		for _, start := range []func(chan int){r.Start, r.Restart} {
			in := make(chan int)
			start(in)
			in <- 1
			close(in)
			time.Sleep(20 * time.Millisecond)
		}
	})
}
