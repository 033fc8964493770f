// Package resubscribe: a watcher runs a subscription goroutine that forwards events and, when its stream fails,
// reports the failure and returns; the watcher's loop starts a new one only in the case that took that report. One
// subscription runs at a time, so a stop strands that one: one goroutine, blocked on either channel (reported so,
// not as two senders; testdata/ncast-leak/resubscribe has the subscription that goes on after reporting).
package resubscribe

import "sync/atomic"

// Source yields a stream of events until it fails.
type Source interface{ Next() (int, error) }

// Watcher counts the events of its current subscription.
type Watcher struct {
	subscribe func() (Source, error)
	seen      int64
}

// Run resubscribes whenever the current subscription reports a failure, until stopped.
func (w *Watcher) Run(stop <-chan struct{}) {
	events := make(chan int)
	resub := make(chan error)
	go w.follow(resub, events)
	for {
		select {
		case <-events:
			atomic.AddInt64(&w.seen, 1)
		case <-resub:
			go w.follow(resub, events)
		case <-stop: // related `Watcher.Run stops receiving from resub here`
			return
		}
	}
}

// follow forwards the events of one subscription; on a failure it reports and returns.
func (w *Watcher) follow(resub chan error, events chan int) {
	src, err := w.subscribe()
	if err != nil {
		resub <- err
		return
	}
	for {
		e, err := src.Next()
		if err != nil {
			resub <- err // want `^goroutine may block forever sending on unbuffered channel resub: Watcher.Run stops receiving when .case <-stop. wins$`
			return
		}
		events <- e // related `the goroutine can also block here sending on events`
	}
}
