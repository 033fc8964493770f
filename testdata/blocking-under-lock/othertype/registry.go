package othertype

import (
	"io"
	"sync"
)

// registry waits, holding mu, for its loader goroutine. The goroutine reads from an element of a map of another
// package's type (`src, ok := r.sources[name]` with sources map[string]io.Reader): io.Reader's Read, not
// registry.Read (the package's only method named Read), so it never locks r.mu. Quiet.
type registry struct {
	mu      sync.Mutex
	sources map[string]io.Reader
	loaded  chan int
	total   int
}

func newRegistry(sources map[string]io.Reader) *registry {
	return &registry{sources: sources, loaded: make(chan int)}
}

// Read is the package's only method named Read; it locks mu.
func (r *registry) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return copy(p, make([]byte, r.total)), nil
}

// Load reads the first bytes of a named source in the background and waits, holding mu, for the count.
func (r *registry) Load(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	go func() {
		n := 0
		if src, ok := r.sources[name]; ok {
			buf := make([]byte, 8)
			n, _ = src.Read(buf)
		}
		r.loaded <- n
	}()
	r.total = <-r.loaded
	return r.total
}

// snapshot is copied before a background rewrite; the rewrite locks the copy's mutex, a new value's, which the
// waiter does not hold. Quiet. Rewriting the snapshot itself needs the very mutex the waiter holds: reported.
type snapshot struct {
	mu       sync.Mutex
	version  int
	result   chan int
	rewrites chan int
}

func newSnapshot() *snapshot { return &snapshot{result: make(chan int), rewrites: make(chan int)} }

// copy returns a new snapshot with the same version (and a mutex of its own).
func (s *snapshot) copy() *snapshot {
	return &snapshot{version: s.version}
}

// rewrite locks the snapshot it is called on.
func (s *snapshot) rewrite() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version++
	return s.version
}

// RewriteCopy rewrites a copy in the background and waits, holding mu, for its version.
func (s *snapshot) RewriteCopy() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	cloned := s.copy()
	go func() {
		v := cloned.rewrite()
		s.result <- v
	}()
	return <-s.result
}

// RewriteSelf rewrites the snapshot itself in the background and waits, holding mu.
func (s *snapshot) RewriteSelf() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	go func() {
		v := s.rewrite()
		s.rewrites <- v
	}()
	return <-s.rewrites // want "^the goroutine running snapshot.RewriteSelf may block forever receiving from unbuffered channel snapshot.rewrites while holding s.mu: the goroutine in snapshot.RewriteSelf must lock s.mu before it can send or close$"
}
