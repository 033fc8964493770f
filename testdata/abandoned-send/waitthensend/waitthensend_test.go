package waitthensend

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Work that ends in time: the report is taken.
func TestSettleInTime(t *testing.T) {
	leakcheck.Clean(t, func() {
		if !Settle(3, func() {}, time.Second) {
			t.Error("timed out")
		}
	})
}

// Work that ends after the timeout: the reporter is stranded at its send.
func TestSettleTooLateStrandsTheReporter(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if Settle(3, func() { time.Sleep(20 * time.Millisecond) }, time.Millisecond) {
			t.Error("did not time out")
		}
	})
}
