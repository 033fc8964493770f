package someiterations

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func even(i int) bool { return i%2 == 0 }

func TestFirstKeptLeavesTheSenderAtItsSecondSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { FirstKept(even) })
}

func TestFirstKeptBufferedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { FirstKeptBuffered(even) })
}
