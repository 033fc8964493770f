package clean

import (
	"sync"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestReleasedIsClean(t *testing.T) {
	r := newReleased()
	leakcheck.Clean(t, func() {
		var wg sync.WaitGroup
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func(i int) { defer wg.Done(); r.Set(i) }(i)
		}
		wg.Wait()
	})
}

func TestLockFreeIsClean(t *testing.T) {
	l := newLockFree()
	leakcheck.Clean(t, func() {
		for i := 0; i < 5; i++ {
			l.Set()
		}
	})
}

func TestReadersAreClean(t *testing.T) {
	r := newReaders()
	leakcheck.Clean(t, func() {
		var wg sync.WaitGroup
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); r.Ask(1) }()
		}
		wg.Wait()
	})
}

func TestFinisherIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		f := newFinisher()
		if f.Take() != 1 {
			t.Error("wrong value")
		}
	})
}
