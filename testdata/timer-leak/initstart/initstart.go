// Package initstart: a library package whose init starts a counting loop on a package-level value. init runs once
// per process, so that loop's ticker is the process's one ticker, not a leak that grows (quiet, before Go 1.23
// too); a method that exported code starts runs once per call, and its ticker is reported.
package initstart

import (
	"sync/atomic"
	"time"
)

// Every is how often the counters tick.
var Every = time.Second

// Default counts for the whole process.
var Default *Stats

// Stats counts ticks.
type Stats struct{ ticks int64 }

// Ticks is how many times the counter ticked.
func (s *Stats) Ticks() int64 { return atomic.LoadInt64(&s.ticks) }

func init() {
	Default = &Stats{}
	go Default.count()
}

// count runs for the life of the process (started by init only): quiet.
func (s *Stats) count() {
	t := time.NewTicker(Every)
	for range t.C {
		atomic.AddInt64(&s.ticks, 1)
	}
}

// Watch waits for one tick of a ticker it never stops: every call leaves one behind.
func (s *Stats) Watch() {
	s.poll()
}

func (s *Stats) poll() {
	t := time.NewTicker(Every) // want "^ticker is never stopped: before Go 1.23 \\(go.mod says go 1.19\\) it is never garbage collected$"
	<-t.C
	atomic.AddInt64(&s.ticks, 1)
}

// cache is made once, as the package is set up: its cleaning loop is the process's one loop (quiet).
var cache = newCache()

// Cache drops old entries every period.
type Cache struct{ cleaned int64 }

func newCache() *Cache {
	c := &Cache{}
	go func() {
		t := time.NewTicker(Every)
		for range t.C {
			atomic.AddInt64(&c.cleaned, 1)
		}
	}()
	return c
}

// index is made as the package is set up, and again by every call of NewIndex: each call leaves a loop behind.
var index = newIndex()

func newIndex() *Cache {
	c := &Cache{}
	go func() {
		t := time.NewTicker(Every)
		for range t.C { // want "^goroutine loops over t.C forever: it has no way to exit, so every call of newIndex leaks one$"
			atomic.AddInt64(&c.cleaned, 1)
		}
	}()
	return c
}

// NewIndex makes another index.
func NewIndex() *Cache { return newIndex() }
