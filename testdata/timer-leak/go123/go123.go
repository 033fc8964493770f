// Package go123: with `go 1.23` in go.mod, unreferenced tickers and timers are garbage collected even when
// never stopped, so only the goroutine that ticks forever is still a leak.
package go123

import (
	"sync/atomic"
	"time"
)

// Throttle sends items one per tick (the first at once) and does not stop its ticker: fine since Go 1.23.
func Throttle(items []string, per time.Duration, send func(string)) {
	t := time.NewTicker(per)
	for i, it := range items {
		if i > 0 {
			<-t.C
		}
		send(it)
	}
}

// Poller polls at a fixed rate.
type Poller struct{ ticks <-chan time.Time }

// NewPoller: time.Tick outside main; the ticker goes with the Poller since Go 1.23.
func NewPoller(every time.Duration) *Poller {
	return &Poller{ticks: time.Tick(every)}
}

// Sample is one measurement.
type Sample struct{ V float64 }

// Batch: time.After in a loop; each timer is collected once unreferenced since Go 1.23.
func Batch(in <-chan Sample, idle time.Duration) []Sample {
	var out []Sample
	for {
		select {
		case s, ok := <-in:
			if !ok {
				return out
			}
			out = append(out, s)
		case <-time.After(idle):
			return out
		}
	}
}

// Flusher writes buffered data out periodically.
type Flusher struct{ flushes int64 }

// Start: a goroutine that ranges over a ticker forever leaks on every Go version.
func (f *Flusher) Start(every time.Duration) {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `goroutine loops over t.C forever`
			atomic.AddInt64(&f.flushes, 1)
		}
	}()
}

// First waits for a value or the next tick in a one-shot select and does not stop its ticker: fine since
// Go 1.23.
func First(a <-chan int, every time.Duration) (int, bool) {
	ticker := time.NewTicker(every)
	select {
	case v := <-a:
		return v, true
	case <-ticker.C:
		return 0, false
	}
}
