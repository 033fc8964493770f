// Package server: the same serving loop as the command above, in a library: a caller can Add after Stop and is
// stranded for the rest of the program.
package server

type Server struct {
	adds chan int
	quit chan struct{}
	done chan struct{}
	sum  int
}

func New() *Server {
	s := &Server{adds: make(chan int), quit: make(chan struct{}), done: make(chan struct{})}
	go s.serve()
	return s
}

func (s *Server) serve() {
	defer close(s.done)
	for {
		select {
		case n := <-s.adds:
			s.sum += n
		case <-s.quit: // related `the goroutine running Server.serve stops receiving from Server.adds here`
			return
		}
	}
}

// Add hands n to the loop.
func (s *Server) Add(n int) { s.adds <- n } // want "^goroutine may block forever sending on unbuffered channel Server.adds: the goroutine running Server.serve stops receiving when `case <-s.quit` wins$"

// Stop ends the loop and waits for it.
func (s *Server) Stop() {
	close(s.quit)
	<-s.done
}
