package continueloop

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCheckAllStrandsTheSlowCheck(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	fast := func() error { return nil }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		CheckAll(leakcheck.StopT{}, []func() error{fast, slow, fast}, 10*time.Millisecond)
		close(release)
	})
}

func TestCheckAllBufferedIsClean(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	fast := func() error { return nil }
	leakcheck.Clean(t, func() {
		CheckAllBuffered(leakcheck.StopT{}, []func() error{fast, slow, fast}, 10*time.Millisecond)
		close(release)
	})
}
