// Package quithandshake: a stats collector whose Close sends it a reply channel and waits for the answer. Meter's
// loop can end on a stats error, and then still takes Close's request (`if errc == nil { errc = <-m.quit }`): Close
// is always answered (quiet). Gauge's loop returns on a stats error instead: a Close after that waits forever
// (reported).
package quithandshake

import "time"

// Meter counts successful stats reads until it is closed.
type Meter struct {
	quit  chan chan error
	stats func() error
	n     int
}

// NewMeter starts the collector.
func NewMeter(stats func() error, refresh time.Duration) *Meter {
	m := &Meter{quit: make(chan chan error), stats: stats}
	go m.run(refresh)
	return m
}

func (m *Meter) run(refresh time.Duration) {
	var (
		errc chan error
		err  error
	)
loop:
	for {
		if err = m.stats(); err != nil {
			break
		}
		m.n++
		select {
		case errc = <-m.quit:
			break loop
		case <-time.After(refresh):
		}
	}
	if errc == nil {
		errc = <-m.quit
	}
	errc <- err
}

// Close stops the collector and returns the stats error that ended it, if any.
func (m *Meter) Close() error {
	errc := make(chan error)
	m.quit <- errc
	return <-errc
}

// Gauge is Meter whose loop returns on a stats error without waiting for Close.
type Gauge struct {
	quit  chan chan error
	stats func() error
	n     int
}

// NewGauge starts the collector.
func NewGauge(stats func() error, refresh time.Duration) *Gauge {
	g := &Gauge{quit: make(chan chan error), stats: stats}
	go g.run(refresh)
	return g
}

func (g *Gauge) run(refresh time.Duration) {
	var errc chan error
	for {
		if err := g.stats(); err != nil {
			return // related `the goroutine running Gauge.run stops receiving from Gauge.quit here`
		}
		g.n++
		select {
		case errc = <-g.quit:
			errc <- nil
			return
		case <-time.After(refresh):
		}
	}
}

// Close stops the collector.
func (g *Gauge) Close() error {
	errc := make(chan error)
	g.quit <- errc // want `^goroutine may block forever sending on unbuffered channel Gauge.quit: the goroutine running Gauge.run, its only receiver, can return first$`
	return <-errc
}
