// Package runthendone: a service runs its main function in a goroutine; the main function reports the server it
// started on one channel, and the goroutine reports the main function's result on another once it has returned. The
// service's loop takes either. The result comes only after the main function's report was taken, so the result case
// cannot strand that report (quiet). When the report is sent by another goroutine that the main function starts, it
// can still be pending when the result arrives (reported).
package runthendone

type server struct{ name string }

func runMain(started chan<- *server, fail bool) error {
	if fail {
		return errFailed
	}
	started <- &server{name: "main"}
	return nil
}

type failure struct{}

func (failure) Error() string { return "failed" }

var errFailed error = failure{}

// Service waits for the server or for the main function's end: quiet.
func Service(fail bool) (string, error) {
	done := make(chan error)
	started := make(chan *server)
	go func() {
		err := runMain(started, fail)
		done <- err
	}()
	name := ""
	for {
		select {
		case s := <-started:
			name = s.name
		case err := <-done:
			return name, err
		}
	}
}

func runMainAsync(started chan<- *server, ready <-chan struct{}) error {
	go func() {
		<-ready
		started <- &server{name: "async"} // want "^goroutine may block forever sending on unbuffered channel started: ServiceAsync stops receiving when `case err := <-done` wins$"
	}()
	return nil
}

// ServiceAsync's main function reports from a goroutine of its own, which may not have sent by the time the result
// comes.
func ServiceAsync(ready <-chan struct{}) (string, error) {
	done := make(chan error)
	started := make(chan *server)
	go func() {
		err := runMainAsync(started, ready)
		done <- err
	}()
	name := ""
	for {
		select {
		case s := <-started:
			name = s.name
		case err := <-done: // related `ServiceAsync stops receiving from started here`
			return name, err
		}
	}
}
