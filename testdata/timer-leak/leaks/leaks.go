// Package leaks: tickers and timers that are never released. The module says `go 1.19`: before Go 1.23
// the runtime keeps every unstopped ticker, and every timer until it fires, reachable.
package leaks

import (
	"sync/atomic"
	"time"
)

// Flusher writes buffered data out periodically.
type Flusher struct{ flushes int64 }

func (f *Flusher) flush() { atomic.AddInt64(&f.flushes, 1) }

// Start: the doc example. The goroutine ranges over the ticker forever and the ticker is never stopped.
func (f *Flusher) Start(every time.Duration) {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `goroutine loops over t.C forever: it has no way to exit, so every call of Flusher.Start leaks one`
			f.flush()
		}
	}()
}

// Stats samples counters.
type Stats struct{ samples int64 }

// Sample: `for { select { case <-t.C: … } }` with a switch inside and no way out.
func (s *Stats) Sample(every time.Duration, verbose bool) {
	t := time.NewTicker(every)
	go func() {
		for { // want `goroutine loops over t.C forever`
			select {
			case <-t.C:
				switch {
				case verbose:
					atomic.AddInt64(&s.samples, 2)
				default:
					atomic.AddInt64(&s.samples, 1)
				}
			}
		}
	}()
}

// Monitor checks a service.
type Monitor struct{ checks int64 }

// loop is the named-function form of the endless ticker loop.
func (m *Monitor) loop(t *time.Ticker) {
	for range t.C { // want `goroutine loops over t.C forever: it has no way to exit, so every call of Monitor.Watch leaks one`
		atomic.AddInt64(&m.checks, 1)
	}
}

// Watch: `go m.loop(t)`; the ticker is passed on, so it is assumed to be stopped by the callee.
func (m *Monitor) Watch(every time.Duration) {
	t := time.NewTicker(every)
	go m.loop(t) // related "the goroutine starts here"
}

// Throttle sends items one per tick (the first at once) and returns without stopping its ticker.
func Throttle(items []string, per time.Duration, send func(string)) {
	t := time.NewTicker(per) // want `ticker is never stopped`
	for i, it := range items {
		if i > 0 {
			<-t.C
		}
		send(it)
	}
}

// Heartbeat hands out only the channel of its ticker: nobody can ever stop it.
func Heartbeat(every time.Duration) <-chan time.Time {
	return time.NewTicker(every).C // want `ticker is never stopped`
}

// Poller polls at a fixed rate.
type Poller struct{ ticks <-chan time.Time }

// NewPoller: time.Tick outside main; the ticker outlives the Poller.
func NewPoller(every time.Duration) *Poller {
	return &Poller{ticks: time.Tick(every)} // want `time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\)`
}

// Sample is one measurement.
type Sample struct{ V float64 }

// Batch collects samples until the input closes or stays idle: time.After in the loop makes one timer
// per sample, each alive for `idle`.
func Batch(in <-chan Sample, idle time.Duration) []Sample {
	var out []Sample
	for {
		select {
		case s, ok := <-in:
			if !ok {
				return out
			}
			out = append(out, s)
		case <-time.After(idle): // want `time.After in a loop makes a timer per iteration`
			return out
		}
	}
}

// CountReadyN is CountReady (testdata/timer-leak/clean) with the bound given by its caller: n can be anything, so
// the timers of one call, each alive for an hour, pile up with n.
func CountReadyN(ready <-chan struct{}, n int) int {
	got := 0
	for i := 0; i < n+1; i++ {
		select {
		case <-ready:
			got++
		case <-time.After(time.Hour): // want `time.After in a loop makes a timer per iteration`
		}
	}
	return got
}

// AwaitEach waits for n results, each with a deadline, and never stops a timer when its result wins: one timer per
// result stays until it fires, and they pile up with n. (One such timer per call, AwaitOnce in
// testdata/timer-leak/clean, is freed when it fires, as a `time.After` in a one-shot select is, and is not reported.)
func AwaitEach(result <-chan int, n int, d time.Duration) int {
	got := 0
	for i := 0; i < n; i++ {
		deadline := time.NewTimer(d) // want `timer is never stopped: before Go 1.23 \(go.mod says go 1.19\) it stays in memory until it fires`
		select {
		case <-result:
			got++
		case <-deadline.C:
		}
	}
	return got
}

// WaitWorkersN is WaitWorkers (testdata/timer-leak/clean) with a local bound that the caller's flag can raise to
// any number: the timers of one call, each alive for an hour, pile up with it.
func WaitWorkersN(ready <-chan struct{}, many bool, n int) int {
	workers := 3
	if many {
		workers = n
	}
	got := 0
	for i := 0; i < workers; i++ {
		select {
		case <-ready:
			got++
		case <-time.After(time.Hour): // want `time.After in a loop makes a timer per iteration`
		}
	}
	return got
}

// ReportUntil is Report (testdata/timer-leak/clean) with a way out: once send says stop, it returns and its
// ticker ticks on with nobody to receive, for good.
func ReportUntil(every time.Duration, send func(time.Time) bool) {
	ticks := time.Tick(every) // want `time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\): use time.NewTicker and Stop it`
	for now := range ticks {
		if !send(now) {
			return
		}
	}
}

// RelayUntil is Relay (testdata/timer-leak/clean) with a way out: once ping says stop, it returns and both tickers
// tick on with nobody to receive, for good.
func RelayUntil(every time.Duration, send func(time.Time), ping func() bool) {
	ticks := time.Tick(every)     // want `time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\): use time.NewTicker and Stop it`
	pings := time.Tick(2 * every) // want `time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\): use time.NewTicker and Stop it`
	for {
		select {
		case now := <-ticks:
			send(now)
		case <-pings:
			if !ping() {
				return
			}
		}
	}
}

// PersistUntil is Persist (testdata/timer-leak/clean) with a way out: once save says stop, it returns and its ticker
// ticks on with nobody to receive, for good.
func PersistUntil(every time.Duration, save func() bool) {
	wait := time.NewTicker(every).C // want `ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected`
	for {
		<-wait
		if !save() {
			return
		}
	}
}

// Pinger pings, every period.
type Pinger struct{ pings int64 }

// Start is Flusher.Start with the ticker's channel kept in a local, `time.Tick`'s or a NewTicker's: the goroutines
// range over them forever, once each per call (one finding each, at the loop; not also a time.Tick outside main).
func (p *Pinger) Start(every time.Duration) {
	ticks := time.Tick(every)
	wait := time.NewTicker(every).C
	go func() { // related `the goroutine starts here`
		for range ticks { // want `^goroutine loops over ticks forever: it has no way to exit, so every call of Pinger.Start leaks one$`
			atomic.AddInt64(&p.pings, 1)
		}
	}()
	go func() { // related `the goroutine starts here`
		for { // want `^goroutine loops over wait forever: it has no way to exit, so every call of Pinger.Start leaks one$`
			<-wait
			atomic.AddInt64(&p.pings, 1)
		}
	}()
}
