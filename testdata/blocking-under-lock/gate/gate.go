// Package gate: a goroutine waits on a channel while holding a mutex; its partner first waits on another channel
// whose only sender must lock that same mutex. Three goroutines, each waiting for the next.
package gate

import "sync"

// listener pops notifications under its lock until stop is closed.
type listener struct {
	lock    sync.Mutex
	pending []int
}

func newListener() *listener { return &listener{} }

func (l *listener) pop(held chan<- struct{}, stop <-chan struct{}) {
	l.lock.Lock() // related "l.lock is locked here"
	defer l.lock.Unlock()
	close(held)
	for {
		l.pending = l.pending[:0]
		select {
		case <-stop: // want "the goroutine running listener.pop may block forever receiving from unbuffered channel stop while holding l.lock: before it can send or close, run waits on unbuffered channel locked, which only the goroutine in run sends on or closes after it locks l.lock"
			return
		}
	}
}

// run closes stop only when it returns, after waiting for a goroutine that needs the listener's lock.
func run() {
	l := newListener()
	stop := make(chan struct{})
	defer close(stop)
	held := make(chan struct{})
	go l.pop(held, stop)
	<-held
	locked := make(chan struct{})
	go func() {
		l.lock.Lock() // related "the goroutine in run waits for l.lock here"
		l.pending = append(l.pending, 1)
		l.lock.Unlock()
		close(locked)
	}()
	<-locked // related "run waits on unbuffered channel locked here"
}

// meter sends its reading while holding its lock; the reader first waits for a goroutine that needs the lock.
type meter struct {
	mu sync.RWMutex
	n  int
}

func (m *meter) report(held chan<- struct{}, out chan<- int) {
	m.mu.Lock() // related "m.mu is locked here"
	defer m.mu.Unlock()
	held <- struct{}{}
	out <- m.n // want "the goroutine running meter.report may block forever sending on unbuffered channel out while holding m.mu: before it can receive, read waits on unbuffered channel ready, which only the goroutine in read sends on or closes after it locks m.mu"
}

func read() int {
	m := &meter{}
	out := make(chan int)
	held := make(chan struct{})
	go m.report(held, out)
	<-held
	ready := make(chan bool)
	go func() {
		m.mu.RLock() // related "the goroutine in read waits for m.mu here"
		defer m.mu.RUnlock()
		ready <- m.n == 0
	}()
	zero := <-ready // related "read waits on unbuffered channel ready here"
	n := <-out
	if zero {
		return 0
	}
	return n
}
