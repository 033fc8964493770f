// Package echo is a server for heldincall's tests: it signals ready, then runs until quit.
package echo

// Server runs until quit.
type Server struct{}

// Serve signals ready, then runs until quit.
func (Server) Serve(ready chan<- struct{}, quit <-chan struct{}) error {
	close(ready)
	<-quit
	return nil
}
