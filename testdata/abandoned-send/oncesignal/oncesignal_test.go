package oncesignal

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestHalfwayIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Halfway(20) })
}

func TestHalfwayRangeIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { HalfwayRange([]int{1, 2, 3, 4, 5}) })
}

func TestEveryTenthLeaksItsSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { EveryTenth(25) })
}

func TestRetryLeaksWhenAnItemFails(t *testing.T) {
	failedOnce := false
	leakcheck.Leaks(t, 1, func() {
		Retry(10, func(i int) bool {
			if i == 5 && !failedOnce {
				failedOnce = true
				return true
			}
			return false
		})
	})
}

func TestRetryIsCleanWhenNothingFails(t *testing.T) {
	leakcheck.Clean(t, func() { Retry(10, func(int) bool { return false }) })
}

func TestNestedLeaksItsSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Nested(4) })
}

func TestHeadStartIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { HeadStart(10, 4) })
}

func TestHeadStartTwiceLeaksItsSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { HeadStartTwice(10, 4) })
}
