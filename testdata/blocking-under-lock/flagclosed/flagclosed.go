// Package flagclosed: a one-shot result guarded by a flag. Want's flag is set only under its mutex, by the two
// functions that close the result channel under it too: Cancel, which receives only when the flag is set, finds the
// channel closed (holding a delivered value or empty) and never waits (quiet). Ask can also be marked done by Forget,
// which closes nothing: Cancel then waits for a value while holding the mutex that Deliver must lock (reported).
package flagclosed

import "sync"

// Want waits for one result, delivered or cancelled once.
type Want struct {
	mu     sync.Mutex
	done   bool
	result chan int
}

// NewWant makes a Want.
func NewWant() *Want { return &Want{result: make(chan int, 1)} }

// Deliver hands w its result unless it is done.
func (w *Want) Deliver(v int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		return false
	}
	w.done = true
	w.result <- v
	close(w.result)
	return true
}

// Cancel gives up on w, returning a result delivered already.
func (w *Want) Cancel() (int, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		v, ok := <-w.result
		return v, ok
	}
	close(w.result)
	w.done = true
	return 0, false
}

// Ask is Want with a Forget that marks it done without closing its result channel.
type Ask struct {
	mu     sync.Mutex
	done   bool
	result chan int
}

// NewAsk makes an Ask.
func NewAsk() *Ask { return &Ask{result: make(chan int, 1)} }

// Deliver hands a its result unless it is done.
func (a *Ask) Deliver(v int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done {
		return false
	}
	a.done = true
	a.result <- v
	close(a.result)
	return true
}

// Forget marks a done without a result.
func (a *Ask) Forget() {
	a.mu.Lock()
	a.done = true
	a.mu.Unlock()
}

// Cancel gives up on a, returning a result delivered already.
func (a *Ask) Cancel() (int, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done {
		v, ok := <-a.result // want `^the goroutine running Ask.Cancel may block forever receiving from channel Ask.result \(capacity 1\) while holding a.mu: Ask.Deliver must lock a.mu before it can send or close$`
		return v, ok
	}
	close(a.result)
	a.done = true
	return 0, false
}
