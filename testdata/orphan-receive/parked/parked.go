// Package parked: a function that waits forever on purpose writes `select {}` as a receive from a channel made for
// nothing else: a command that serves until it is killed, a test double of a handler that never answers (quiet).
// A goroutine left waiting for a signal the function forgot to give is a leak (reported).
package parked

// Serve starts the work and then parks its caller for good: the program serves until it is killed.
func Serve(start func()) {
	start()
	forever := make(chan struct{})
	<-forever
}

// Hang is a handler that never answers, for testing a caller's timeout.
type Hang struct{ Called chan struct{} }

// Handle tells that it was called, then waits forever.
func (h Hang) Handle() error {
	close(h.Called)
	c := make(chan struct{})
	<-c
	return nil
}

// Watch starts a goroutine that waits for a ready signal, and forgets to give it.
func Watch(start func()) {
	ready := make(chan struct{})
	go func() {
		<-ready // want `the goroutine in Watch blocks forever receiving from unbuffered channel ready: nothing sends on or closes it`
		start()
	}()
}
