// Package ownersend: code that owns a worker (makes it, starts it, stops it) sends requests straight on the
// worker's field. The worker's loop leaves on its own shutdown signal, which only the owner gives: the owner's
// sends come before that, in an order its code shows, so they cannot be stranded. A loop that can also leave for
// another reason (a failed request) can strand the owner's next send.
package ownersend

import (
	"context"
	"errors"
)

var errBad = errors.New("bad request")

type worker struct {
	reqs chan int
	quit chan struct{}
	done chan struct{}
}

func newWorker() *worker {
	w := &worker{reqs: make(chan int), quit: make(chan struct{}), done: make(chan struct{})}
	go w.loop()
	return w
}

func (w *worker) loop() {
	defer close(w.done)
	for {
		select {
		case r := <-w.reqs:
			_ = r
		case <-w.quit:
			return
		}
	}
}

func (w *worker) stop() {
	close(w.quit)
	<-w.done
}

// Drive sends two requests, then stops the worker: quiet.
func Drive() {
	w := newWorker()
	w.reqs <- 1
	w.reqs <- 2
	w.stop()
}

type checker struct {
	reqs chan int
	quit chan struct{}
}

func newChecker() *checker {
	c := &checker{reqs: make(chan int), quit: make(chan struct{})}
	go c.loop()
	return c
}

func (c *checker) loop() {
	for {
		select {
		case r := <-c.reqs:
			if r < 0 {
				return // related `the goroutine running checker.loop stops receiving from checker.reqs here`
			}
		case <-c.quit:
			return
		}
	}
}

// DriveChecker sends a bad request first: the loop returns, and the next send waits forever.
func DriveChecker(first int) {
	c := newChecker()
	c.reqs <- first
	c.reqs <- 2 // want "^goroutine may block forever sending on unbuffered channel checker.reqs: the goroutine running checker.loop, its only receiver, can return first$"
	close(c.quit)
}

type watcher struct {
	events chan int
}

func newWatcher(ctx context.Context) *watcher {
	w := &watcher{events: make(chan int)}
	go w.loop(ctx)
	return w
}

func (w *watcher) loop(ctx context.Context) {
	for {
		select {
		case e := <-w.events:
			_ = e
		case <-ctx.Done(): // related `the goroutine running watcher.loop stops receiving from watcher.events here`
			return
		}
	}
}

// Watch stops its watcher through a context it shares: whoever cancels ctx ends the loop at any time, so the
// owner's send can come after it.
func Watch(ctx context.Context, prepare func()) {
	w := newWatcher(ctx)
	prepare()
	w.events <- 1 // want "^goroutine may block forever sending on unbuffered channel watcher.events: the goroutine running watcher.loop stops receiving when `case <-ctx.Done\\(\\)` wins$"
}
