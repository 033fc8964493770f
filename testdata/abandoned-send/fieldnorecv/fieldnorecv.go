// Package fieldnorecv: channels in unexported struct fields that no code of the package receives from. Code
// outside the package cannot reach an unexported field, so a send beyond the buffer blocks forever.
package fieldnorecv

// notifier was meant to have a listener; none was ever written.
type notifier struct {
	events chan string
}

func newNotifier() *notifier { return &notifier{events: make(chan string)} }

func (n *notifier) Notify(e string) {
	n.events <- e // want "goroutine blocks forever sending on unbuffered channel notifier.events: nothing receives from it"
}

// batcher fills a buffer of two in a loop: the third value blocks.
type batcher struct {
	out chan int
}

func newBatcher(size int) *batcher { return &batcher{out: make(chan int, size)} }

func (b *batcher) fill(n int) {
	for i := 0; i < n; i++ {
		b.out <- i // want "goroutine blocks forever sending on channel batcher.out \\(capacity 2\\): nothing receives from it"
	}
}

func startBatcher() *batcher {
	b := newBatcher(2)
	go b.fill(5)
	return b
}

// listened has a receiver method: quiet.
type listened struct {
	events chan string
}

func newListened() *listened { return &listened{events: make(chan string, 1)} }

func (l *listened) Notify(e string) { l.events <- e }
func (l *listened) Next() string    { return <-l.events }

// Exported fields can be received from by other packages: quiet.
type Public struct {
	Events chan string
}

func NewPublic() *Public { return &Public{Events: make(chan string)} }

func (p *Public) Notify(e string) { p.Events <- e }

// getter hands the channel out through a method: its callers receive.
type getter struct {
	c chan int
}

func newGetter() *getter { return &getter{c: make(chan int)} }

func (g *getter) produce() {
	for i := 0; i < 3; i++ {
		g.c <- i
	}
	close(g.c)
}

func (g *getter) values() <-chan int { return g.c }

func sum() int {
	g := newGetter()
	go g.produce()
	n := 0
	for v := range g.values() {
		n += v
	}
	return n
}

// aliased is received from through a local copy made before it was stored: quiet.
type aliased struct {
	in chan int
}

func newAliased() (*aliased, func() int) {
	in := make(chan int)
	return &aliased{in: in}, func() int { return <-in }
}

func (a *aliased) put(v int) { a.in <- v }
