// Package flow: channel variables that are nil at the operation, though they are not nil everywhere: set to
// nil after make, made only by a := in an inner block that declares another variable of the same name, or
// made on one branch only and then handed to a goroutine or a method that uses it.
package flow

import (
	"fmt"
	"sync/atomic"
)

var seen int64

func note(int) { atomic.AddInt64(&seen, 1) }

// SetNil is example 1 of the motivating write-up: made, set to nil, then received from.
func SetNil() {
	a := make(chan int)
	a = nil // related `a is set to nil here`
	b := <-a // want `receive from nil channel a blocks forever: a is nil on every path that reaches it`
	fmt.Println(b)
}

// Retire closes and forgets its channel, then sends one more value into it (a `var x = make(…)` and a
// two-name `:=`).
func Retire(n int) {
	var done = make(chan struct{})
	out, last := make(chan int, n), n
	close(done)
	done = nil
	out = nil // related `out is set to nil here`
	for i := 0; i < last; i++ {
		note(i)
	}
	out <- last // want `send on nil channel out blocks forever: out is nil on every path that reaches it`
	_ = done
}

// Wait sets the channel to nil on both branches of an if, then starts a goroutine that ranges over it.
func Wait(fast bool) {
	events := make(chan int, 1)
	if fast {
		events = nil // related `events is set to nil here`
	} else {
		close(events)
		events = nil // related `events is set to nil here`
	}
	go func() {
		for e := range events { // want "`for range events` blocks forever: events is nil on every path that reaches it"
			note(e)
		}
	}()
}

func consume(in <-chan int) {
	for v := range in { // want "`for range in` blocks forever: Forget passes a while it is nil"
		note(v)
	}
}

// Forget sets the channel to nil and then starts a consumer on it.
func Forget() {
	a := make(chan int)
	a = nil
	go consume(a) // related `a is passed here while still nil`
}

// Shadow makes its channel with a := inside the if, which declares a second ch: the outer one stays nil.
func Shadow(buffered bool) int {
	var ch chan int // related `ch is declared here and stays nil`
	if buffered {
		ch := make(chan int, 1) // related `this := declares a new ch; the outer ch stays nil`
		ch <- 1
	}
	return <-ch // want `receive from nil channel ch blocks forever: ch is declared without make, and the := in an inner block makes a different ch`
}

// ShadowInLoop: the := is in the loop body; the collector after the loop ranges over the outer, nil, results.
func ShadowInLoop(xs []int) {
	var results chan int
	for range xs {
		results := make(chan int, len(xs))
		results <- 1
	}
	go func() {
		for r := range results { // want "`for range results` blocks forever: results is declared without make, and the := in an inner block makes a different results"
			note(r)
		}
	}()
}

// Event is a configuration change.
type Event struct{ Key string }

// Model applies configuration changes.
type Model struct{ applied int64 }

func (m *Model) apply(updates <-chan Event) {
	for range updates { // want "`for range updates` blocks forever when Model.Watch passes updates on a path that leaves it nil"
		atomic.AddInt64(&m.applied, 1)
	}
}

// Watch makes its channel only when asked to watch, and starts the method on it either way.
func (m *Model) Watch(watch bool) chan<- Event {
	var updates chan Event
	if watch {
		updates = make(chan Event) // related `updates is given a value only here`
	}
	go m.apply(updates) // related `updates is passed here, nil on some paths`
	return updates
}

func (m *Model) run(in chan Event, out chan<- int) {
	m.forward(in, out) // related `in is passed on here`
}

func (m *Model) forward(events chan Event, out chan<- int) {
	for {
		e, ok := <-events // want `receive from nil channel events blocks forever when Follow passes feed on a path that leaves it nil`
		if !ok {
			return
		}
		out <- len(e.Key)
	}
}

// Follow: a switch without a default leaves feed nil; it goes two calls deep (run, then forward).
func Follow(mode string, out chan<- int) chan<- Event {
	var feed chan Event // related `feed is declared nil here`
	switch mode {
	case "sync":
		feed = make(chan Event)
	case "async":
		feed = make(chan Event, 16)
	}
	m := &Model{}
	go m.run(feed, out) // related `feed is passed here, nil on some paths`
	return feed
}

func stage(in <-chan int, out chan<- int) {
	for v := range in { // want "`for range in` blocks forever when Chain passes prev on a path that leaves it nil"
		out <- v + 1
	}
	close(out)
}

// Chain links n stages, but the first one gets prev before anything was assigned to it: nil.
func Chain(n int) <-chan int {
	var prev chan int
	for i := 0; i < n; i++ {
		next := make(chan int)
		go stage(prev, next) // related `prev is passed here, nil on some paths`
		prev = next // related `prev is given a value only here`
	}
	return prev
}

// OnlyOnReturn makes the channel only on a path that returns: where it is received from, it is still nil.
func OnlyOnReturn(async bool) int {
	var ch chan int // related `ch is declared nil here`
	if async {
		ch = make(chan int, 1)
		ch <- 1
		return <-ch
	}
	return <-ch // want `receive from nil channel ch blocks forever: ch is nil on every path that reaches it`
}

// Sched runs tasks.
type Sched struct{ done int64 }

func (s *Sched) work(tasks chan int) {
	for t := range tasks { // want "`for range tasks` blocks forever: Unstarted passes tasks, a nil channel declared without make and never assigned"
		note(t)
		atomic.AddInt64(&s.done, 1)
	}
}

// Unstarted starts a method on a channel that was never made.
func Unstarted() {
	var tasks chan int
	s := &Sched{}
	go s.work(tasks) // related `tasks is passed here while still nil`
}

func (s *Sched) report(results chan<- int) {
	results <- int(atomic.LoadInt64(&s.done)) // want `send on nil channel results blocks forever: Sched.Detach passes out while it is nil`
}

func (s *Sched) finish(results chan<- int) {
	s.report(results) // related `results is passed on here`
}

// Detach forgets its channel, then hands it to a method that passes it on to the one that sends.
func (s *Sched) Detach() {
	out := make(chan int, 1)
	out = nil
	go s.finish(out) // related `out is passed here while still nil`
}

// Listen hands the channel to a goroutine literal as its argument; the channel is made only when listening.
func Listen(listen bool) chan<- Event {
	var events chan Event
	if listen {
		events = make(chan Event, 1)
	}
	go func(in <-chan Event) { // related `events is passed here, nil on some paths`
		for e := range in { // want "`for range in` blocks forever when Listen passes events on a path that leaves it nil"
			note(len(e.Key))
		}
	}(events)
	return events
}
