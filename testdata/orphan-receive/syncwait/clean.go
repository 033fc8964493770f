package syncwait

import "sync"

// jobs calls Done in a deferred call: quiet.
type jobs struct {
	running sync.WaitGroup
}

func (j *jobs) Go(f func()) {
	j.running.Add(1)
	go func() {
		defer j.running.Done()
		f()
	}()
}

func (j *jobs) Wait() { j.running.Wait() }

// valued hands Done out as a method value: quiet.
type valued struct {
	wg sync.WaitGroup
}

func (v *valued) Start() func() {
	v.wg.Add(1)
	return v.wg.Done
}

func (v *valued) Wait() { v.wg.Wait() }

// lent lends its WaitGroup to a helper that calls Done: quiet.
type lent struct {
	ops sync.WaitGroup
}

func finish(wg *sync.WaitGroup) { wg.Done() }

func (l *lent) Run() {
	l.ops.Add(1)
	go finish(&l.ops)
	l.ops.Wait()
}

// negative takes a task back with Add(-1): quiet.
type negative struct {
	n sync.WaitGroup
}

func (g *negative) Run() {
	g.n.Add(1)
	g.n.Add(-1)
	g.n.Wait()
}

// counted adds a number golint-chan cannot read (it may be zero): quiet.
type counted struct {
	some sync.WaitGroup
}

func (c *counted) Run(n int) {
	c.some.Add(n)
	c.some.Wait()
}

// Exported is an exported field: code of other packages may call Done on it: quiet (Run blocks unless one does).
type Exported struct {
	Group sync.WaitGroup
}

func (e *Exported) Run() {
	e.Group.Add(1)
	e.Group.Wait()
}

// The field name both is declared by two structs and the other one calls Done: without types, which `.both` is
// which is unknown, so both are left alone (a known limitation: sharedA.Run does block forever).
type sharedA struct{ both sync.WaitGroup }
type sharedB struct{ both sync.WaitGroup }

func (a *sharedA) Run() {
	a.both.Add(1)
	a.both.Wait()
}

func (b *sharedB) Run() {
	b.both.Add(1)
	go b.both.Done()
	b.both.Wait()
}

// queue waits on a field the other goroutines change: quiet.
type queue struct {
	mu    sync.Mutex
	cv    *sync.Cond
	items []int
}

func newQueue() *queue {
	q := &queue{}
	q.cv = sync.NewCond(&q.mu)
	return q
}

func (q *queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cv.Signal()
}

func (q *queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cv.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

// flagged waits on a local that a closure sets: quiet.
func flagged(wake func(func())) {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	done := false
	wake(func() {
		mu.Lock()
		done = true
		mu.Unlock()
		c.Broadcast()
	})
	mu.Lock()
	for !done {
		c.Wait()
	}
	mu.Unlock()
}

// leaves breaks out of its loop: quiet.
func (w *watcher) WaitOnce() {
	w.mu.Lock()
	defer w.mu.Unlock()
	waiting := true
	for waiting {
		w.cv.Wait()
		break
	}
}

// notCond's Wait is not a condition variable's: quiet.
type gate struct{ open chan struct{} }

func (g *gate) Wait() { <-g.open }

func (g *gate) Open() { close(g.open) }

func waitGate(g *gate, closed bool) {
	for !closed {
		g.Wait()
	}
}

// split calls Done only in done.go, a file with no channel and no goroutine: quiet.
type split struct {
	parts sync.WaitGroup
}

func (s *split) Run(f func()) {
	s.parts.Add(1)
	go func() {
		defer s.finish()
		f()
	}()
	s.parts.Wait()
}

// valve waits on whichever of its flags a pointer points to; open sets the flag and wakes it: quiet.
type valve struct {
	mu     sync.Mutex
	cv     *sync.Cond
	inOpen bool
}

func newValve() *valve {
	v := &valve{}
	v.cv = sync.NewCond(&v.mu)
	return v
}

func (v *valve) open() {
	v.mu.Lock()
	v.inOpen = true
	v.mu.Unlock()
	v.cv.Broadcast()
}

func (v *valve) await(flag *bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for !*flag {
		v.cv.Wait()
	}
}

func (v *valve) In() { v.await(&v.inOpen) }
