package countedall

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func one() int { return 1 }

func TestBothIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Both(one, one) })
}

func TestFirstLeavesTheOtherSenderBehind(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { First(one, one) })
}

func TestFirstBadLeavesTheOtherSenderBehind(t *testing.T) {
	bad := func() int { return -1 }
	leakcheck.Leaks(t, 1, func() { FirstBad(bad, bad) })
}
