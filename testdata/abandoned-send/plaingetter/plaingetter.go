// Package plaingetter: channel fields handed out by unexported getters, in a file with no go statement. Crate's getter
// is called (Take receives through it): Put is received (quiet). Box's getter has the same name, but every call of
// that name is on a Crate: nothing receives what Box's Put sends (reported).
package plaingetter

// Crate hands out what is put in it.
type Crate struct{ items chan int }

// NewCrate makes a Crate.
func NewCrate() *Crate { return &Crate{items: make(chan int)} }

func (c *Crate) next() <-chan int { return c.items }

// Put hands v to Take.
func (c *Crate) Put(v int) { c.items <- v }

// Take receives one value put in c.
func Take(c *Crate) int { return <-c.next() }

// Box is a Crate whose getter nothing calls.
type Box struct{ stock chan int }

// NewBox makes a Box.
func NewBox() *Box { return &Box{stock: make(chan int)} }

func (b *Box) next() <-chan int { return b.stock }

// Put hands v to nobody.
func (b *Box) Put(v int) {
	b.stock <- v // want `^goroutine blocks forever sending on unbuffered channel Box.stock: nothing receives from it$`
}
