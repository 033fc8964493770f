package cancelafterwait

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// The collector is cancelled only once every worker has sent: nothing is left.
func TestSumTakesEveryResult(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Sum([]int{1, 2, 3}, func(i int) int { return i }); got != 6 {
			t.Fatalf("got %d", got)
		}
	})
}

// Stopped before the workers are done, the collector leaves them blocked at their sends.
func TestSumInBackgroundStrandsTheWorkers(t *testing.T) {
	leakcheck.Leaks(t, 3, func() {
		release, reported := make(chan struct{}), make(chan struct{})
		stop := SumInBackground([]int{1, 2, 3}, func(i int) int { <-release; return i }, func(int) { close(reported) })
		stop()
		<-reported // the collector has returned before any worker sends
		close(release)
	})
}
