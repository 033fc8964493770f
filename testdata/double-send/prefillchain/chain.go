// Package prefillchain: a buffered channel field whose buffer is set by a method chain on the value, filled past
// its capacity by the goroutine that made the value, through methods (promoted ones too), constant loops and a
// switch on a field nothing sets, while the code the value is handed to never receives from it.
package prefillchain

import "sync/atomic"

const inboxSize = 4

type job int

// worker gets its inbox from a chain of methods: start → reset(inboxSize).
type worker struct {
	name  string
	inbox chan job
}

func newWorker() *worker {
	return &worker{name: "w"}
}

func (w *worker) start() {
	w.reset(inboxSize)
}

func (w *worker) reset(size int) {
	w.inbox = make(chan job, size)
}

func (w *worker) Submit(j job) {
	w.inbox <- j // want "worker.Submit blocks forever sending on channel worker.inbox of w \\(made in prime\\): its buffer of 4 is already full from 4 earlier sends on this path, and nothing else holds w yet to receive"
}

// Drain is the only receive; nothing in the package calls it.
func (w *worker) Drain() []job {
	var out []job
	for len(w.inbox) > 0 {
		out = append(out, <-w.inbox)
	}
	return out
}

// prime submits one job more than the inbox holds (`<=`), before anyone could drain it.
func prime() {
	w := newWorker()
	w.start()
	for i := 0; i <= inboxSize; i++ {
		w.Submit(job(i)) // related "the send is reached through this call on w"
	}
}

type state uint32

const (
	open state = iota
	closing
	closed
)

// mailbox is embedded by value in relay; post sends only while the state is open.
type mailbox struct {
	state uint32
	box   chan string
}

func (m *mailbox) setup(depth int) {
	m.box = make(chan string, depth)
}

func (m *mailbox) Post(s string) state {
	st := state(atomic.LoadUint32(&m.state))
	switch st {
	case open:
		m.box <- s // want "mailbox.Post blocks forever sending on channel mailbox.box of r \\(made in forward\\): its buffer of 2 is already full from 2 earlier sends on this path, and no code that r is handed to ever receives from it" "mailbox.Post blocks forever sending on channel mailbox.box of p \\(made in twice\\): its buffer of 1 is already full from one earlier send on this path, and nothing else holds p yet to receive"
	case closing, closed:
	}
	return st
}

// Close is the only code that changes the state or receives; nothing in the package calls it.
func (m *mailbox) Close() {
	atomic.StoreUint32(&m.state, uint32(closed))
	select {
	case <-m.box:
	default:
	}
}

type relay struct {
	mailbox
	hops int
}

const depth = 2

func (r *relay) init() {
	r.mailbox.setup(depth)
}

func (r *relay) launch(done chan<- struct{}) {
	go r.idle(done)
}

func (r *relay) idle(done chan<- struct{}) {
	r.hops++
	close(done)
}

// forward fills the box through the promoted Post, hands r to a goroutine that only posts and to launch, whose
// goroutine never touches the box, then posts again itself.
func forward(done chan<- struct{}) {
	r := &relay{}
	r.init()
	for i := 0; i < depth; i++ {
		r.Post("x")
	}
	go func() {
		r.Post("y")
	}()
	r.launch(done)
	r.mailbox.Post("z") // related "the send is reached through this call on r"
}

// pair embeds mailbox on one line and is a value, not a pointer; its setup reaches the embedded setup.
type pair struct{ mailbox }

func (p *pair) open(n int) {
	p.mailbox.setup(n)
}

func twice() {
	p := pair{}
	p.open(1)
	p.Post("a")
	p.mailbox.Post("b") // related "the send is reached through this call on p"
}
