// Package mayrunonce: ticker loops started by code outside tests, and tickers that pace such loops. When nothing in
// the module shows the code that starts one running more than once in a process (no caller: a framework's entry
// point, a plugin's, or an API for other programs), it may run once, and its loop then lives as long as the process
// and leaks nothing: timer-leak tags those may-run-once, reported only with `may-run-once: true` in the
// configuration (src/may-run-once.test.ts). Code shown to run again and again (in a loop, from two places, from two
// tests) is reported as always, and so is a ticker that no loop uses, abandoned by every call.
package mayrunonce

import (
	"sync"
	"sync/atomic"
	"time"
)

var (
	every = time.Millisecond
	ticks int64
)

// Ticks says how often the package's loops have ticked.
func Ticks() int64 { return atomic.LoadInt64(&ticks) }

// Start runs the service's background loop; nothing in the module calls it (tagged may-run-once).
func Start() {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every call of Start leaks one$`
			atomic.AddInt64(&ticks, 1)
		}
	}()
}

// Watch is Start for one target; WatchAll runs it for every target (reported).
func Watch(target string) {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every call of Watch leaks one$`
			atomic.AddInt64(&ticks, int64(len(target)))
		}
	}()
}

// WatchAll watches every target.
func WatchAll(targets []string) {
	for _, t := range targets {
		Watch(t)
	}
}

// Poll paces a loop with a ticker it never stops, until stop is closed; nothing in the module calls it (tagged
// may-run-once).
func Poll(stop <-chan struct{}) {
	t := time.NewTicker(every) // want `^ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected$`
	for {
		select {
		case <-t.C:
			atomic.AddInt64(&ticks, 1)
		case <-stop:
			return
		}
	}
}

// Relay is Poll, run by both Forward and Backward (reported).
func Relay(stop <-chan struct{}) {
	t := time.NewTicker(every) // want `^ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected$`
	for {
		select {
		case <-t.C:
			atomic.AddInt64(&ticks, 1)
		case <-stop:
			return
		}
	}
}

// Forward relays one way until stop is closed.
func Forward(stop <-chan struct{}) { Relay(stop) }

// Backward relays the other way until stop is closed.
func Backward(stop <-chan struct{}) { Relay(stop) }

// Await waits for v or one tick, and leaves its ticker behind: no loop uses it, so every call abandons one
// (reported, though nothing in the module calls Await).
func Await(v <-chan int) int {
	t := time.NewTicker(every) // want `^ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected$`
	select {
	case n := <-v:
		return n
	case <-t.C:
		return 0
	}
}

// Feed starts its loop at most once per value, through a sync.Once field; nothing in the module calls Start (tagged
// may-run-once).
type Feed struct{ once sync.Once }

// Start starts the feed's loop, once.
func (f *Feed) Start() { f.once.Do(func() { f.start() }) }

func (f *Feed) start() {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every call of Feed.start leaks one$`
			atomic.AddInt64(&ticks, 1)
		}
	}()
}

// Pump is Feed whose loop a hook starts: OnReload's hooks run whenever its owner reloads, any number of times
// (reported).
type Pump struct{ hooks []func() }

// OnReload starts the pump's loop on every reload.
func (p *Pump) OnReload() { p.hooks = append(p.hooks, func() { p.run() }) }

// Reload runs the hooks.
func (p *Pump) Reload() {
	for _, h := range p.hooks {
		h()
	}
}

func (p *Pump) run() {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every call of Pump.run leaks one$`
			atomic.AddInt64(&ticks, 1)
		}
	}()
}

// Refresh is Start with the ticker made in the loop's header, a ticker nothing else can reach: the same endless loop,
// and the ticker is in use for as long as it runs; nothing in the module calls Refresh (tagged may-run-once).
func Refresh() {
	go func() { // related `the goroutine starts here`
		for range time.NewTicker(every).C { // want `^goroutine loops over time.NewTicker\(every\).C forever: it has no way to exit, so every call of Refresh leaks one$`
			atomic.AddInt64(&ticks, 1)
		}
	}()
}

// Gauge is Refresh for one gauge; Gauges runs it for every gauge (reported).
func Gauge(name string) {
	go func() { // related `the goroutine starts here`
		for range time.NewTicker(every).C { // want `^goroutine loops over time.NewTicker\(every\).C forever: it has no way to exit, so every call of Gauge leaks one$`
			atomic.AddInt64(&ticks, int64(len(name)))
		}
	}()
}

// Gauges starts a gauge per name.
func Gauges(names []string) {
	for _, n := range names {
		Gauge(n)
	}
}
