// Package nilstop: a loop that collects samples from a channel and leaves when it takes a nil from that same
// channel, driven by test code (nilstop_test.go). The one nil sent, once, is what makes it leave, so the loop is
// there to take it: quiet. A nil sent in a loop is sent again after the loop has gone.
package nilstop

import (
	"sync"
	"time"
)

type sample struct{ name string }

// collector counts the samples it is sent until it takes a nil.
type collector struct {
	samples chan *sample
	mu      sync.Mutex
	seen    map[string]int
}

func newCollector() *collector {
	c := &collector{samples: make(chan *sample), seen: map[string]int{}}
	go c.run()
	return c
}

func (c *collector) run() {
	expire := time.NewTicker(time.Minute)
	defer expire.Stop()
	for {
		select {
		case s, ok := <-c.samples:
			if s == nil || !ok {
				return
			}
			c.mu.Lock()
			c.seen[s.name]++
			c.mu.Unlock()
		case <-expire.C:
			c.mu.Lock()
			c.seen = map[string]int{}
			c.mu.Unlock()
		}
	}
}

// add can come after the loop has left (a caller that adds after the nil): reported with after-shutdown.
func (c *collector) add(name string) { c.samples <- &sample{name: name} } // want `^goroutine may block forever sending on unbuffered channel collector.samples: the goroutine running collector.run, its only receiver, can return first$`

// gauge is the same loop.
type gauge struct {
	samples chan *sample
	mu      sync.Mutex
	seen    map[string]int
}

func newGauge() *gauge {
	g := &gauge{samples: make(chan *sample), seen: map[string]int{}}
	go g.run()
	return g
}

func (g *gauge) run() {
	expire := time.NewTicker(time.Minute)
	defer expire.Stop()
	for {
		select {
		case s, ok := <-g.samples:
			if s == nil || !ok {
				return
			}
			g.mu.Lock()
			g.seen[s.name]++
			g.mu.Unlock()
		case <-expire.C:
			g.mu.Lock()
			g.seen = map[string]int{}
			g.mu.Unlock()
		}
	}
}

func (g *gauge) add(name string) { g.samples <- &sample{name: name} } // want `^goroutine may block forever sending on unbuffered channel gauge.samples: the goroutine running gauge.run, its only receiver, can return first$`
