package closingsender

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error { return nil }

// Both succeed: nothing is left behind.
func TestRunIsCleanWhenBothSucceed(t *testing.T) {
	leakcheck.Clean(t, func() { Run(leakcheck.StopT{}, ok, func() bool { return true }, time.Second) })
}

// The publisher succeeds and closes done first; the checker fails afterwards and is stranded at its send.
func TestRunStrandsALateFailingChecker(t *testing.T) {
	release := make(chan struct{})
	check := func() bool { <-release; return false }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		Run(leakcheck.StopT{}, ok, check, time.Second)
		close(release)
	})
}
