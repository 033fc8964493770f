// Package flagloop: a worker loop that runs on a flag (`for !stop`). When the flag is set only where the request
// channel was found closed, the loop ends only then, and a late request panics on the closed channel rather than
// block; when it is also set on a failure, a request after that failure blocks forever.
package flagloop

import "errors"

type processor struct {
	reqs    chan int
	flushes chan struct{}
	acks    chan struct{}
	done    chan struct{}
	total   int
}

func newProcessor() *processor {
	p := &processor{reqs: make(chan int), flushes: make(chan struct{}), acks: make(chan struct{}), done: make(chan struct{})}
	go p.work()
	return p
}

func (p *processor) work() {
	defer func() {
		close(p.acks)
		close(p.flushes)
		close(p.done)
	}()
	var stop bool
	for !stop {
		select {
		case r, open := <-p.reqs:
			if open {
				p.total += r
			} else {
				stop = true
			}
		case <-p.flushes:
			p.acks <- struct{}{}
		}
	}
}

// Add hands a request to the worker; after Close it panics on the closed channel, it never blocks.
func (p *processor) Add(r int) { p.reqs <- r }

// Flush waits for the worker to acknowledge; after Close the worker has closed flushes, so it panics instead.
func (p *processor) Flush() {
	p.flushes <- struct{}{}
	<-p.acks
}

func (p *processor) Close() {
	close(p.reqs)
	<-p.done
}

var errBad = errors.New("bad request")

// strict stops on a bad request as well: requests after it block forever.
type strict struct {
	reqs chan int
	errs []error
}

func newStrict() *strict {
	s := &strict{reqs: make(chan int)}
	go s.work()
	return s
}

func (s *strict) work() {
	stop := false
	for !stop {
		r, open := <-s.reqs
		if !open {
			stop = true
		} else if r < 0 {
			s.errs = append(s.errs, errBad)
			stop = true
		}
	}
}

func (s *strict) Add(r int) {
	s.reqs <- r // want "^goroutine may block forever sending on unbuffered channel strict.reqs: the goroutine running strict.work, its only receiver, can return first$"
}

// stepper takes one step per release and closes release once every step is done; a failed step returns before
// that defer is registered, so a later Next blocks forever.
type stepper struct {
	release chan struct{}
}

func newStepper(steps []bool) *stepper {
	s := &stepper{release: make(chan struct{})}
	go s.run(steps)
	return s
}

func (s *stepper) run(steps []bool) {
	for _, ok := range steps {
		<-s.release
		if !ok {
			return
		}
	}
	defer close(s.release)
}

func (s *stepper) Next() {
	s.release <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel stepper.release: the goroutine running stepper.run, its only receiver, can return first$"
}
