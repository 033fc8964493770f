// Package deadcode: a leak written in an unexported function that nothing names is code that never runs: no caller
// in the package, none outside it (it cannot be named there), no interface of the package that lists it (quiet). The
// same function called by an exported one runs and leaks (reported).
package deadcode

import "time"

type watcher struct{ events chan string }

// watchOld was the first version of watch; nothing calls it any more (a linter that flags unused code would say so).
func (w *watcher) watchOld(d time.Duration) string {
	res := make(chan string)
	go func() { res <- <-w.events }()
	select {
	case e := <-res:
		return e
	case <-time.After(d):
		return ""
	}
}

func (w *watcher) watch(d time.Duration) string {
	res := make(chan string)
	go func() {
		res <- <-w.events // want `goroutine may block forever sending on unbuffered channel res: watcher.watch stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case e := <-res:
		return e
	case <-time.After(d): // related `watcher.watch stops receiving from res here`
		return ""
	}
}

// Next returns the next event, or "" when none comes within d.
func Next(events chan string, d time.Duration) string {
	w := &watcher{events: events}
	return w.watch(d)
}

// recorder is a test double nothing uses any more: newRecorder has no caller, and no other code makes a recorder, so
// no recorder ever exists and Record never runs (quiet), though nothing receives from its channel.
type recorder struct{ events chan string }

func newRecorder() *recorder { return &recorder{events: make(chan string)} }

// Record records an event.
func (r *recorder) Record(e string) { r.events <- e }

// journal is the same, but Open makes one: Record runs, and its send waits forever.
type journal struct{ events chan string }

func newJournal() *journal { return &journal{events: make(chan string)} }

// Record records an event.
func (j *journal) Record(e string) {
	j.events <- e // want `goroutine blocks forever sending on unbuffered channel journal.events: nothing receives from it`
}

// Open returns a journal to record into.
func Open() interface{ Record(string) } { return newJournal() }
