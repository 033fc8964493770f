// Package testtable: a test table's channel field that no case sets is nil, and so is a test's channel variable that
// nothing makes. Handed to a method of the package's own code that sends on it only when serving fails, it is never
// used by cases that do not fail (quiet: the package's own caller gives a channel, and the test passes nil for a case
// that does not reach the send); handed to one that always sends, it blocks the test for good (reported, at the send).
package testtable

// Server serves once and may fail.
type Server struct{ fail error }

// Serve reports a failure on errs; without one it just returns.
func (s *Server) Serve(errs chan<- error) {
	if s.fail != nil {
		errs <- s.fail
	}
}

// Announce tells ready that the server is up.
func (s *Server) Announce(ready chan<- struct{}) {
	ready <- struct{}{} // want "^send on ready blocks forever: field args.ready is never given a channel anywhere in the package, so it is nil$"
}

// Greet says hello on hello.
func (s *Server) Greet(hello chan<- string) {
	hello <- "hello" // want "^send on nil channel hello blocks forever: greetNil passes hello, declared without make and never assigned$"
}

// Run serves s with channels of its own and returns its failure, if any.
func Run(s *Server) error {
	errs := make(chan error, 1)
	ready := make(chan struct{}, 1)
	hello := make(chan string, 1)
	s.Announce(ready)
	s.Greet(hello)
	s.Serve(errs)
	<-ready
	<-hello
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}
