// Package feed delivers events on a channel it closes when stopped.
package feed

// Feed delivers events until Stop.
type Feed struct {
	events chan int
}

// New makes a Feed.
func New() *Feed { return &Feed{events: make(chan int)} }

// Events is the channel events come on; it is closed by Stop.
func (f *Feed) Events() <-chan int { return f.events }

// Publish delivers an event.
func (f *Feed) Publish(v int) { f.events <- v }

// Stop closes the channel.
func (f *Feed) Stop() { close(f.events) }
