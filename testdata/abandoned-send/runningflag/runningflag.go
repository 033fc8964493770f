// Package runningflag: a housekeeping timer whose loop takes messages on an unbuffered channel and leaves only on a
// stop message. Every send is made holding the timer's lock under `if t.running`, and the stop's send is followed at
// once by `t.running = false`; the flag is set only where the loop is started, holding the same lock. So the flag is
// true exactly while the loop runs, and every send is taken (quiet). A trigger that sends without asking the flag
// blocks forever once the timer is stopped (reported).
package runningflag

import (
	"sync"
	"time"
)

type action int

const (
	stop action = iota
	trigger
)

// Timer runs work every interval, or when triggered.
type Timer struct {
	interval time.Duration
	mu       sync.Mutex
	running  bool
	msg      chan action
}

// New makes a timer; Start runs it.
func New(interval time.Duration) *Timer {
	return &Timer{interval: interval, msg: make(chan action)}
}

// Start starts the loop, once.
func (t *Timer) Start(work func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.running {
		return
	}
	t.running = true
	go t.run(work)
}

func (t *Timer) run(work func()) {
	tick := time.NewTicker(t.interval)
	defer tick.Stop()
	for {
		select {
		case a := <-t.msg:
			switch a {
			case stop:
				return // related `the goroutine running Timer.run stops receiving from Timer.msg here`
			case trigger:
			}
		case <-tick.C:
		}
		work()
	}
}

// Trigger runs work now, if the timer runs.
func (t *Timer) Trigger() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.running {
		t.msg <- trigger
	}
}

// TriggerAnyway runs work now, without asking whether the timer still runs.
func (t *Timer) TriggerAnyway() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.msg <- trigger // want "^goroutine may block forever sending on unbuffered channel Timer.msg: the goroutine running Timer.run, its only receiver, can return first$"
}

// Stop stops the loop; work is not run after it returns.
func (t *Timer) Stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.running {
		t.msg <- stop
		t.running = false
	}
}

// TriggerAfter triggers the timer after d.
func (t *Timer) TriggerAfter(d time.Duration) {
	go func() {
		time.Sleep(d)
		t.Trigger()
	}()
}

// TriggerAnywayAfter triggers the timer after d, whether it still runs or not.
func (t *Timer) TriggerAnywayAfter(d time.Duration) {
	go func() {
		time.Sleep(d)
		t.TriggerAnyway()
	}()
}
