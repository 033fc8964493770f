// Package structfield: the channel lives in a field of a local struct value, and a method started with
// `go w.run()` sends on it.
package structfield

import "time"

type prober struct {
	results chan bool
	probe   func() bool
}

func (p *prober) run() {
	p.results <- p.probe() // want "goroutine may block forever sending on unbuffered channel p.results: Healthy stops receiving when `case <-time.After\\(d\\)` wins"
}

// Healthy gives up on a slow probe after d.
func Healthy(probe func() bool, d time.Duration) bool {
	p := &prober{results: make(chan bool), probe: probe}
	go p.run()
	select {
	case ok := <-p.results:
		return ok
	case <-time.After(d): // related `Healthy stops receiving from p.results here`
		return false
	}
}

// HealthyBuffered: the same with room for the one result: quiet.
func HealthyBuffered(probe func() bool, d time.Duration) bool {
	p := &prober{results: make(chan bool, 1), probe: probe}
	go p.run()
	select {
	case ok := <-p.results:
		return ok
	case <-time.After(d):
		return false
	}
}

// Start hands the prober to the caller, who may receive later: the struct escapes, quiet.
func Start(probe func() bool) *prober {
	p := &prober{results: make(chan bool), probe: probe}
	go p.run()
	return p
}
