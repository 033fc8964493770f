// Package ownfieldmake: a listener goroutine signals on a one-slot field channel that nothing receives from, once,
// as it ends. When the goroutine gives the field a fresh channel itself before it signals
// (`w.ended = make(chan struct{}, 1)` as a statement of its body), its one send goes into its own empty buffer,
// however many listeners Start and Restart run one after the other (quiet; two at once would race on the field). When
// the constructor makes the channel once, the restarted listener's send finds the slot taken (reported).
package ownfieldmake

// Wrapper forwards what its input carries until the input is closed.
type Wrapper struct {
	ended chan struct{}
	seen  int
}

// Start runs a listener over in.
func (w *Wrapper) Start(in chan int) { go w.listen(in) }

// Restart runs a listener over a new input, once the last one has ended.
func (w *Wrapper) Restart(in chan int) { go w.listen(in) }

func (w *Wrapper) listen(in chan int) {
	w.ended = make(chan struct{}, 1)
	for range in {
		w.seen++
	}
	w.ended <- struct{}{}
}

// Relay is Wrapper with its channel made once, by its constructor.
type Relay struct {
	ended chan struct{}
	seen  int
}

// NewRelay makes a relay.
func NewRelay() *Relay { return &Relay{ended: make(chan struct{}, 1)} }

// Start runs a listener over in.
func (r *Relay) Start(in chan int) { go r.listen(in) }

// Restart runs a listener over a new input, once the last one has ended.
func (r *Relay) Restart(in chan int) { go r.listen(in) }

func (r *Relay) listen(in chan int) {
	for range in {
		r.seen++
	}
	r.ended <- struct{}{} // want `^goroutine blocks forever sending on channel Relay.ended \(capacity 1\): nothing receives from it$`
}
