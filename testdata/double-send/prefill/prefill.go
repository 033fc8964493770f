// Package prefill: a buffered channel field filled past its capacity by the goroutine that made the value, before
// anything else holds the value to receive from it.
package prefill

// compactor wakes its worker through a buffer of one.
type compactor struct {
	wake chan struct{}
	runs int
}

func newCompactor() *compactor {
	return &compactor{wake: make(chan struct{}, 1)}
}

// Start signals once more, then starts the worker that would drain the signals.
func (c *compactor) Start(stop <-chan struct{}) {
	c.wake <- struct{}{} // want "compactor.Start blocks forever sending on channel compactor.wake of c \\(made in kick\\): its buffer of 1 is already full from one earlier send on this path, and nothing else holds c yet to receive"
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-c.wake:
				c.runs++
			}
		}
	}()
}

func kick(stop <-chan struct{}) {
	c := newCompactor()
	c.wake <- struct{}{} // related "this send fills the buffer of compactor.wake"
	c.Start(stop)
}

const slots = 2

// batch is built by a literal with a named constant buffer, and sent on three times in a row.
type batch[T any] struct {
	items chan T
}

func fill() {
	b := &batch[int]{items: make(chan int, slots)}
	b.items <- 1 // related "this send fills the buffer of batch.items"
	println("queued")
	b.items <- 2 // related "this send fills the buffer of batch.items"
	b.items <- 3 // want "fill blocks forever sending on channel batch.items of b \\(made in fill\\): its buffer of 2 is already full from 2 earlier sends on this path, and nothing else holds b yet to receive"
	go func() {
		for range b.items {
		}
	}()
}

// events is a value (not a pointer) whose constructor names a field before returning it; push has a value receiver.
type events struct {
	name string
	out  chan string
}

func newEvents(name string) events {
	e := events{out: make(chan string, 1)}
	e.name = name
	return e
}

func (e events) push(s string) {
	e.out <- e.name + s // want "events.push blocks forever sending on channel events.out of e \\(made in announce\\): its buffer of 1 is already full from one earlier send on this path, and nothing else holds e yet to receive"
}

func announce() {
	e := newEvents("a")
	e.push("1") // the first push fills the buffer
	e.push("2")
	go func() { println(<-e.out) }()
}
