package clean

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRetryEveryFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, calls, func() {
		n := 0
		RetryEvery(func() bool { n++; return n > calls/10 }, time.Microsecond)
	})
}

func TestSleepUntilEachFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, calls, func() {
		moments := make([]time.Time, calls/10)
		for i := range moments {
			moments[i] = time.Now().Add(time.Microsecond)
		}
		SleepUntilEach(moments, func(time.Time) {})
	})
}
