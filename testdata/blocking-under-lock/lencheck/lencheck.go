// Package lencheck: a dispatcher that takes a job while holding the mutex its submitters need. Pool takes one only
// after len shows one queued, under the same hold of the mutex, and every receiver of the queue holds it: the job
// is still there and the receive does not wait (quiet). Lazy checks only for an idle worker, so with workers but no
// job it waits for one while holding the mutex that Submit must lock first (reported).
package lencheck

import "sync"

// Pool hands queued jobs to idle workers.
type Pool struct {
	mu     sync.Mutex
	cv     *sync.Cond
	jobs   chan int
	idle   []func(int)
	closed bool
}

// NewPool starts the dispatcher of a pool that queues up to n jobs.
func NewPool(n int) *Pool {
	p := &Pool{jobs: make(chan int, n)}
	p.cv = sync.NewCond(&p.mu)
	go p.dispatch()
	return p
}

func (p *Pool) dispatch() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		if p.closed {
			return
		}
		if len(p.idle) == 0 || len(p.jobs) == 0 {
			p.cv.Wait()
			continue
		}
		j := <-p.jobs
		w := p.idle[0]
		p.idle = p.idle[1:]
		go w(j)
	}
}

// Submit queues a job if there is room and wakes the dispatcher.
func (p *Pool) Submit(j int) bool {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return false
	}
	p.mu.Unlock()
	select {
	case p.jobs <- j:
	default:
		return false
	}
	p.mu.Lock()
	p.cv.Signal()
	p.mu.Unlock()
	return true
}

// Ready offers an idle worker.
func (p *Pool) Ready(w func(int)) {
	p.mu.Lock()
	p.idle = append(p.idle, w)
	p.cv.Signal()
	p.mu.Unlock()
}

// Close stops the dispatcher.
func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.cv.Broadcast()
	p.mu.Unlock()
}

// Lazy is Pool with a dispatcher that does not look at the queue before it takes from it.
type Lazy struct {
	mu     sync.Mutex
	cv     *sync.Cond
	jobs   chan int
	idle   []func(int)
	closed bool
}

// NewLazy starts the dispatcher of a lazy pool that queues up to n jobs.
func NewLazy(n int) *Lazy {
	p := &Lazy{jobs: make(chan int, n)}
	p.cv = sync.NewCond(&p.mu)
	go p.dispatch()
	return p
}

func (p *Lazy) dispatch() {
	p.mu.Lock() // related "p.mu is locked here"
	defer p.mu.Unlock()
	for {
		if p.closed {
			return
		}
		if len(p.idle) == 0 {
			p.cv.Wait()
			continue
		}
		j := <-p.jobs // want "the goroutine running Lazy.dispatch may block forever receiving from channel Lazy.jobs \\(capacity 4\\) while holding p.mu: the goroutine running Lazy.Submit must lock p.mu before it can send or close"
		w := p.idle[0]
		p.idle = p.idle[1:]
		go w(j)
	}
}

// Submit queues a job if there is room and wakes the dispatcher.
func (p *Lazy) Submit(j int) bool {
	p.mu.Lock() // related "Lazy.Submit waits for p.mu here"
	if p.closed {
		p.mu.Unlock()
		return false
	}
	p.mu.Unlock()
	select {
	case p.jobs <- j:
	default:
		return false
	}
	p.mu.Lock()
	p.cv.Signal()
	p.mu.Unlock()
	return true
}

// Ready offers an idle worker.
func (p *Lazy) Ready(w func(int)) {
	p.mu.Lock()
	p.idle = append(p.idle, w)
	p.cv.Signal()
	p.mu.Unlock()
}
