package canceledcheck

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// publish returns at once; Stop's goroutine sees the cancelled context and its report is taken.
func TestStopIsCleanWhenPublishReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Stop(func(context.Context) {}, time.Second); err != nil {
			t.Error(err)
		}
	})
}

// A publish slower than Stop's timeout: Stop gives up, and the goroutine's report is stranded at its send.
func TestStopStrandsASlowPublisher(t *testing.T) {
	release := make(chan struct{})
	slow := func(context.Context) { <-release }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		if err := Stop(slow, 5*time.Millisecond); err == nil {
			t.Error("want the timeout")
		}
		close(release)
	})
}

// The errors.Is check never sends: Check's goroutine ends on its own whatever Check does.
func TestCheckNeverStrandsItsGoroutine(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Check(func(context.Context) {}, 5*time.Millisecond); err != nil {
			t.Error(err)
		}
	})
}
