package leaks

import (
	"sync"
	"sync/atomic"
	"time"
)

// Hub keeps its keys fresh in the background once it is set up.
type Hub struct {
	keys  *int64
	every time.Duration
}

// setup runs its body once per Hub (it returns at once when h.keys is set, and sets it before starting the
// renewer): the endless renewer is one per Hub, not one per call (the message says so).
func (h *Hub) setup() {
	if h.keys != nil {
		return
	}
	h.keys = new(int64)
	t := time.NewTicker(h.every)
	go func() {
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every Hub whose setup runs leaks one$`
			atomic.AddInt64(h.keys, 1)
		}
	}()
}

// Keys sets h up and returns how often its keys were renewed.
func (h *Hub) Keys() int64 {
	h.setup()
	return atomic.LoadInt64(h.keys)
}

// Gauge refreshes its reading in the background, started under its own sync.Once: one refresher per Gauge,
// however often Attach runs (the message says so).
type Gauge struct {
	reads   int64
	every   time.Duration
	refresh sync.Once
}

// Attach may be called repeatedly; only its first call on a Gauge starts the refresher.
func (g *Gauge) Attach() {
	g.refresh.Do(func() {
		go func() {
			for range time.Tick(g.every) { // want `^goroutine loops over time.Tick\(g.every\) forever: it has no way to exit, so every Gauge whose Attach runs leaks one$`
				atomic.AddInt64(&g.reads, 1)
			}
		}()
	})
}

// Reads attaches g and returns how often it was refreshed.
func (g *Gauge) Reads() int64 {
	g.Attach()
	return atomic.LoadInt64(&g.reads)
}
