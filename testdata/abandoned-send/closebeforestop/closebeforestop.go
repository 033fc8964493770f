// Package closebeforestop (and closeafterstop.go: a Close that closes the request channel after stopping the loop,
// with no return in between): a serving loop that leaves only on its stop channel, whose Stop closes the request
// channel first (`close(t.reset); close(t.stop)`): by the time the loop can leave, a late Reset panics, and one
// already waiting is woken by the close and panics too; none blocks forever (quiet). Pacer's Stop closes only its
// stop channel: a Reset after it waits forever (reported).
package closebeforestop

import "sync/atomic"

// Ticker counts resets until it is stopped.
type Ticker struct {
	stop   chan struct{}
	reset  chan struct{}
	resets int64
}

// NewTicker starts t's loop.
func NewTicker() *Ticker {
	t := &Ticker{stop: make(chan struct{}), reset: make(chan struct{})}
	go func() {
		for {
			select {
			case <-t.stop:
				return
			case <-t.reset:
				atomic.AddInt64(&t.resets, 1)
			}
		}
	}()
	return t
}

// Stop ends t's loop; Reset must not be called after it (it panics).
func (t *Ticker) Stop() {
	close(t.reset)
	close(t.stop)
}

// Reset asks the loop to start over.
func (t *Ticker) Reset() { t.reset <- struct{}{} }

// Pacer is Ticker with a Stop that leaves the request channel open.
type Pacer struct {
	stop  chan struct{}
	reset chan struct{}
	n     int64
}

// NewPacer starts p's loop.
func NewPacer() *Pacer {
	p := &Pacer{stop: make(chan struct{}), reset: make(chan struct{})}
	go func() {
		for {
			select {
			case <-p.stop: // related "^the goroutine in NewPacer stops receiving from Pacer.reset here$"
				return
			case <-p.reset:
				atomic.AddInt64(&p.n, 1)
			}
		}
	}()
	return p
}

// Stop ends p's loop.
func (p *Pacer) Stop() { close(p.stop) }

// Reset asks the loop to start over.
func (p *Pacer) Reset() {
	p.reset <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel Pacer.reset: the goroutine in NewPacer stops receiving when `case <-p.stop` wins$"
}
