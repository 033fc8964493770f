package testfailure

import (
	"runtime"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// stopT is a test handle whose Fatalf ends the calling goroutine, as a real *testing.T's does.
type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Fatalf(string, ...interface{}) { runtime.Goexit() }

func TestSumFatalStrandsTheOtherWorkers(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		done := make(chan struct{})
		go func() {
			defer close(done)
			SumFatal(stopT{}, func(int) int { return -1 })
		}()
		<-done
	})
}

func TestSumsAreCleanWithGoodValues(t *testing.T) {
	leakcheck.Clean(t, func() {
		SumFatal(stopT{}, func(i int) int { return i })
		SumLogFatal(func(i int) int { return i })
	})
}
