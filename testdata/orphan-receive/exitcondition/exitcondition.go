// Package exitcondition: a receiver waits for a goroutine that can exit early. Whether that exit can happen while
// the receiver waits depends on what decides it. orphan-receive reports an exit decided by an error check (a
// failure the code itself expects) or by the inputs; an exit decided by run-time state it cannot see, such as a
// flag returned by a call, is left alone.
package exitcondition

import "errors"

var errShutDown = errors.New("queue shut down")

// Queue hands out items until it is shut down.
type Queue struct{ items chan int }

func NewQueue() *Queue     { return &Queue{items: make(chan int, 16)} }
func (q *Queue) Add(v int) { q.items <- v }
func (q *Queue) ShutDown() { close(q.items) }
func (q *Queue) Len() int  { return len(q.items) }
func (q *Queue) Get() (int, bool) {
	v, ok := <-q.items
	return v, !ok
}
func (q *Queue) Next() (int, error) {
	v, ok := <-q.items
	if !ok {
		return 0, errShutDown
	}
	return v, nil
}

// StartAfterFirst: the worker exits early only when Get reports a shut-down queue, a flag the tool cannot
// reason about (the callers add an item first): quiet.
func StartAfterFirst(q *Queue) int {
	started := make(chan struct{})
	got := 0
	go func() {
		v, shutdown := q.Get()
		if shutdown {
			return
		}
		got = v
		close(started)
	}()
	<-started
	return got
}

// ForwardFirst: the worker exits early only when its input channel turns out closed, a value taken from a channel
// that the tool cannot reason about either (the callers feed it first): quiet.
func ForwardFirst(in chan int) int {
	out := make(chan int)
	go func() {
		v, ok := <-in
		if !ok {
			return
		}
		out <- v
	}()
	return <-out
}

// StartAfterNext: the same worker, but the early exit is an error path: when Next fails, nothing closes started.
func StartAfterNext(q *Queue) int {
	started := make(chan struct{})
	got := 0
	go func() {
		v, err := q.Next()
		if err != nil {
			return // related `the goroutine in StartAfterNext can finish here without sending on started`
		}
		got = v
		close(started)
	}()
	<-started // want `^StartAfterNext may block forever receiving from unbuffered channel started: the goroutine in StartAfterNext can finish without sending on or closing it$`
	return got
}

func half(done chan<- struct{}, work func()) {
	work()
	if done != nil {
		done <- struct{}{}
	}
}

// Halves runs one half in a goroutine that signals done, the other in place with a nil channel. The goroutine's
// send is skipped only when its channel is nil, and it was made: quiet.
func Halves(work func()) {
	done := make(chan struct{}, 1)
	go half(done, work)
	half(nil, work)
	<-done
}

func markThenWork(started chan struct{}, work func() error) error {
	if started != nil {
		close(started)
	}
	return work()
}

// MarkedByCallee: the goroutine's callee closes started unless it is nil, then works; the channel was made, so
// the skip never happens: quiet.
func MarkedByCallee(work func() error) {
	started := make(chan struct{})
	go func() {
		_ = markThenWork(started, work)
	}()
	<-started
}

func markIfWorked(started chan struct{}, work func() error) error {
	err := work()
	if started != nil && err == nil {
		close(started)
	}
	return err // related `markIfWorked \(run by the goroutine in MarkedAfterWork\) can finish here without sending on started`
}

// MarkedAfterWork: the same callee, but it closes started only when the work succeeded as well: when it fails,
// nothing closes started.
func MarkedAfterWork(work func() error) {
	started := make(chan struct{})
	go func() {
		_ = markIfWorked(started, work)
	}()
	<-started // want `^MarkedAfterWork may block forever receiving from unbuffered channel started: markIfWorked \(run by the goroutine in MarkedAfterWork\) can finish without sending on or closing it$`
}
