package alldone

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every worker's size is taken before done: nothing is left, however slow the workers are.
func TestSizesTakesEverySize(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Sizes([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }); len(got) != 3 {
			t.Errorf("Sizes = %v, want 3 sizes", got)
		}
	})
}

// Workers still measuring when done is sent are left at their sends: all three here.
func TestSizesEarlyStrandsSlowWorkers(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Expect(t, 3, 3, func() {
		SizesEarly([]string{"a", "bb", "ccc"}, func(s string) int { <-release; return len(s) })
		close(release)
	})
}

// Collect closes shutdown only after every worker has sent: every result is collected, no worker is left.
func TestCollectTakesEveryResult(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Collect([]int{1, 2, 3}, func(i int) int { return i }); len(got) != 3 {
			t.Errorf("Collect = %v, want 3 results", got)
		}
	})
}

// Workers still working when shutdown is closed are left at their sends.
func TestCollectUnwaitedStrandsSlowWorkers(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Expect(t, 3, 3, func() {
		CollectUnwaited([]int{1, 2, 3}, func(i int) int { <-release; return i }, func() {})
		close(release)
	})
}
