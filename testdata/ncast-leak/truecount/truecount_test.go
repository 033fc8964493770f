package truecount

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPairLeaksOneWhenTheSecondIsSlow(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		Pair(time.Millisecond, func(i int) int {
			if i == 1 {
				<-release
			}
			return i
		})
		close(release)
	})
}

func TestPairWithinLeaksBothWhenBothAreSlow(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 2, func() {
		PairWithin(time.Millisecond, func(i int) int { <-release; return i })
		close(release)
	})
}

func TestPairsAreCleanWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() {
		Pair(time.Minute, func(i int) int { return i })
		PairWithin(time.Minute, func(i int) int { return i })
		PairAll(func(i int) int { return i })
	})
}
