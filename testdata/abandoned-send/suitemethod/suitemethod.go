// Package suitemethod: a server's loop takes kicks until it is closed. A test suite makes a server in its set-up and
// closes it in its tear-down; its test methods (`TestKick`) run between the two, as a framework such as testify's
// suite or gocheck runs them, so they cannot send after the close: quiet. A helper method of the suite that any
// code may call, after the tear-down too, is reported as for any method.
package suitemethod

type server struct {
	kick   chan bool
	closeC chan struct{}
	done   chan struct{}
	kicks  int
}

func newServer() *server {
	s := &server{kick: make(chan bool), closeC: make(chan struct{}), done: make(chan struct{})}
	go s.loop()
	return s
}

func (s *server) loop() {
	defer close(s.done)
	for {
		select {
		case <-s.kick:
			s.kicks++
		case <-s.closeC: // related `the goroutine running server.loop stops receiving from server.kick here`
			return
		}
	}
}

// Close stops the loop and waits until it has.
func (s *server) Close() {
	close(s.closeC)
	<-s.done
}
