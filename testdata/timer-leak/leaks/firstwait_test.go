package leaks

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRetryEveryOrWakeRetainsATimerPerWake(t *testing.T) {
	wake := make(chan struct{}, calls)
	for i := 0; i < calls; i++ {
		wake <- struct{}{}
	}
	leakcheck.Retains(t, calls, func() {
		n := 0
		RetryEveryOrWake(func() bool { n++; return n > calls }, time.Hour, wake)
	})
}
