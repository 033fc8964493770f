package leaks

import (
	"sync"
	"sync/atomic"
	"time"
)

// Ticker counts ticks until Stop, which closes quit through a sync.Once (a close made there and then: Stop is a
// stopping method like any other).
type Ticker struct {
	once  sync.Once
	quit  chan struct{}
	ticks int64
}

// StartTicker starts counting.
func StartTicker(every time.Duration) *Ticker {
	t := &Ticker{quit: make(chan struct{})}
	go t.count(every)
	return t
}

func (t *Ticker) count(every time.Duration) {
	tk := time.NewTicker(every)
	defer tk.Stop()
	for {
		select {
		case <-tk.C:
			atomic.AddInt64(&t.ticks, 1)
		case <-t.quit:
			return
		}
	}
}

// Stop stops counting; it may be called more than once.
func (t *Ticker) Stop() { t.once.Do(func() { close(t.quit) }) }

// Sample counts for a while and forgets to stop the ticker.
func Sample(d time.Duration) int64 {
	t := StartTicker(time.Millisecond) // want `goroutine started by StartTicker\(\) never exits: it leaves only when Ticker.Stop closes t.quit, and Sample never calls t.Stop\(\)`
	time.Sleep(d)
	return atomic.LoadInt64(&t.ticks)
}
