package escapes

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestUploadCloseTakesTheLateResult(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		u := Start([]byte("x"), func([]byte) error { <-release; return nil })
		if _, ok := u.Wait(time.Millisecond); ok {
			t.Fatal("expected Wait to give up")
		}
		close(release)
		u.Close()
	})
}

func TestTailDiscardsTheRest(t *testing.T) {
	release := make(chan struct{})
	read := func(l string) string { <-release; return l }
	leakcheck.Clean(t, func() {
		Tail([]string{"a", "b", "c"}, read, time.Millisecond)
		close(release)
	})
}

func TestSweepTakesParkedResults(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		if _, ok := Count([]string{"a"}, time.Millisecond, func() { <-release }); ok {
			t.Fatal("expected Count to give up")
		}
		close(release)
		Sweep()
	})
}
