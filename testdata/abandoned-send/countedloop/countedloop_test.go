package countedloop

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSumSizesDoesNotLeak(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := SumSizes([]string{"a", "bb", "ccc"}, func(f string) int64 { return int64(len(f)) }); got != 6 {
			t.Fatalf("got %d", got)
		}
	})
}

// Three workers report once each and the collector takes three reports.
func TestPoolReportsAreAllTaken(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := newPool(3)
		p.work <- 1
		p.Close()
		if n := <-p.sum; n != 3 {
			t.Errorf("got %d", n)
		}
	})
}

// The collector gives up before the workers finish: both reports are stranded.
func TestImpatientStrandsTheReports(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		p := newImpatient(2, time.Millisecond)
		time.Sleep(20 * time.Millisecond)
		p.Close()
	})
}
