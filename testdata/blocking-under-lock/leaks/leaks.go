// Package leaks: channel operations made while holding a mutex that the only partner must lock first.
package leaks

import "sync"

// manager sends an update while holding mu; its sync loop locks mu between receives.
type manager struct {
	mu      sync.Mutex
	updates chan int
	status  map[int]bool
}

func newManager() *manager {
	m := &manager{updates: make(chan int), status: map[int]bool{}}
	go m.sync()
	return m
}

func (m *manager) sync() {
	for id := range m.updates {
		m.forget(id)
	}
}

func (m *manager) forget(id int) {
	m.mu.Lock() // related "the goroutine running manager.sync waits for m.mu here"
	defer m.mu.Unlock()
	delete(m.status, id)
}

func (m *manager) Set(id int) {
	m.mu.Lock() // related "m.mu is locked here"
	defer m.mu.Unlock()
	m.status[id] = true
	m.updates <- id // want "manager.Set may block forever sending on unbuffered channel manager.updates while holding m.mu: the goroutine running manager.sync must lock m.mu before it can receive"
}

// broadcasts waits for its worker to finish while holding the embedded mutex the worker needs.
type broadcasts struct {
	sync.Mutex
	updatec chan int
	donec   chan struct{}
	n       int
}

func newBroadcasts() *broadcasts {
	b := &broadcasts{updatec: make(chan int, 1), donec: make(chan struct{})}
	go func() {
		defer close(b.donec)
		for v := range b.updatec {
			b.add(v)
		}
	}()
	return b
}

func (b *broadcasts) add(v int) {
	b.Lock() // related "the goroutine in newBroadcasts waits for the mutex of b here"
	b.n += v
	b.Unlock()
}

func (b *broadcasts) stop() {
	b.Lock() // related "the mutex of b is locked here"
	defer b.Unlock()
	close(b.updatec)
	<-b.donec // want "broadcasts.stop may block forever receiving from unbuffered channel broadcasts.donec while holding the mutex of b: the goroutine in newBroadcasts must lock the mutex of b before it can send or close"
}
