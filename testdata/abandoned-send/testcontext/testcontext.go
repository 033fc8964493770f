// Package testcontext: a server runs requests in its own loop until its context is done. A test that makes the
// context, cancels it only itself (`defer cancel()`), and sends requests while it runs shows in its own order
// when it stops the server: its sends are not stranded by the context (quiet). A test helper that is handed a
// context by its caller cannot know when that context ends: its send can come after the loop left (reported).
package testcontext

import "context"

// Server runs the functions sent on reqs, one at a time.
type Server struct {
	reqs chan func()
}

// New starts a server that runs until ctx is done.
func New(ctx context.Context) *Server {
	s := &Server{reqs: make(chan func())}
	go s.loop(ctx)
	return s
}

func (s *Server) loop(ctx context.Context) {
	for {
		select {
		case f := <-s.reqs:
			f()
		case <-ctx.Done():
			return
		}
	}
}
