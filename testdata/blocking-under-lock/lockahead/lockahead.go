// Package lockahead: a broker's loop takes a read lock in its tick case, and again in its exit case after it
// has received the exit request and replied. Disconnect holds the write lock while it sends the request: if the
// loop is in its tick case, it waits for the lock and never receives. The lock it waits for is the tick case's;
// the exit case's runs only after the receive and the reply, and the loop returns after it, so a loop that locks
// only there cannot deadlock with Disconnect (quiet).
package lockahead

import (
	"sync"
	"time"
)

type broker struct {
	sync.RWMutex
	exit  chan chan error
	subs  map[string]int
	ticks int
}

func newBroker(tick <-chan time.Time) *broker {
	b := &broker{exit: make(chan chan error), subs: map[string]int{}}
	go b.run(tick)
	return b
}

func (b *broker) run(tick <-chan time.Time) {
	for {
		select {
		case <-tick:
			b.RLock() // related "the goroutine running broker.run waits for the mutex of b here"
			b.ticks += len(b.subs)
			b.RUnlock()
		case ch := <-b.exit:
			ch <- nil
			b.RLock()
			b.subs = nil
			b.RUnlock()
			return
		}
	}
}

func (b *broker) Disconnect() error {
	b.Lock() // related "the mutex of b is locked here"
	defer b.Unlock()
	ch := make(chan error)
	b.exit <- ch // want "^broker.Disconnect may block forever sending on unbuffered channel broker.exit while holding the mutex of b: the goroutine running broker.run must lock the mutex of b before it can receive$"
	return <-ch
}

// quietBroker locks only in its exit case, after the receive and the reply: quiet.
type quietBroker struct {
	sync.RWMutex
	exit  chan chan error
	subs  map[string]int
	ticks int
}

func newQuietBroker(tick <-chan time.Time) *quietBroker {
	b := &quietBroker{exit: make(chan chan error), subs: map[string]int{}}
	go b.run(tick)
	return b
}

func (b *quietBroker) run(tick <-chan time.Time) {
	for {
		select {
		case <-tick:
			b.ticks++
		case ch := <-b.exit:
			ch <- nil
			b.RLock()
			b.subs = nil
			b.RUnlock()
			return
		}
	}
}

func (b *quietBroker) Disconnect() error {
	b.Lock()
	defer b.Unlock()
	ch := make(chan error)
	b.exit <- ch
	return <-ch
}
