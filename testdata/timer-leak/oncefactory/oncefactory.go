// Package oncefactory: a package function returns the closure that builds the package's singleton and starts its
// refresh loop, and the package only ever hands that closure to a package-level sync.Once (`once.Do(newShared(d))`):
// however often Shared is called, one loop runs, for the life of the process (quiet). A factory whose closure is
// also called directly, per call of Fresh, starts one loop per call (reported).
package oncefactory

import (
	"sync"
	"sync/atomic"
	"time"
)

// Cache is refreshed by a background loop.
type Cache struct{ refreshes int64 }

// Refreshes says how often the loop ran.
func (c *Cache) Refreshes() int64 { return atomic.LoadInt64(&c.refreshes) }

// refreshEvery starts the loop that refreshes c for good.
func (c *Cache) refreshEvery(d time.Duration) {
	t := time.NewTicker(d)
	go func() {
		for range t.C {
			atomic.AddInt64(&c.refreshes, 1)
		}
	}()
}

var (
	once   sync.Once
	shared *Cache
)

func newShared(d time.Duration) func() {
	return func() {
		shared = &Cache{}
		shared.refreshEvery(d)
	}
}

// Shared returns the package's cache, made (and its loop started) on the first call.
func Shared(d time.Duration) *Cache {
	once.Do(newShared(d))
	return shared
}

// Gauge is refreshed by a background loop too.
type Gauge struct{ reads int64 }

// Reads says how often the loop ran.
func (g *Gauge) Reads() int64 { return atomic.LoadInt64(&g.reads) }

func (g *Gauge) readEvery(d time.Duration) {
	t := time.NewTicker(d)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every call of Gauge.readEvery leaks one$`
			atomic.AddInt64(&g.reads, 1)
		}
	}()
}

var (
	gaugeOnce sync.Once
	gauge     *Gauge
)

func newGauge(d time.Duration) func() {
	return func() {
		gauge = &Gauge{}
		gauge.readEvery(d)
	}
}

// SharedGauge returns the package's gauge, made on the first call.
func SharedGauge(d time.Duration) *Gauge {
	gaugeOnce.Do(newGauge(d))
	return gauge
}

// Fresh makes a new gauge with its own loop, on every call.
func Fresh(d time.Duration) *Gauge {
	newGauge(d)()
	return gauge
}
