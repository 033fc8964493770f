package clean

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every ticker and timer is released (no heap objects survive GC) and every goroutine finishes.

const (
	tick  = 2 * time.Millisecond
	calls = 200
	// A ticker left running per call keeps at least `calls` objects; a quarter of that absorbs what a loaded machine's
	// runtime keeps for itself between two collections (20, a tenth, was crossed once in CI beside another test run).
	slack = calls / 4
)

func TestThrottleFreesItsTicker(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			Throttle([]string{"a", "b"}, time.Microsecond, func(string) {})
		}
	})
}

func TestNewHeartbeatIsStoppedByTheCaller(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			NewHeartbeat(time.Hour).Stop()
		}
	})
}

func TestStartEndsOnStop(t *testing.T) {
	f := &Flusher{}
	leakcheck.Clean(t, func() {
		stop := make(chan struct{})
		f.Start(tick, stop)
		time.Sleep(5 * tick)
		close(stop)
	})
}

func TestRunEndsWithTheContext(t *testing.T) {
	f := &Flusher{}
	leakcheck.Clean(t, func() {
		ctx, cancel := context.WithCancel(context.Background())
		f.Run(ctx, tick)
		time.Sleep(5 * tick)
		cancel()
	})
}

func TestWaitReleasesItsTimerWhenItFires(t *testing.T) {
	result := make(chan int, 1)
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			result <- i
			Wait(result, time.Millisecond)
		}
		time.Sleep(10 * time.Millisecond)
	})
}

func TestBatchFreesItsTimer(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		in := make(chan Sample, calls)
		for i := 0; i < calls; i++ {
			in <- Sample{V: float64(i)}
		}
		close(in)
		if n := len(Batch(in, time.Hour)); n != calls {
			t.Errorf("Batch returned %d samples", n)
		}
	})
}

func TestPumpEndsOnStop(t *testing.T) {
	f := &Flusher{}
	leakcheck.Clean(t, func() {
		stop := make(chan struct{})
		f.Pump(tick, stop)
		time.Sleep(5 * tick)
		close(stop)
	})
}

func TestFlushTimesEnds(t *testing.T) {
	f := &Flusher{}
	leakcheck.Clean(t, func() { f.FlushTimes(tick, 3) })
}

func TestKeepAliveEndsWhenDone(t *testing.T) {
	done := make(chan struct{})
	pinged := make(chan struct{}, 1)
	ended := make(chan struct{})
	go func() {
		KeepAlive(func() {
			select {
			case pinged <- struct{}{}:
			default:
			}
		}, time.Millisecond, done)
		close(ended)
	}()
	<-pinged
	close(done)
	<-ended
}

func TestCountReadyFreesItsTimers(t *testing.T) {
	ready := make(chan struct{})
	close(ready)
	leakcheck.Frees(t, calls, func() {
		for i := 0; i < calls/10; i++ {
			if n := CountReady(ready); n != 9 {
				t.Errorf("CountReady = %d, want 9", n)
			}
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

func TestCountAcksFreesItsTimers(t *testing.T) {
	acks := make(chan uint64, 2)
	leakcheck.Frees(t, calls, func() {
		for i := 0; i < calls/2; i++ {
			acks <- 1
			acks <- 2
			if n := CountAcks(acks); n != 2 {
				t.Errorf("CountAcks = %d, want 2", n)
			}
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

func TestWaitWorkersFreesItsTimers(t *testing.T) {
	ready := make(chan struct{})
	close(ready)
	leakcheck.Frees(t, calls, func() {
		for i := 0; i < calls/7; i++ {
			if n := WaitWorkers(ready); n != 7 {
				t.Errorf("WaitWorkers = %d, want 7", n)
			}
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

// Recv waits while the queue is resized a few times: one timer per resize, each a millisecond long.
func TestInboxRecvFreesItsTimers(t *testing.T) {
	leakcheck.Frees(t, calls, func() {
		for i := 0; i < calls/10; i++ {
			b := NewInbox(1, time.Millisecond)
			b.Resize(2)
			b.Resize(3)
			b.Put(i)
			if v, ok := b.Recv(); !ok || v != i {
				t.Errorf("Recv = %d, %v; want %d", v, ok, i)
			}
		}
		time.Sleep(5 * time.Millisecond) // the last millisecond timers fire
	})
}

// Report keeps its goroutine ticking, which is what it is for.
func TestReportTicksForItsWholeLife(t *testing.T) {
	var ticks int64
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&ticks) }, func() {
		leakcheck.Background(func() { Report(time.Millisecond, func(time.Time) { atomic.AddInt64(&ticks, 1) }) })
	})
}

// Relay keeps its goroutine ticking on both tickers, which is what it is for.
func TestRelayTicksForItsWholeLife(t *testing.T) {
	var ticks int64
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&ticks) }, func() {
		leakcheck.Background(func() {
			Relay(time.Millisecond, func(time.Time) { atomic.AddInt64(&ticks, 1) }, func() { atomic.AddInt64(&ticks, 1) })
		})
	})
}

// Persist and Gather keep their goroutines ticking, which is what they are for (Gather started twice: code that
// runs it again and again, whose ticker is still in use for as long as each goroutine runs).
func TestPersistAndGatherTickForTheirWholeLife(t *testing.T) {
	var ticks int64
	tick := func() { atomic.AddInt64(&ticks, 1) }
	leakcheck.KeepsTicking(t, 3, func() int64 { return atomic.LoadInt64(&ticks) }, func() {
		leakcheck.Background(func() { Persist(time.Millisecond, tick) })
		leakcheck.Background(func() { Gather(time.Millisecond, tick, tick) })
		leakcheck.Background(func() { Gather(time.Millisecond, tick, tick) })
	})
}
