package ownerforever

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Serve's workers keep handling jobs for as long as Serve runs, which is for good (the test binary ends it).
func TestServeKeepsItsWorkersBusy(t *testing.T) {
	leakcheck.KeepsTicking(t, 3, func() int64 { return atomic.LoadInt64(&Served) }, func() { go Serve(2, time.Millisecond) })
}

// So do Pump's.
func TestPumpKeepsItsWorkersBusy(t *testing.T) {
	leakcheck.KeepsTicking(t, 3, func() int64 { return atomic.LoadInt64(&Pumped) }, func() { go Pump(2, time.Millisecond) })
}

// Once ServeUntil returns, its two workers wait in their range for good.
func TestServeUntilLeavesItsWorkers(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() {
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			ServeUntil(2, time.Millisecond, stop)
			close(done)
		}()
		time.Sleep(10 * time.Millisecond)
		close(stop)
		<-done
	})
}
