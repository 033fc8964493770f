package fullbuffer

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestBoundsLeaksOnTheSecondSend(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		if _, _, ok := Bounds([]int{3, 1, 2}, time.Millisecond, func() { <-release }); ok {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}

func TestBoundsOnceIsClean(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		BoundsOnce([]int{3, 1, 2}, time.Millisecond, func() { <-release })
		close(release)
	})
}

func TestBoundsIsCleanWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() { Bounds([]int{3, 1, 2}, time.Minute, func() {}) })
}
