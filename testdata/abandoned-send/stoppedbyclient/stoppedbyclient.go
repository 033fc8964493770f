// Package stoppedbyclient: workers whose only way out is a stop signal that the very goroutine handing them work
// sends. Pool's dispatcher stops its workers only as it leaves, after its last hand-over: no worker can be gone
// while the dispatcher hands it a job (quiet). Relay's forwarder stops its stage on a pause and goes on forwarding:
// the next value is sent to a stage that has returned (reported). A test that hands a worker of its own a job
// directly, and never stops it, is judged as the value's owner: the stop signal is not its way out.
package stoppedbyclient

// worker runs the jobs its dispatcher hands it until it is stopped.
type worker struct {
	idle chan *worker
	jobs chan func()
	stop chan struct{}
}

func (w *worker) start() {
	go func() {
		for {
			w.idle <- w
			select {
			case job := <-w.jobs:
				job()
			case <-w.stop:
				w.stop <- struct{}{}
				return
			}
		}
	}()
}

// Pool runs submitted jobs on a fixed number of workers.
type Pool struct {
	idle  chan *worker
	queue chan func()
	quit  chan struct{}
	done  chan struct{}
}

// NewPool starts n workers and the dispatcher that hands them jobs.
func NewPool(n int) *Pool {
	p := &Pool{idle: make(chan *worker, n), queue: make(chan func()), quit: make(chan struct{}), done: make(chan struct{})}
	for i := 0; i < n; i++ {
		w := &worker{idle: p.idle, jobs: make(chan func()), stop: make(chan struct{})}
		w.start()
	}
	go p.dispatch()
	return p
}

func (p *Pool) dispatch() {
	defer close(p.done)
	for {
		select {
		case job := <-p.queue:
			w := <-p.idle
			w.jobs <- job
		case <-p.quit:
			for i := 0; i < cap(p.idle); i++ {
				w := <-p.idle
				w.stop <- struct{}{}
				<-w.stop
			}
			return
		}
	}
}

// Submit hands job to the pool; false once the pool is closed.
func (p *Pool) Submit(job func()) bool {
	select {
	case p.queue <- job:
		return true
	case <-p.done:
		return false
	}
}

// Close stops every worker and the dispatcher.
func (p *Pool) Close() {
	close(p.quit)
	<-p.done
}

// stage handles the values its forwarder hands it until it is stopped.
type stage struct {
	in   chan int
	stop chan struct{}
	sum  int
}

func (s *stage) start() {
	go func() {
		for {
			select {
			case v := <-s.in:
				s.sum += v
			case <-s.stop: // related `the goroutine in stage.start stops receiving from stage.in here`
				return
			}
		}
	}()
}

// Relay forwards values to its stage; a pause stops the stage.
type Relay struct {
	s      *stage
	values chan int
	pause  chan struct{}
}

// NewRelay starts the stage and its forwarder.
func NewRelay() *Relay {
	r := &Relay{s: &stage{in: make(chan int), stop: make(chan struct{})}, values: make(chan int), pause: make(chan struct{})}
	r.s.start()
	go r.forward()
	return r
}

func (r *Relay) forward() {
	for {
		select {
		case v := <-r.values:
			r.s.in <- v // want "^goroutine may block forever sending on unbuffered channel stage.in: the goroutine in stage.start stops receiving when `case <-s.stop` wins$"
		case <-r.pause:
			r.s.stop <- struct{}{}
		}
	}
}
