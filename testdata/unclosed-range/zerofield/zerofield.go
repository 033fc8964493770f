// Package zerofield: a server starts a pool of workers that range over a channel nothing closes, but only when an
// unexported field asks for workers; nothing in the package ever sets that field, so it is always zero, the guard
// always returns, and no pool is ever made (quiet). A pool whose size its constructor sets starts its workers, and
// they wait for a close that never comes (reported).
package zerofield

import (
	"sync"
	"sync/atomic"
)

// Server handles requests, in a pool of dispatchWorkers goroutines if that is above zero (it never is).
type Server struct {
	once            sync.Once
	dispatchWorkers int
	reqs            chan int
	handled         int64
}

// Serve handles r.
func (s *Server) Serve(r int) {
	s.once.Do(func() {
		workers := s.dispatchWorkers
		if workers <= 0 {
			return
		}
		workerC := make(chan int, workers)
		for i := 0; i < workers; i++ {
			go func() {
				for r := range workerC {
					atomic.AddInt64(&s.handled, int64(r))
				}
			}()
		}
		dispatchC := make(chan int)
		go forward(dispatchC, workerC)
		s.reqs = dispatchC
	})
	if s.reqs == nil {
		atomic.AddInt64(&s.handled, int64(r))
		return
	}
	s.reqs <- r
}

// forward hands what comes in on in to the workers, for as long as in is open.
func forward(in <-chan int, out chan<- int) {
	for r := range in {
		out <- r
	}
}

// Pool handles requests in size goroutines.
type Pool struct {
	once    sync.Once
	size    int
	reqs    chan int
	handled int64
}

// NewPool makes a pool of n workers.
func NewPool(n int) *Pool { return &Pool{size: n} }

// Serve handles r.
func (p *Pool) Serve(r int) {
	p.once.Do(func() {
		workers := p.size
		if workers <= 0 {
			return
		}
		workerC := make(chan int, workers) // related "workerC is made here \\(capacity unknown\\) and never closed"
		for i := 0; i < workers; i++ {
			go func() {
				for r := range workerC { // want "^the goroutine in Pool.Serve blocks forever in `for range workerC`: nothing closes channel workerC, so the loop never ends$"
					atomic.AddInt64(&p.handled, int64(r))
				}
			}()
		}
		dispatchC := make(chan int)
		go forward(dispatchC, workerC)
		p.reqs = dispatchC
	})
	if p.reqs == nil {
		atomic.AddInt64(&p.handled, int64(r))
		return
	}
	p.reqs <- r
}
