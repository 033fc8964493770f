package asyncgroup

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstStrandsTheOthers(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		First(context.Background(), []string{"a", "b", "c"}, func(string) int { return 1 })
	})
}

func TestFirstBufferedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		FirstBuffered(context.Background(), []string{"a", "b", "c"}, func(string) int { return 1 })
	})
}

func TestTwoStrandsOne(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Two(func() int { return 1 }, nil) })
}

func TestTwoBufferedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { TwoBuffered(func() int { return 1 }, nil) })
}
