// Command commandloop: a program's server serves additions in a loop until it is told to quit, which the program
// does as it shuts down. An addition sent after that is stranded only until main returns: the program's one server
// stops with the program (quiet). The same server in a library strands callers that outlive its Stop (package
// server below: reported).
package main

import "fmt"

type server struct {
	adds chan int
	quit chan struct{}
	done chan struct{}
	sum  int
}

func newServer() *server {
	return &server{adds: make(chan int), quit: make(chan struct{}), done: make(chan struct{})}
}

func (s *server) serve() {
	defer close(s.done)
	for {
		select {
		case n := <-s.adds:
			s.sum += n
		case <-s.quit:
			return
		}
	}
}

// Add hands n to the loop.
func (s *server) Add(n int) { s.adds <- n }

// Stop ends the loop and waits for it.
func (s *server) Stop() {
	close(s.quit)
	<-s.done
}

func main() {
	s := newServer()
	go s.serve()
	for i := 1; i <= 3; i++ {
		s.Add(i)
	}
	s.Stop()
	fmt.Println(s.sum)
	n := newNotifier()
	go n.run()
	n.Notify("done")
	fmt.Println(<-n.out)
	close(n.quit)
}
