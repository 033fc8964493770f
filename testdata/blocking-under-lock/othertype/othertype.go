// Package othertype: a partner's call of a method on a value of another package's type (`conn.Close()` on an
// io.Closer, `w.Write(…)` on an io.Writer) runs that type's method, not the package's only method of the same
// name, so it takes none of the package's mutexes. A partner that calls a method of the package's own type that
// locks the held mutex is still a deadlock.
package othertype

import (
	"bytes"
	"io"
	"sync"
	"time"
)

// session waits, holding mu, for its handler to close done.
type session struct {
	mu     sync.Mutex
	done   chan struct{}
	closed bool
	sent   int
}

func newSession() *session { return &session{done: make(chan struct{})} }

// Close is the package's only method named Close; it holds mu while it waits for done.
func (s *session) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	<-s.done
	s.closed = true
}

// Write is the package's only method named Write; it locks mu.
func (s *session) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent += len(p)
	return len(p), nil
}

// serve closes the connection (another package's Close) and then done: it never locks s.mu. Quiet.
func serve(conn io.Closer, s *session) {
	conn.Close()
	close(s.done)
}

// handler's literal writes to another package's writer and closes done on the way out: it never locks s.mu either.
func handler(s *session) func(w io.Writer) {
	return func(w io.Writer) {
		defer close(s.done)
		w.Write([]byte("bye"))
	}
}

// link waits, holding mu, for drop to close done; drop first calls flush, a method of link that locks mu.
type link struct {
	mu   sync.Mutex
	done chan struct{}
	n    int
}

func newLink() *link { return &link{done: make(chan struct{})} }

func (l *link) Wait() {
	l.mu.Lock()
	defer l.mu.Unlock()
	<-l.done // want "^the goroutine running link.Wait may block forever receiving from unbuffered channel link.done while holding l.mu: the goroutine running drop must lock l.mu before it can send or close$"
}

func (l *link) flush() {
	l.mu.Lock()
	l.n = 0
	l.mu.Unlock()
}

func drop(l *link) {
	l.flush()
	close(l.done)
}

// reader polls on a ticker held in a field of another package's type; its loop stops that ticker (time.Ticker's
// Stop, not reader.Stop) and then answers done: it never locks r.mu. Quiet.
type reader struct {
	mu    sync.Mutex
	tick  *time.Ticker
	quit  chan struct{}
	done  chan struct{}
	reads int
}

func newReader(d time.Duration) *reader {
	r := &reader{tick: time.NewTicker(d), quit: make(chan struct{}), done: make(chan struct{})}
	go r.loop()
	return r
}

func (r *reader) loop() {
	for {
		select {
		case <-r.tick.C:
			r.reads++
		case <-r.quit:
			r.tick.Stop()
			r.done <- struct{}{}
			return
		}
	}
}

// Stop is the package's only method named Stop; it holds mu while it waits for the loop.
func (r *reader) Stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.quit <- struct{}{}
	<-r.done
}

// trie holds mu while it waits for a loader's answer. load reads through a chain of fields whose last one is of
// another package's type (`t.db.buf.Len()`, bytes.Buffer's Len, not trie.Len, which locks mu): quiet.
// loadOwned calls Len on `t.db.owner`, a field of the package's own type: trie.Len, a deadlock.
type trie struct {
	mu sync.RWMutex
	db *trieDB
}

type trieDB struct {
	buf   *bytes.Buffer
	owner *trie
}

func newTrie() *trie {
	t := &trie{}
	t.db = &trieDB{buf: bytes.NewBufferString("abc"), owner: t}
	return t
}

// Len is the package's only method named Len; it locks mu.
func (t *trie) Len() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.db.buf.Len()
}

func (t *trie) load(ch chan<- int) {
	n := t.db.buf.Len()
	ch <- n
}

func (t *trie) Stash() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	ch := make(chan int, 1)
	go t.load(ch)
	return <-ch
}

func (t *trie) loadOwned(ch chan<- int) {
	n := t.db.owner.Len()
	ch <- n
}

func (t *trie) StashOwned() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	ch := make(chan int, 1)
	go t.loadOwned(ch)
	return <-ch // want "^trie.StashOwned may block forever receiving from channel ch \\(capacity 1\\) while holding t.mu: the goroutine running trie.loadOwned must lock t.mu before it can send or close$"
}

// loadInline works its answer out in the send itself: trie.Len, which locks mu, runs before the send can happen.
func (t *trie) loadInline(ch chan<- int) { ch <- t.db.owner.Len() }

func (t *trie) StashInline() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	ch := make(chan int, 1)
	go t.loadInline(ch)
	return <-ch // want "^trie.StashInline may block forever receiving from channel ch \\(capacity 1\\) while holding t.mu: the goroutine running trie.loadInline must lock t.mu before it can send or close$"
}
