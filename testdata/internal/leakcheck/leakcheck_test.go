package leakcheck

import "testing"

// fakeT records a failure instead of stopping the test, to check that Expect can fail.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()                           {}
func (f *fakeT) Fatalf(format string, args ...any) { f.failed = true }

func TestLeaksSeesABlockedSender(t *testing.T) {
	Leaks(t, 1, func() {
		ch := make(chan int)
		go func() { ch <- 1 }()
	})
}

func TestCleanSeesAFinishedGoroutine(t *testing.T) {
	Clean(t, func() {
		ch := make(chan int, 1)
		go func() { ch <- 1 }()
	})
}

func TestCleanFailsOnALeak(t *testing.T) {
	ft := &fakeT{TB: t}
	Clean(ft, func() {
		ch := make(chan int)
		go func() { ch <- 1 }()
	})
	if !ft.failed {
		t.Fatal("Clean accepted a goroutine blocked forever sending")
	}
}
