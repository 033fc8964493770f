package testfailure

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSumFatalStrandsTheOtherWorkers(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		done := make(chan struct{})
		go func() {
			defer close(done)
			SumFatal(leakcheck.StopT{}, func(int) int { return -1 })
		}()
		<-done
	})
}

func TestSumsAreCleanWithGoodValues(t *testing.T) {
	leakcheck.Clean(t, func() {
		SumFatal(leakcheck.StopT{}, func(i int) int { return i })
		SumLogFatal(func(i int) int { return i })
	})
}
