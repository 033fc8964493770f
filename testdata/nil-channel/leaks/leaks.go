// Package leaks: channel variables declared with `var ch chan T` and never made. Every send, receive or
// range on them blocks forever (the Go spec: communication on a nil channel blocks forever).
package leaks

import "sync/atomic"

// Event is a configuration change.
type Event struct {
	Key, Value string
}

var applied int64

func apply(Event) { atomic.AddInt64(&applied, 1) }

// Watch: a func literal ranges over a channel that was never made.
func Watch() {
	var updates chan Event // related `updates is declared here and stays nil`
	go func() {
		for e := range updates { // want "`for range updates` blocks forever: updates is a nil channel"
			apply(e)
		}
	}()
}

type pair struct {
	key string
	n   int
}

// Lengths: in the parallel branch, one func literal per key sends on a nil channel (in a loop, under an
// if), and the caller receives from it.
func Lengths(keys []string, parallel bool) map[string]int {
	out := make(map[string]int, len(keys))
	var results chan pair // related `results is declared here and stays nil`
	if !parallel {
		for _, k := range keys {
			out[k] = len(k)
		}
		return out
	}
	for _, k := range keys {
		go func(k string) {
			results <- pair{k, len(k)} // want `send on nil channel results blocks forever: results is declared without make and never assigned`
		}(k)
	}
	for range keys {
		r := <-results // want `receive from nil channel results blocks forever`
		out[r.key] = r.n
	}
	return out
}

// Job is a unit of work.
type Job struct{ ID int }

var ran int64

// drain ranges over its parameter; Submit starts it with a nil channel.
func drain(jobs <-chan Job) {
	for range jobs { // want "`for range jobs` blocks forever: Submit passes jobs, a nil channel declared without make and never assigned"
		atomic.AddInt64(&ran, 1)
	}
}

// Submit: `go worker(ch)` with a nil channel; the sends in the caller block too.
func Submit(batch []Job) {
	var jobs chan Job
	go drain(jobs) // related "jobs is passed here while still nil"
	for _, j := range batch {
		jobs <- j // want `send on nil channel jobs blocks forever`
	}
}

// Ack: a switch whose cases receive `v, ok := <-ch` and send; the two channels come from one
// `var a, b chan T` and the only assignment is `= nil`.
func Ack(mode string, reset bool) bool {
	var acks, nacks chan bool
	if reset {
		acks, nacks = nil, nil
	}
	switch mode {
	case "wait":
		v, ok := <-acks // want `receive from nil channel acks`
		return v && ok
	case "reject":
		nacks <- false // want `send on nil channel nacks`
	}
	return false
}

// Ready: a single-case select is a plain receive; the select-case idiom does not apply, as there is no
// other case to switch to.
func Ready() {
	var ready chan struct{}
	go func() {
		select {
		case <-ready: // want `receive from nil channel ready blocks forever`
			apply(Event{Key: "ready"})
		}
	}()
}
