// Package syncwait: waits on a sync.WaitGroup that nothing in the package calls Done on, and condition-variable
// waits in a loop whose condition nothing can change. Both block forever once reached.
package syncwait

import "sync"

// tasks counts running tasks in pending, but nothing ever marks one finished.
type tasks struct {
	mu      sync.Mutex
	pending sync.WaitGroup
}

func (t *tasks) Begin() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pending.Add(1) // related "t.pending is added to here"
}

// Drain waits for the tasks under the lock.
func (t *tasks) Drain() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pending.Wait() // want "tasks.Drain blocks forever waiting on WaitGroup t.pending once it has been added to: nothing in the package calls t.pending.Done"
}

// inner's group is reached through an embedding struct, and waited on in a goroutine.
type inner struct {
	group sync.WaitGroup
}

type outer struct {
	inner
	name string
}

func newOuter() *outer {
	o := &outer{name: "o"}
	(o.group).Add(2)
	return o
}

func (o *outer) WaitAsync() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		o.inner.group.Wait() // want "the goroutine in outer.WaitAsync blocks forever waiting on WaitGroup o.inner.group once it has been added to: nothing in the package calls o.inner.group.Done"
		close(done)
	}()
	return done
}

// batch is generic; its Wait is reached through a function, not a method.
type batch[T any] struct {
	items []T
	flush sync.WaitGroup
}

func (b *batch[T]) Push(v T) {
	b.items = append(b.items, v)
	b.flush.Add(0x1)
}

func waitBatch[T any](b *batch[T]) []T {
	b.flush.Wait() // want "waitBatch blocks forever waiting on WaitGroup b.flush once it has been added to: nothing in the package calls b.flush.Done"
	return b.items
}

// watcher removes a watch and waits until it is told the watch is gone; the loop reads a local nothing changes.
type watcher struct {
	mu sync.Mutex
	cv *sync.Cond
}

func newWatcher() *watcher {
	w := &watcher{}
	w.cv = sync.NewCond(&w.mu)
	return w
}

func (w *watcher) Notify() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.cv.Broadcast()
}

func (w *watcher) Remove() {
	w.mu.Lock()
	defer w.mu.Unlock()
	exists := true
	for exists { // related "this loop condition never changes"
		w.cv.Wait() // want "watcher.Remove waits on condition variable w.cv forever: nothing changes the loop condition, so no Signal or Broadcast can end the loop"
	}
}

// awaitReady's condition is a parameter, negated; the cond is a local made by sync.NewCond.
func awaitReady(ready bool, wake <-chan struct{}) {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	go func() {
		for range wake {
			c.Signal()
		}
	}()
	mu.Lock()
	for !ready && (true) {
		c.Wait() // want "awaitReady waits on condition variable c forever: nothing changes the loop condition, so no Signal or Broadcast can end the loop"
	}
	mu.Unlock()
}
