// Package heldliteral: init probes two services through a local function value, `check := func(…) {…}`, called
// twice. Each probe may strand its loader on a timeout, but init runs once per process, so the two probes strand at
// most two loaders, which end with the process: not reported. The same helper reached through a local function
// value called in a loop over a list that callers can grow runs once per entry: reported.
package heldliteral

import (
	"log"
	"time"
)

var load = func(string) error { time.Sleep(time.Hour); return nil }

var timeout = 10 * time.Millisecond

// Extra lists more services to probe; any caller may add to it.
var Extra []string

func init() {
	check := func(name string) {
		if !probe(name) {
			log.Printf("%s: no answer", name)
		}
	}
	check("index")
	check("store")
	each := func(name string) { _ = probeEach(name) }
	for _, name := range Extra {
		each(name)
	}
}

// probe runs twice per process, through check.
func probe(name string) bool {
	done := make(chan error)
	go func() { done <- load(name) }()
	select {
	case err := <-done:
		return err == nil
	case <-time.After(timeout):
		return false
	}
}

// probeEach runs once per entry of Extra, through each.
func probeEach(name string) bool {
	done := make(chan error)
	go func() { done <- load(name) }() // want `^goroutine may block forever sending on unbuffered channel done: probeEach stops receiving when .case <-time.After\(timeout\). wins$`
	select {
	case err := <-done:
		return err == nil
	case <-time.After(timeout):
		return false
	}
}
