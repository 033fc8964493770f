// Package leaks: goroutines that send twice on one path while their partner receives once.
package leaks

import (
	"errors"
	"strconv"
)

// Msg is a reply.
type Msg struct {
	OK  bool
	Err error
}

// reply misses a return after sending the error.
func reply(ch chan<- Msg, err error) {
	if err != nil {
		ch <- Msg{Err: err}
	}
	ch <- Msg{OK: true} // want `goroutine may block forever sending on unbuffered channel ch: one path sends twice but Call receives at most once \(a missing return\?\)`
}

// Call: `go namedFunc(ch)`.
func Call(err error) Msg {
	ch := make(chan Msg)
	go reply(ch, err)
	return <-ch // related `Call receives from ch here, at most once`
}

// Parse: a func literal whose switch case falls out to the final send.
func Parse(s string) (int, error) {
	type result struct {
		n   int
		err error
	}
	res := make(chan result, 0)
	go func() {
		n, err := strconv.Atoi(s)
		switch {
		case err != nil:
			res <- result{err: err}
		case n < 0:
			res <- result{err: errors.New("negative")}
			return
		}
		res <- result{n: n} // want `goroutine may block forever sending on unbuffered channel res: one path sends twice but Parse receives at most once`
	}()
	r := <-res // related `Parse receives from res here, at most once`
	return r.n, r.err
}

// Fetcher reports progress and then the result on one channel.
type Fetcher struct {
	verbose bool
}

func (f *Fetcher) fetch(url string, events chan<- string) {
	if f.verbose {
		events <- "started " + url
	}
	events <- "done " + url // want `goroutine may block forever sending on unbuffered channel events: one path sends twice but Fetcher.Get receives at most once`
}

// Get: `go s.method(ch)`; the caller takes only the first event.
func (f *Fetcher) Get(url string) string {
	events := make(chan string)
	go f.fetch(url, events)
	return <-events // related `Fetcher.Get receives from events here, at most once`
}

// Steps: `var ch chan T; ch = make(chan T, 1)`; three sends outgrow one receive plus a buffer of one.
func Steps(verbose bool) int {
	var steps chan int
	steps = make(chan int, 1)
	go func() {
		steps <- 1
		if verbose {
			steps <- 2
		}
		steps <- 3 // want `goroutine may block forever sending on channel steps \(capacity 1\): one path sends 3 times but Steps receives at most once`
	}()
	return <-steps // related `Steps receives from steps here, at most once`
}
