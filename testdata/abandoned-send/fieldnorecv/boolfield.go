package fieldnorecv

// pool serves submissions until its done channel is closed, but nothing closes done: Submit never blocks. Another
// type of the package has a bool field of the same name, set on values whose type golint-chan cannot tell
// (`j, ok := p.jobs[k]`): a field given `true` or negated with `!` is no channel, so it is not this one.
type pool struct {
	done   chan struct{}
	submit chan int
	jobs   map[int]*job
}

type job struct {
	done bool
	n    int
}

func newPool() *pool {
	p := &pool{done: make(chan struct{}), submit: make(chan int), jobs: map[int]*job{}}
	go p.run()
	return p
}

func (p *pool) run() {
	for {
		select {
		case <-p.done:
			return
		case n := <-p.submit:
			p.jobs[n] = &job{n: n}
		}
	}
}

// Submit hands the pool a job.
func (p *pool) Submit(n int) { p.submit <- n }

// finish marks a job done.
func (p *pool) finish(k int) bool {
	j, ok := p.jobs[k]
	if ok && !j.done {
		j.done = true
	}
	return ok
}

// stoppable is the same with a Stop that closes done: a Submit after Stop blocks forever.
type stoppable struct {
	done   chan struct{}
	submit chan int
	jobs   map[int]*job
}

func newStoppable() *stoppable {
	s := &stoppable{done: make(chan struct{}), submit: make(chan int), jobs: map[int]*job{}}
	go s.run()
	return s
}

func (s *stoppable) run() {
	for {
		select {
		case <-s.done:
			return
		case n := <-s.submit:
			s.jobs[n] = &job{n: n}
		}
	}
}

// Submit hands the pool a job.
func (s *stoppable) Submit(n int) {
	s.submit <- n // want "^goroutine may block forever sending on unbuffered channel stoppable.submit: the goroutine running stoppable.run stops receiving when `case <-s.done` wins$"
}

// Stop ends the pool.
func (s *stoppable) Stop() { close(s.done) }
