// Package cli holds the commands of the program in package app, which adds them to its go-flags parser
// (`parser.AddCommand("daemon", …, &cli.DaemonCommand{})`): this package does not import the framework itself. The
// daemon command's watcher and prober poll with `time.Tick` until the process stops them, and only the command starts
// them, once per process: quiet. Poller, whose method has the name of the prober's (told apart by the type of the
// value it is called on), makes one more ticker with every Refresh, which outlives the loop (before Go 1.23):
// reported.
package cli

import (
	"sync/atomic"
	"time"
)

// Every is the polling period.
var Every = time.Millisecond

// Stop ends the daemon's loops (the process's shutdown).
var Stop = make(chan struct{})

// watched counts the daemon's polls.
var watched int64

// Watched tells how often the daemon's loops polled.
func Watched() int64 { return atomic.LoadInt64(&watched) }

// DaemonCommand runs the daemon.
type DaemonCommand struct {
	watcher *Watcher
	prober  *Prober
}

// Execute runs the command.
func (c *DaemonCommand) Execute(args []string) error {
	c.watcher = NewWatcher()
	c.prober = NewProber()
	return nil
}

// Watcher polls until the process stops it.
type Watcher struct{}

// NewWatcher starts the watcher's loop.
func NewWatcher() *Watcher {
	w := &Watcher{}
	go w.poll()
	return w
}

func (w *Watcher) poll() {
	tick := time.Tick(Every)
	for {
		select {
		case <-tick:
			atomic.AddInt64(&watched, 1)
		case <-Stop:
			return
		}
	}
}

// Prober probes until the process stops it; its method has the name of Poller's.
type Prober struct{}

// NewProber starts the prober's loop.
func NewProber() *Prober {
	pr := &Prober{}
	go pr.watch()
	return pr
}

func (pr *Prober) watch() {
	tick := time.Tick(Every)
	for {
		select {
		case <-tick:
			atomic.AddInt64(&watched, 1)
		case <-Stop:
			return
		}
	}
}

// Poller polls again with every refresh, until done is closed.
type Poller struct{ done chan struct{} }

// NewPoller makes a poller.
func NewPoller() *Poller { return &Poller{done: make(chan struct{})} }

// Refresh starts one more polling loop.
func (p *Poller) Refresh() {
	go p.watch()
}

// Close ends the poller's loops; their tickers stay.
func (p *Poller) Close() { close(p.done) }

func (p *Poller) watch() {
	tick := time.Tick(Every) // want `time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\): use time.NewTicker and Stop it`
	for {
		select {
		case <-tick:
		case <-p.done:
			return
		}
	}
}
