// Package fielddone: waiting on a channel held in a struct field that one goroutine closes (or sends on), when
// that goroutine can finish without doing it, or when nothing ever does.
package fielddone

import "sync"

// worker runs job until Stop; done tells Stop that the loop is over.
type worker struct {
	quit chan struct{}
	done chan struct{}
}

func start(job func() error) *worker {
	w := &worker{quit: make(chan struct{}), done: make(chan struct{})}
	go w.loop(job)
	return w
}

func (w *worker) loop(job func() error) {
	for {
		select {
		case <-w.quit:
			close(w.done)
			return
		default:
		}
		if err := job(); err != nil {
			return // related "the goroutine running worker.loop can finish here without sending on worker.done"
		}
	}
}

// Stop waits for done, which a failed job never closes.
func (w *worker) Stop() {
	close(w.quit)
	<-w.done // want "worker.Stop may block forever receiving from unbuffered channel worker.done: the goroutine running worker.loop can finish without sending on or closing it"
}

// deferred closes done on every way out: quiet.
type deferred struct {
	quit chan struct{}
	done chan struct{}
}

func startDeferred(job func() error) *deferred {
	d := &deferred{quit: make(chan struct{}), done: make(chan struct{})}
	go d.loop(job)
	return d
}

func (d *deferred) loop(job func() error) {
	defer close(d.done)
	for {
		select {
		case <-d.quit:
			return
		default:
		}
		if err := job(); err != nil {
			return
		}
	}
}

func (d *deferred) Stop() {
	close(d.quit)
	<-d.done
}

// gate is made but nothing ever opens it.
type gate struct {
	open chan struct{}
}

func newGate() *gate { return &gate{open: make(chan struct{})} }

func (g *gate) Wait() {
	<-g.open // want "gate.Wait blocks forever receiving from unbuffered channel gate.open: nothing sends on or closes it"
}

// opened has an Open method: quiet.
type opened struct {
	open chan struct{}
}

func newOpened() *opened { return &opened{open: make(chan struct{})} }

func (o *opened) Open() { close(o.open) }
func (o *opened) Wait() { <-o.open }

// group closes joined when its last goroutine ends; Start may start any number of them: quiet.
type group struct {
	mu     sync.Mutex
	n      int
	joined chan struct{}
}

func newGroup() *group { return &group{joined: make(chan struct{})} }

func (g *group) Start(fn func()) {
	g.mu.Lock()
	g.n++
	g.mu.Unlock()
	go func() {
		fn()
		g.mu.Lock()
		g.n--
		if g.n == 0 {
			close(g.joined)
		}
		g.mu.Unlock()
	}()
}

func (g *group) Wait() { <-g.joined }

// monitor's error channel comes from a call: someone else makes it and sends on it: quiet.
type monitor struct {
	events <-chan int
	errs   <-chan error
}

func subscribe() (<-chan int, <-chan error) {
	events, errs := make(chan int), make(chan error, 1)
	go func() {
		close(events)
		errs <- nil
	}()
	return events, errs
}

func watch() error {
	m := &monitor{}
	m.events, m.errs = subscribe()
	for range m.events {
	}
	return <-m.errs
}

// Pump doubles what it is fed until its feed is closed.
type Pump struct {
	feed chan int
	out  chan int
}

func NewPump() *Pump {
	p := &Pump{feed: make(chan int), out: make(chan int)}
	go p.run()
	return p
}

func (p *Pump) run() {
	for {
		v, ok := <-p.feed
		if !ok {
			return
		}
		p.out <- v * 2
	}
}

// Double: the goroutine leaves without sending only once the feed is closed, a value taken from a channel, which is
// run-time state the code does not show (and a feed closed before the send panics instead): quiet.
func (p *Pump) Double(v int) int {
	p.feed <- v
	return <-p.out
}

func (p *Pump) Close() { close(p.feed) }

type source interface{ Next() (int, error) }

// Poller is the same loop, fed by a call whose error ends it: a failure the code itself expects.
type Poller struct {
	src source
	out chan int
}

func NewPoller(src source) *Poller {
	p := &Poller{src: src, out: make(chan int)}
	go p.run()
	return p
}

func (p *Poller) run() {
	for {
		v, err := p.src.Next()
		if err != nil {
			return // related `the goroutine running Poller.run can finish here without sending on Poller.out`
		}
		p.out <- v
	}
}

// Get waits for a value the poller never sends once Next fails.
func (p *Poller) Get() int { return <-p.out } // want `^the goroutine running Poller.Get may block forever receiving from unbuffered channel Poller.out: the goroutine running Poller.run can finish without sending on or closing it$`
