package countedloop

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSumSizesDoesNotLeak(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := SumSizes([]string{"a", "bb", "ccc"}, func(f string) int64 { return int64(len(f)) }); got != 6 {
			t.Fatalf("got %d", got)
		}
	})
}
