// Package localticker: a monitor's loop makes its own ticker (`t := time.NewTicker(d)`) and stops it on the way out
// (`defer t.Stop()`). That is time.Ticker's Stop, not the package's only method named Stop, which holds the
// monitor's mutex while it tells the loop to quit: the loop never takes that mutex (quiet). A loop that locks the
// mutex itself before it can take the quit signal deadlocks with Stop (reported).
package localticker

import (
	"sync"
	"time"
)

type monitor struct {
	mu    sync.Mutex
	quit  chan struct{}
	ticks int
}

func newMonitor(d time.Duration) *monitor {
	m := &monitor{quit: make(chan struct{})}
	go m.loop(d)
	return m
}

func (m *monitor) loop(d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			m.ticks++
		case <-m.quit:
			return
		}
	}
}

// Stop holds mu while it tells the loop to quit.
func (m *monitor) Stop() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.quit <- struct{}{}
}

type counter struct {
	mu    sync.Mutex
	quit  chan struct{}
	ticks int
}

func newCounter(d time.Duration) *counter {
	c := &counter{quit: make(chan struct{})}
	go c.loop(d)
	return c
}

// loop locks mu for every tick, so it may wait for mu while Halt holds it.
func (c *counter) loop(d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			c.mu.Lock() // related `the goroutine running counter.loop waits for c.mu here`
			c.ticks++
			c.mu.Unlock()
		case <-c.quit:
			return
		}
	}
}

// Halt holds mu while it tells the loop to quit.
func (c *counter) Halt() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.quit <- struct{}{} // want "^counter.Halt may block forever sending on unbuffered channel counter.quit while holding c.mu: the goroutine running counter.loop must lock c.mu before it can receive$"
}
