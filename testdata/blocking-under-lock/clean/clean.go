// Package clean: channel operations near mutexes that cannot deadlock. golint-chan must stay quiet.
package clean

import "sync"

// released unlocks before sending.
type released struct {
	mu      sync.Mutex
	updates chan int
	status  map[int]bool
}

func newReleased() *released {
	r := &released{updates: make(chan int), status: map[int]bool{}}
	go r.sync()
	return r
}

func (r *released) sync() {
	for id := range r.updates {
		r.mu.Lock()
		delete(r.status, id)
		r.mu.Unlock()
	}
}

func (r *released) Set(id int) {
	r.mu.Lock()
	r.status[id] = true
	r.mu.Unlock()
	r.updates <- id
}

// lockFree's receiver never takes the mutex.
type lockFree struct {
	mu      sync.Mutex
	updates chan int
	count   int
}

func newLockFree() *lockFree {
	l := &lockFree{updates: make(chan int)}
	go func() {
		for range l.updates {
		}
	}()
	return l
}

func (l *lockFree) Set() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.count++
	l.updates <- l.count
}

// readers hold read locks on both sides: they do not exclude each other.
type readers struct {
	mu   sync.RWMutex
	reqs chan int
	data map[int]int
}

func newReaders() *readers {
	r := &readers{reqs: make(chan int), data: map[int]int{1: 1}}
	go func() {
		for k := range r.reqs {
			r.mu.RLock()
			_ = r.data[k]
			r.mu.RUnlock()
		}
	}()
	return r
}

func (r *readers) Ask(k int) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	r.reqs <- k
}

// finisher's worker locks only after its last send, outside any loop: the send under the lock always meets it.
type finisher struct {
	mu    sync.Mutex
	out   chan int
	total int
}

func newFinisher() *finisher {
	f := &finisher{out: make(chan int)}
	go func() {
		f.out <- 1
		f.mu.Lock()
		f.total++
		f.mu.Unlock()
	}()
	return f
}

func (f *finisher) Take() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return <-f.out
}
