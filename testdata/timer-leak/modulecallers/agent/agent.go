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
