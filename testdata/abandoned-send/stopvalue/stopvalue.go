// Package stopvalue: a loop that serves events from one channel and leaves on a stop event sent on that same
// channel. When every send of the stop event is followed by a close of the channel, a sender still waiting when
// the loop leaves panics; it does not block forever.
package stopvalue

type kind int

const (
	add kind = iota
	stop
)

type event struct {
	kind kind
	n    int
}

// Counter adds what it is sent until it is stopped.
type Counter struct {
	events chan event
	total  chan int
	sum    int
}

func NewCounter() *Counter {
	c := &Counter{events: make(chan event), total: make(chan int, 1)}
	go c.run()
	return c
}

func (c *Counter) run() {
	for {
		e := <-c.events
		switch e.kind {
		case add:
			c.sum += e.n
		case stop:
			c.total <- c.sum
			return
		}
	}
}

// Add: Stop closes the channel right after the stop event, so a late Add panics; it never blocks: quiet.
func (c *Counter) Add(n int) { c.events <- event{kind: add, n: n} }

// Stop sends the stop event and closes the channel right after.
func (c *Counter) Stop() int {
	c.events <- event{kind: stop}
	close(c.events)
	return <-c.total
}

// Gauge is the same loop, stopped without closing the channel.
type Gauge struct {
	events chan event
	total  chan int
	sum    int
}

func NewGauge() *Gauge {
	g := &Gauge{events: make(chan event), total: make(chan int, 1)}
	go g.run()
	return g
}

func (g *Gauge) run() {
	for {
		e := <-g.events
		switch e.kind {
		case add:
			g.sum += e.n
		case stop:
			g.total <- g.sum
			return // related `the goroutine running Gauge.run stops receiving from Gauge.events here`
		}
	}
}

// Add after Stop waits for a loop that has left.
func (g *Gauge) Add(n int) { g.events <- event{kind: add, n: n} } // want `^goroutine may block forever sending on unbuffered channel Gauge.events: the goroutine running Gauge.run, its only receiver, can return first$`

// Stop sends the stop event and leaves the channel open: a second Stop waits too.
func (g *Gauge) Stop() int {
	g.events <- event{kind: stop} // want `^goroutine may block forever sending on unbuffered channel Gauge.events: the goroutine running Gauge.run, its only receiver, can return first$`
	return <-g.total
}
