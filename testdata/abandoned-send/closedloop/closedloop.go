// Package closedloop: a serving loop that leaves only when its channel is closed (`ev, open := <-h.events; if !open
// { break }`) cannot strand a sender: a send after the close panics, it does not block (quiet). Bounded's loop also
// leaves on a value (a negative event): the events sent after it wait forever (reported).
package closedloop

import "sync/atomic"

type event struct{ v int64 }

// Handler adds up the events it is sent until its channel is closed.
type Handler struct {
	events chan event
	sum    int64
}

// NewHandler starts h's loop.
func NewHandler() *Handler {
	h := &Handler{events: make(chan event)}
	go func() {
		for {
			ev, open := <-h.events
			if !open {
				break
			}
			atomic.AddInt64(&h.sum, ev.v)
		}
	}()
	return h
}

// Handle sends v; the last event closes the channel: no more come.
func (h *Handler) Handle(v int64, last bool) {
	h.events <- event{v}
	if last {
		close(h.events)
	}
}

// Bounded is Handler with a loop that also stops at a negative event.
type Bounded struct {
	events chan event
	sum    int64
}

// NewBounded starts b's loop.
func NewBounded() *Bounded {
	b := &Bounded{events: make(chan event)}
	go func() {
		for {
			ev, open := <-b.events
			if !open || ev.v < 0 {
				break // related "^the goroutine in NewBounded stops receiving from Bounded.events here$"
			}
			atomic.AddInt64(&b.sum, ev.v)
		}
	}()
	return b
}

// Handle sends v.
func (b *Bounded) Handle(v int64) {
	b.events <- event{v} // want "^goroutine may block forever sending on unbuffered channel Bounded.events: the goroutine in NewBounded, its only receiver, can return first$"
}
