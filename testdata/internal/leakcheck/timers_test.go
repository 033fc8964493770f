package leakcheck

import (
	"sync/atomic"
	"testing"
	"time"
)

const calls = 200

func TestRetainsSeesUnstoppedTickers(t *testing.T) {
	Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			time.NewTicker(time.Hour)
		}
	})
}

func TestFreesSeesStoppedTickers(t *testing.T) {
	Frees(t, calls/10, func() {
		for i := 0; i < calls; i++ {
			time.NewTicker(time.Hour).Stop()
		}
	})
}

func TestFreesFailsOnUnstoppedTickers(t *testing.T) {
	ft := &fakeT{TB: t}
	Frees(ft, calls/10, func() {
		for i := 0; i < calls; i++ {
			time.NewTicker(time.Hour)
		}
	})
	if !ft.failed {
		t.Fatal("Frees accepted unstopped tickers")
	}
}

func TestKeepsTickingSeesAnEndlessLoop(t *testing.T) {
	var n int64
	KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&n) }, func() {
		tk := time.NewTicker(5 * time.Millisecond)
		go func() {
			for range tk.C {
				atomic.AddInt64(&n, 1)
			}
		}()
	})
}

func TestKeepsTickingFailsOnAStoppedLoop(t *testing.T) {
	ft := &fakeT{TB: t}
	var n int64
	stop := make(chan struct{})
	KeepsTicking(ft, 1, func() int64 { return atomic.LoadInt64(&n) }, func() {
		go func() {
			<-stop
			atomic.AddInt64(&n, 1)
		}()
	})
	close(stop)
	if !ft.failed {
		t.Fatal("KeepsTicking accepted a goroutine that never ticks")
	}
}
