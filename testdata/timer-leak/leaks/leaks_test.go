package leaks

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Two kinds of proof. An endless ticker loop is a goroutine that keeps ticking after its caller is done.
// An unstopped ticker (or a timer that has not fired) blocks nothing before Go 1.23: it is memory that the
// runtime keeps reachable, measured as heap objects surviving GC (each ticker or timer is several).

const (
	tick  = 2 * time.Millisecond
	calls = 200
)

func TestFlusherStartKeepsTicking(t *testing.T) {
	f := &Flusher{}
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&f.flushes) }, func() { f.Start(tick) })
}

func TestStatsSampleKeepsTicking(t *testing.T) {
	s := &Stats{}
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&s.samples) }, func() { s.Sample(tick, false) })
}

func TestMonitorWatchKeepsTicking(t *testing.T) {
	m := &Monitor{}
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&m.checks) }, func() { m.Watch(tick) })
}

func TestThrottleRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Throttle([]string{"only"}, time.Hour, func(string) {})
		}
	})
}

func TestHeartbeatNeverStops(t *testing.T) {
	beats := Heartbeat(tick)
	<-beats
	time.Sleep(leakcheck.TickWindow) // long after the caller stopped listening, it still fires
	select {
	case <-beats:
	case <-time.After(leakcheck.TickWindow):
		t.Fatal("the heartbeat stopped")
	}
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			Heartbeat(time.Hour)
		}
	})
}

func TestNewPollerRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			NewPoller(time.Hour)
		}
	})
}

func TestBatchRetainsATimerPerSample(t *testing.T) {
	in := make(chan Sample, calls)
	for i := 0; i < calls; i++ {
		in <- Sample{V: float64(i)}
	}
	close(in)
	leakcheck.Retains(t, calls, func() {
		if n := len(Batch(in, time.Hour)); n != calls {
			t.Errorf("Batch returned %d samples", n)
		}
	})
}

func TestCountReadyNRetainsATimerPerIteration(t *testing.T) {
	ready := make(chan struct{})
	close(ready)
	leakcheck.Retains(t, calls, func() {
		if n := CountReadyN(ready, calls); n != calls+1 {
			t.Errorf("CountReadyN returned %d", n)
		}
	})
}

func TestAwaitEachRetainsATimerPerResult(t *testing.T) {
	result := make(chan int, calls)
	for i := 0; i < calls; i++ {
		result <- i
	}
	leakcheck.Retains(t, calls, func() {
		if got := AwaitEach(result, calls, time.Hour); got != calls {
			t.Errorf("AwaitEach = %d, want %d", got, calls)
		}
	})
}

func TestWaitWorkersNRetainsATimerPerIteration(t *testing.T) {
	ready := make(chan struct{})
	close(ready)
	leakcheck.Retains(t, calls, func() {
		if n := WaitWorkersN(ready, true, calls); n != calls {
			t.Errorf("WaitWorkersN returned %d", n)
		}
	})
}

// Every wake-up while Recv waits makes it go round and leaves an hour-long timer behind.
func TestInboxRecvRetainsATimerPerWakeUp(t *testing.T) {
	b := NewInbox(1, time.Hour)
	leakcheck.Retains(t, calls, func() {
		done := make(chan struct{})
		go func() {
			defer close(done)
			if v, ok := b.Recv(); !ok || v != 7 {
				t.Errorf("Recv = %d, %v", v, ok)
			}
		}()
		for i := 0; i < calls; i++ {
			b.Wake()
			for len(b.woken) > 0 {
				time.Sleep(10 * time.Microsecond)
			}
		}
		b.queue <- 7
		<-done
	})
}

// Each call that stops leaves its ticker behind.
func TestReportUntilRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			ReportUntil(time.Microsecond, func(time.Time) bool { return false })
		}
	})
}

// Each call that stops leaves both its tickers behind.
func TestRelayUntilRetainsItsTickers(t *testing.T) {
	leakcheck.Retains(t, 2*calls, func() {
		for i := 0; i < calls; i++ {
			RelayUntil(time.Microsecond, func(time.Time) {}, func() bool { return false })
		}
	})
}

// Each call that stops leaves its ticker behind.
func TestPersistUntilRetainsItsTicker(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			PersistUntil(time.Microsecond, func() bool { return false })
		}
	})
}

func TestPingerStartKeepsTicking(t *testing.T) {
	p := &Pinger{}
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&p.pings) }, func() { p.Start(tick) })
}

func TestPingerStartAgainKeepsTicking(t *testing.T) {
	p := &Pinger{}
	leakcheck.KeepsTicking(t, 2, func() int64 { return atomic.LoadInt64(&p.pings) }, func() { p.Start(tick) })
}
