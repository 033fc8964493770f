// Package handedover holds writers whose tasks carry the channel their result comes back on: a worker gets that
// channel only by receiving the task, so a worker that leaves before it takes one was never its sender.
package handedover

import (
	"errors"
	"sync/atomic"
)

type task struct {
	f    func() error
	wait chan error
}

// Writer runs tasks one at a time, on one worker goroutine at a time.
type Writer struct {
	todo    chan task
	running atomic.Bool
}

// NewWriter makes a Writer.
func NewWriter() *Writer { return &Writer{todo: make(chan task)} }

// Do hands f to the running worker (starting one if none runs) and waits for its result.
func (w *Writer) Do(f func() error) error {
	if !w.running.Load() {
		go w.run()
	}
	t := task{f: f, wait: make(chan error, 1)}
	w.todo <- t
	return <-t.wait
}

// run serves tasks. A second worker started while one runs leaves at once, before it takes a task: the task goes to
// the worker that runs, which answers every task it takes.
func (w *Writer) run() {
	if !w.running.CompareAndSwap(false, true) {
		return
	}
	defer w.running.Store(false)
	for t := range w.todo {
		t.wait <- t.f()
		close(t.wait)
	}
}

// lossyTask is a task of a Lossy writer.
type lossyTask struct {
	fn    func() error
	reply chan error
}

// Lossy is a Writer whose worker drops a task without a function: it took the task, and leaves without answering.
type Lossy struct {
	queue   chan lossyTask
	closed  chan struct{}
	running atomic.Bool
}

// NewLossy makes a Lossy.
func NewLossy() *Lossy { return &Lossy{queue: make(chan lossyTask), closed: make(chan struct{})} }

// Close makes Do refuse new tasks.
func (w *Lossy) Close() { close(w.closed) }

// Do is Writer.Do, but gives up handing the task over once the writer is closed.
func (w *Lossy) Do(f func() error) error {
	if !w.running.Load() {
		go w.run()
	}
	t := lossyTask{fn: f, reply: make(chan error, 1)}
	select {
	case w.queue <- t:
	case <-w.closed:
		return errors.New("closed")
	}
	return <-t.reply // want `Lossy.Do may block forever receiving from channel lossyTask.reply \(capacity 1\): the goroutine running Lossy.run can finish without sending on or closing it`
}

func (w *Lossy) run() {
	if !w.running.CompareAndSwap(false, true) {
		return
	}
	defer w.running.Store(false)
	for {
		t := <-w.queue
		if t.fn == nil {
			return // related `the goroutine running Lossy.run can finish here without sending on lossyTask.reply`
		}
		t.reply <- t.fn()
		close(t.reply)
	}
}
