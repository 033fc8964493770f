package closebeforestop

import "sync/atomic"

// Wheel stops its loop with a handshake on stop and then closes its request channel: an Add already waiting
// is woken by the close and panics, a later one panics at once; none blocks forever (quiet).
type Wheel struct {
	stop    chan struct{}
	updates chan int
	added   int64
}

// NewWheel starts w's loop.
func NewWheel() *Wheel {
	w := &Wheel{stop: make(chan struct{}), updates: make(chan int)}
	go w.tick()
	return w
}

func (w *Wheel) tick() {
	for {
		select {
		case <-w.stop:
			w.stop <- struct{}{}
			return
		case n := <-w.updates:
			atomic.AddInt64(&w.added, int64(n))
		}
	}
}

// Add hands the wheel a value.
func (w *Wheel) Add(n int) { w.updates <- n }

// Close stops the loop, waits for it, and closes updates.
func (w *Wheel) Close() {
	w.stop <- struct{}{}
	<-w.stop
	close(w.updates)
}

// Dial is the same, but its Close can leave before closing updates when flushing fails: an Add after that
// waits forever (reported).
type Dial struct {
	stop    chan struct{}
	updates chan int
	added   int64
}

// NewDial starts d's loop.
func NewDial() *Dial {
	d := &Dial{stop: make(chan struct{}), updates: make(chan int)}
	go d.tick()
	return d
}

func (d *Dial) tick() {
	for {
		select {
		case <-d.stop:
			d.stop <- struct{}{}
			return
		case n := <-d.updates:
			atomic.AddInt64(&d.added, int64(n))
		}
	}
}

// Add hands the dial a value.
func (d *Dial) Add(n int) {
	d.updates <- n // want "^goroutine may block forever sending on unbuffered channel Dial.updates: the goroutine running Dial.tick stops receiving when `case <-d.stop` wins$"
}

// Close stops the loop, waits for it, flushes, and closes updates unless the flush failed.
func (d *Dial) Close(flush func() error) error {
	d.stop <- struct{}{}
	<-d.stop
	if err := flush(); err != nil {
		return err
	}
	close(d.updates)
	return nil
}
