// Package resubscribe: a watcher's loop starts a new subscription goroutine whenever the current one reports a
// failure, but the subscription goes on reading its stream after reporting: the failed one and its successor run at
// once, and a stop strands both (reported as several senders; testdata/abandoned-send/resubscribe has the one that
// returns after reporting, one goroutine at a time).
package resubscribe

import "sync/atomic"

// Source yields a stream of events until it fails.
type Source interface{ Next() (int, error) }

// Watcher counts the events of its subscriptions.
type Watcher struct {
	subscribe func() (Source, error)
	seen      int64
}

// RunOverlapping resubscribes whenever a subscription reports a failure, until stopped.
func (w *Watcher) RunOverlapping(stop <-chan struct{}) {
	events := make(chan int)
	resub := make(chan error)
	go w.followOn(resub, events)
	for {
		select {
		case <-events:
			atomic.AddInt64(&w.seen, 1)
		case <-resub:
			go w.followOn(resub, events)
		case <-stop: // related `Watcher.RunOverlapping stops receiving from resub here` `Watcher.RunOverlapping stops receiving from events here`
			return
		}
	}
}

// followOn reports a failure of its stream and keeps reading it.
func (w *Watcher) followOn(resub chan error, events chan int) {
	src, err := w.subscribe()
	if err != nil {
		resub <- err
		return
	}
	for {
		e, err := src.Next()
		if err != nil {
			resub <- err // want `^goroutines may block forever sending on unbuffered channel resub: \d+ of them send any number of values but Watcher.RunOverlapping receives none when .case <-stop. wins$`
			continue
		}
		events <- e // want `^goroutines may block forever sending on unbuffered channel events: \d+ of them send any number of values but Watcher.RunOverlapping receives none when .case <-stop. wins$`
	}
}
