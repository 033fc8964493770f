// Package oncestart: a loop that a package-level sync.Once starts runs once per process, however many calls reach
// the Once (quiet, before Go 1.23 too); a Once that is a field of a value runs once per value, and a method of the
// same name on another type, started by every call, is reported.
package oncestart

import (
	"sync"
	"sync/atomic"
	"time"
)

// Every is how often the loops tick.
var Every = time.Second

// Reporter sends what Report counted, every period.
type Reporter struct{ flushes int64 }

// Janitor cleans, every period.
type Janitor struct{ sweeps int64 }

var (
	reporter   *Reporter
	reportOnce sync.Once
	janitor    *Janitor
)

// Run flushes for the life of the process: only start runs it, and only reportOnce runs start (quiet).
func (r *Reporter) Run() {
	t := time.NewTicker(Every)
	for range t.C {
		atomic.AddInt64(&r.flushes, 1)
	}
}

func start() {
	reporter = &Reporter{}
	go reporter.Run()
}

// Report counts an event; the first call starts the reporter.
func Report() {
	reportOnce.Do(start)
}

// Run is another type's method of the same name, started anew by every Clean: its loop is reported, a goroutine per
// Clean that never ends, its ticker in use for as long as it runs.
func (j *Janitor) Run() {
	t := time.NewTicker(Every)
	for range t.C { // want "^goroutine loops over t.C forever: it has no way to exit, so every call of Clean leaks one$"
		atomic.AddInt64(&j.sweeps, 1)
	}
}

// Clean starts a janitor on every call.
func Clean() {
	janitor = &Janitor{}
	go janitor.Run() // related `the goroutine starts here`
}

var (
	watchOnce sync.Once
	watching  *Watcher
)

// Watcher polls, every period.
type Watcher struct{ polls int64 }

// Watch starts the one watcher of the process, in a literal the Once runs (quiet).
func Watch() *Watcher {
	watchOnce.Do(func() {
		watching = &Watcher{}
		go watching.poll()
	})
	return watching
}

func (w *Watcher) poll() {
	t := time.NewTicker(Every)
	for range t.C {
		atomic.AddInt64(&w.polls, 1)
	}
}

// Client starts its own heartbeat once per Client: one ticker per value.
type Client struct {
	once  sync.Once
	beats int64
}

// Start starts the heartbeat the first time it is called on c.
func (c *Client) Start() {
	c.once.Do(func() { go c.beat() })
}

func (c *Client) beat() {
	t := time.NewTicker(Every)
	for range t.C { // want "^goroutine loops over t.C forever: it has no way to exit, so every Client whose Start runs leaks one$"
		atomic.AddInt64(&c.beats, 1)
	}
}
