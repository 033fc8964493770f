package countedall

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func nothing() {}

func TestAllIsCleanWhenEveryWorkerAnswers(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { All(leakcheck.StopT{}, time.Second, nothing, nothing, nothing) })
	})
}

func TestAllStrandsASlowWorkerOnTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() { <-release }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { All(leakcheck.StopT{}, 10*time.Millisecond, nothing, slow, nothing) })
		close(release)
	})
}
