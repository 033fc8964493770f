// Package closeonquit: a serving loop that leaves on its quit signal. Resizer's loop closes its request channel on
// the way out (case <-quit: close(resize); return): a request made after that panics on the closed channel, it does
// not wait forever (quiet). Keeper's loop just returns, and a later request waits forever (reported).
package closeonquit

// Resizer applies new sizes until it is closed.
type Resizer struct {
	resize chan int
	quit   chan struct{}
	size   int
}

// NewResizer starts the loop.
func NewResizer() *Resizer {
	r := &Resizer{resize: make(chan int), quit: make(chan struct{})}
	go r.loop()
	return r
}

func (r *Resizer) loop() {
	for {
		select {
		case n := <-r.resize:
			r.size = n
		case <-r.quit:
			close(r.resize)
			return
		}
	}
}

// Resize asks for a new size; after Close it panics.
func (r *Resizer) Resize(n int) { r.resize <- n }

// Close stops the loop.
func (r *Resizer) Close() { close(r.quit) }

// Keeper is Resizer without the close on the way out.
type Keeper struct {
	resize chan int
	quit   chan struct{}
	size   int
}

// NewKeeper starts the loop.
func NewKeeper() *Keeper {
	k := &Keeper{resize: make(chan int), quit: make(chan struct{})}
	go k.loop()
	return k
}

func (k *Keeper) loop() {
	for {
		select {
		case n := <-k.resize:
			k.size = n
		case <-k.quit: // related `the goroutine running Keeper.loop stops receiving from Keeper.resize here`
			return
		}
	}
}

// Resize asks for a new size; after Close it waits forever.
func (k *Keeper) Resize(n int) {
	k.resize <- n // want `^goroutine may block forever sending on unbuffered channel Keeper.resize: the goroutine running Keeper.loop stops receiving when .case <-k.quit. wins$`
}

// Close stops the loop.
func (k *Keeper) Close() { close(k.quit) }
