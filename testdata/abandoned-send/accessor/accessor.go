// Package accessor: a channel in a field of a local struct value, received through a method that returns the field
// (`c := t.Chan()`). The value that method hands back is not followed, so the channel's receivers are unknown:
// nothing is reported (Workers). A value whose channel nobody takes (Forget) strands its sender (reported).
package accessor

// Ticker sends the number of workers a load test runs with.
type Ticker struct {
	C chan int
	N int
}

// Chan returns the channel the count comes on.
func (t *Ticker) Chan() <-chan int { return t.C }

// Run sends the count once.
func (t *Ticker) Run() {
	t.C <- t.N
}

// Announce sends the count once, as Run does.
func (t *Ticker) Announce() {
	t.C <- t.N // want `goroutine blocks forever sending on unbuffered channel t.C: nothing receives from it`
}

// Workers starts a ticker and takes its count through Chan.
func Workers(n int) int {
	t := &Ticker{C: make(chan int), N: n}
	c := t.Chan()
	go t.Run()
	return <-c
}

// Forget starts a ticker and never takes its count.
func Forget(n int) {
	t := &Ticker{C: make(chan int), N: n}
	go t.Announce()
}

// Feed hands the channel of its field out through an unexported getter and a helper: a field of the type, whose
// getters the field analysis judges (nothing is reported; a regression test for the return of such a field).
type Feed struct{ items chan int }

// NewFeed starts a feed that produces one item.
func NewFeed() *Feed {
	f := &Feed{items: make(chan int)}
	go f.fill()
	return f
}

func (f *Feed) fill() { f.items <- 1 }

func (f *Feed) stream() chan int { return f.items }

func streamOf(f *Feed) chan int { return f.items }

// First takes the item.
func (f *Feed) First() int { return <-f.stream() }

// Next takes the item through the helper.
func Next(f *Feed) int { return <-streamOf(f) }

// request carries the channel its reply comes on: the field is set from a local channel that Send returns to its
// caller (a regression test: following the value written into the field meets that return).
type request struct{ reply chan int }

// Server answers requests one at a time.
type Server struct{ reqs chan *request }

// NewServer starts a server that answers every request with 1.
func NewServer() *Server {
	s := &Server{reqs: make(chan *request)}
	go s.loop()
	return s
}

func (s *Server) loop() {
	for r := range s.reqs {
		s.answer(r)
	}
}

func (s *Server) answer(r *request) { r.reply <- 1 }

// Send asks and returns the channel the answer comes on.
func (s *Server) Send() chan int {
	reply := make(chan int, 1)
	s.reqs <- &request{reply: reply}
	return reply
}

// handler carries the channel its result goes to.
type handler struct{ out chan int }

func deliver(h handler) {
	go func() { h.out <- 1 }()
}

// Results makes the channel, hands it to deliver inside a handler and returns it: the caller receives from it, so
// the field's channel goes where it is not followed (quiet).
func Results() <-chan int {
	ch := make(chan int)
	deliver(handler{out: ch})
	return ch
}
