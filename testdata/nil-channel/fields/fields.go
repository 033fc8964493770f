// Package fields: a struct's channel field that nothing in the package ever gives a channel is nil in every value
// of the struct, so a plain send, receive or range on it blocks forever. A select case on it, or a use behind a nil
// check, is the deliberate "off" switch and stays quiet; so does a field that some code makes.
package fields

type server struct {
	reqs    chan int      // never made: every use blocks
	results chan int      // made by newServer: fine
	hook    chan int      // never made, but only used behind a nil check or in a select: fine
	done    chan struct{} // made by newServer
}

func newServer() *server {
	return &server{results: make(chan int, 1), done: make(chan struct{})}
}

// Serve ranges over a field nothing makes.
func (s *server) Serve() {
	for r := range s.reqs { // want "^`for range s.reqs` blocks forever: field server.reqs is never given a channel anywhere in the package, so it is nil$"
		s.results <- r
	}
	close(s.done)
}

// Submit sends on it.
func (s *server) Submit(v int) {
	s.reqs <- v // want "^send on s.reqs blocks forever: field server.reqs is never given a channel anywhere in the package, so it is nil$"
	if s.hook != nil {
		s.hook <- v
	}
}

// Next waits on the results, or on the hook when it is switched on.
func (s *server) Next() int {
	select {
	case r := <-s.results:
		return r
	case r := <-s.hook:
		return r
	}
}

type relay struct {
	out chan int
}

// newRelay makes out, positionally.
func newRelay() relay { return relay{make(chan int, 1)} }

// Pass sends on a field an unkeyed literal sets: quiet.
func (r relay) Pass(v int) int {
	r.out <- v
	return <-r.out
}

// unusedMock is never made or named by any code but its own methods: it has no values, so its nil field blocks
// nobody (dead code): quiet.
type unusedMock struct {
	pipe chan int
}

func (m *unusedMock) Send(v int) { m.pipe <- v }

// waiter's gate is never given a channel either; its methods copy it into a local first.
type waiter struct {
	gate chan struct{}
	mu   chan struct{} // made: a one-slot semaphore
}

func newWaiter() *waiter { return &waiter{mu: make(chan struct{}, 1)} }

// Wait copies the field under the semaphore and waits on the copy only when it is set: the nil check on the
// local copy is the same "off" switch as one on the field, so quiet (the receive never runs).
func (w *waiter) Wait() {
	w.mu <- struct{}{}
	g := w.gate
	<-w.mu
	if g != nil {
		<-g
	}
}

// Block copies the field the same way but waits on it unguarded: the copy is nil too, so the receive blocks forever.
func (w *waiter) Block() {
	g := w.gate
	<-g // want "^receive from g blocks forever: field waiter.gate is never given a channel anywhere in the package, so it is nil$"
}
