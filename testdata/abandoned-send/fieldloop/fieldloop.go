// Package fieldloop: requests sent on a channel held in a struct field, served by an event loop that a method
// starts with go. Once the loop has returned, a plain send on the field blocks forever.
package fieldloop

import "context"

// server answers requests on its loop until Close.
type server struct {
	reqs chan int
	stop chan struct{}
	done chan struct{}
	sum  int
}

func newServer() *server {
	s := &server{reqs: make(chan int), stop: make(chan struct{}), done: make(chan struct{})}
	go s.run()
	return s
}

func (s *server) run() {
	defer close(s.done)
	for {
		select {
		case r := <-s.reqs:
			s.sum += r
		case <-s.stop: // related "the goroutine running server.run stops receiving from server.reqs here"
			return
		}
	}
}

// Submit hands r to the loop; it blocks forever once Close has stopped it.
func (s *server) Submit(r int) {
	s.reqs <- r // want "goroutine may block forever sending on unbuffered channel server.reqs: the goroutine running server.run stops receiving when `case <-s.stop` wins"
}

// Close stops the loop and waits for it: done is closed on every way out of run, so this never blocks.
func (s *server) Close() {
	close(s.stop)
	<-s.done
}

// guarded selects on the loop's stop signal too: a request after Close is dropped, not stuck.
type guarded struct {
	reqs chan int
	stop chan struct{}
}

func newGuarded() *guarded {
	g := &guarded{reqs: make(chan int), stop: make(chan struct{})}
	go g.run()
	return g
}

func (g *guarded) run() {
	for {
		select {
		case <-g.reqs:
		case <-g.stop:
			return
		}
	}
}

func (g *guarded) Submit(r int) bool {
	select {
	case g.reqs <- r:
		return true
	case <-g.stop:
		return false
	}
}

func (g *guarded) Close() { close(g.stop) }

// forever's loop never returns: a send always finds it.
type forever struct {
	reqs chan int
}

func newForever() *forever {
	f := &forever{reqs: make(chan int)}
	go func() { f.loop() }()
	return f
}

func (f *forever) loop() {
	for r := range f.reqs {
		_ = r
	}
}

func (f *forever) Submit(r int) { f.reqs <- r }

// watcher's loop is bound to a context and started by a literal: the same leak once ctx is cancelled. The
// receiver is a value, not a pointer.
type watcher struct {
	events chan string
}

func watch(ctx context.Context) watcher {
	w := watcher{events: make(chan string)}
	go func() {
		w.loop(ctx)
	}()
	return w
}

func (w watcher) loop(ctx context.Context) {
	for {
		select {
		case e := <-w.events:
			_ = e
		case <-ctx.Done(): // related "stops receiving"
			return
		}
	}
}

func (w watcher) Publish(e string) {
	w.events <- e // want "goroutine may block forever sending on unbuffered channel watcher.events: the goroutine running watcher.loop stops receiving when `case <-ctx.Done\\(\\)` wins"
}

// queue[T] is generic; its loop returns on the first failed item.
type queue[T any] struct {
	items chan T
}

func newQueue[T any](handle func(T) error) *queue[T] {
	q := &queue[T]{items: make(chan T)}
	go q.drain(handle)
	return q
}

func (q *queue[T]) drain(handle func(T) error) {
	for {
		it := <-q.items
		if err := handle(it); err != nil {
			return // related "stops receiving"
		}
	}
}

func (q *queue[T]) Put(it T) {
	q.items <- it // want "goroutine may block forever sending on unbuffered channel queue.items: the goroutine running queue.drain, its only receiver, can return first"
}

// pool's loop ends when the quit receive hands it a reply channel (`for errc == nil`): its own shutdown.
type pool struct {
	jobs chan int
	quit chan chan error
}

func newPool() *pool {
	p := &pool{jobs: make(chan int), quit: make(chan chan error)}
	go p.loop()
	return p
}

func (p *pool) loop() {
	var errc chan error
	for errc == nil {
		select {
		case <-p.jobs:
		case errc = <-p.quit:
		}
	}
	errc <- nil
}

func (p *pool) Close() error {
	errc := make(chan error)
	p.quit <- errc
	return <-errc
}

// tracker counts handlers; on quit it drains the ones still running before it returns: quiet.
type tracker struct {
	started chan struct{}
	done    chan struct{}
	quit    chan struct{}
}

func newTracker() *tracker {
	t := &tracker{started: make(chan struct{}), done: make(chan struct{}), quit: make(chan struct{})}
	go t.run()
	return t
}

func (t *tracker) run() {
	active := 0
	for {
		select {
		case <-t.started:
			active++
		case <-t.done:
			active--
		case <-t.quit:
			for ; active > 0; active-- {
				<-t.done
			}
			return
		}
	}
}

func (t *tracker) begin() bool {
	select {
	case t.started <- struct{}{}:
		return true
	case <-t.quit:
		return false
	}
}

func (t *tracker) end() { t.done <- struct{}{} }

// feed's loop leaves when items is closed: a send after that panics, it does not block: quiet.
type feed struct {
	items chan int
	total int
}

func newFeed() *feed {
	f := &feed{items: make(chan int)}
	go f.consume()
	return f
}

func (f *feed) consume() {
	for {
		v, ok := <-f.items
		if !ok {
			return
		}
		f.total += v
	}
}

func (f *feed) Put(v int) { f.items <- v }

// hub leaves its loop on quit, then keeps receiving until every peer has said goodbye: quiet.
type hub struct {
	del  chan int
	quit chan struct{}
}

func newHub(ids ...int) *hub {
	h := &hub{del: make(chan int), quit: make(chan struct{})}
	peers := map[int]bool{}
	for _, id := range ids {
		peers[id] = true
	}
	go h.run(peers)
	return h
}

func (h *hub) run(peers map[int]bool) {
running:
	for {
		select {
		case <-h.quit:
			break running
		case id := <-h.del:
			delete(peers, id)
		}
	}
	for len(peers) > 0 {
		delete(peers, <-h.del)
	}
}

func (h *hub) leave(id int) { h.del <- id }
