// Package heldincall: a goroutine that runs a server of another package until its quit channel is sent on, then
// reports on an unbuffered channel. Check sends on quit only after the probe that may make it give up: when the probe
// fails, the goroutine is left in Serve, never reaching its send, and the finding names that call as a related place
// (reported). CheckAll stops the server on every path (quiet).
package heldincall

// Server runs until quit; what it does with ready and quit is its own (another package's) code.
type Server interface {
	Serve(ready chan<- struct{}, quit <-chan struct{}) error
}

// Check starts s, runs probe against it and stops it; it gives up when probe fails.
func Check(s Server, probe func() error) error {
	ready := make(chan struct{})
	quit := make(chan struct{})
	errc := make(chan error)
	go func() {
		err := s.Serve(ready, quit) // related "^before it sends, the goroutine runs `s.Serve\\(ready, quit\\)` here, handed quit, which Check sends on only past the places where it gives up: if that call waits for it, the goroutine stays blocked here instead$"
		errc <- err                 // want "^goroutine may block forever sending on unbuffered channel errc: Check can return before receiving from it$"
	}()
	<-ready
	if err := probe(); err != nil {
		return err // related "^Check stops receiving from errc here$"
	}
	quit <- struct{}{}
	return <-errc
}

// CheckAll is Check stopping the server and taking its report on every path.
func CheckAll(s Server, probe func() error) error {
	ready := make(chan struct{})
	quit := make(chan struct{})
	errc := make(chan error)
	go func() {
		err := s.Serve(ready, quit)
		errc <- err
	}()
	<-ready
	perr := probe()
	quit <- struct{}{}
	if err := <-errc; err != nil {
		return err
	}
	return perr
}
