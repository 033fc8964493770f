// Package agent starts background loops for the commands in cmd/. A loop a command's main starts once lives as
// long as the process, as it should; one started per item of a list leaks one per item.
package agent

import (
	"sync/atomic"
	"time"
)

// Every is the loops' period; Polls counts their rounds.
var (
	Every = time.Second
	Polls int64
)

// StartHeartbeat beats forever; cmd/agentd's main starts it once.
func StartHeartbeat() {
	go func() {
		for range time.Tick(Every) {
			atomic.AddInt64(&Polls, 1)
		}
	}()
}

// Watch polls one target forever; cmd/fleet starts one per target.
func Watch(target string) {
	go func() {
		for range time.Tick(Every) { // want `loops over time.Tick\(Every\) forever: it has no way to exit, so every call of Watch leaks one`
			atomic.AddInt64(&Polls, int64(len(target)))
		}
	}()
}

// beacon counts every tick of c, forever.
func beacon(c <-chan time.Time) {
	for range c {
		atomic.AddInt64(&Polls, 1)
	}
}

// StartBeacon runs beacon on a ticker of its own; cmd/agentd's main starts it once.
func StartBeacon() {
	t := time.NewTicker(Every)
	go beacon(t.C)
}

// probe counts every tick of c for one target, forever.
func probe(c <-chan time.Time, target string) {
	for range c { // want `loops over c forever: it has no way to exit, so every call of WatchProbe leaks one`
		atomic.AddInt64(&Polls, int64(len(target)))
	}
}

// WatchProbe runs probe on a ticker of its own; cmd/fleet starts one per target.
func WatchProbe(target string) {
	t := time.NewTicker(Every)
	go probe(t.C, target)
}

// StartJanitor sweeps forever. cmd/agentd's main starts it once, but two tests start one each: the test binary
// is a process too, and gets two.
func StartJanitor() {
	go func() {
		for range time.Tick(Every) { // want `loops over time.Tick\(Every\) forever: it has no way to exit, so every call of StartJanitor leaks one`
			atomic.AddInt64(&Polls, 1)
		}
	}()
}

// Monitor samples forever once its Init runs.
type Monitor struct{ name string }

// NewMonitor returns a monitor named name.
func NewMonitor(name string) *Monitor { return &Monitor{name: name} }

// Init starts the sampling loop. cmd/agentd inits one monitor, once; the `plugins.Init` it also names is a function
// of another package, not this method.
func (m *Monitor) Init() {
	go func() {
		for range time.Tick(Every) {
			atomic.AddInt64(&Polls, int64(len(m.name)))
		}
	}()
}

// Prober probes one target forever once started.
type Prober struct{ target string }

// NewProber returns a prober of target.
func NewProber(target string) *Prober { return &Prober{target: target} }

// Start starts the probing loop. cmd/fleet hands each prober's Start on as a method value, one per target.
func (p *Prober) Start() {
	go func() {
		for range time.Tick(Every) { // want `loops over time.Tick\(Every\) forever: it has no way to exit, so every call of Prober.Start leaks one`
			atomic.AddInt64(&Polls, int64(len(p.target)))
		}
	}()
}
