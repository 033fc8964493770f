package fields

// forwarder waits for its old loop to stop only when it started one: started is never set by any code of the package,
// so that wait on exit (which nothing gives a channel either) never runs (quiet). restartAfter waits on it under a
// flag that Run sets: reported.
type forwarder struct {
	started  bool
	running  bool
	exit     chan struct{}
	restarts int
}

// Restart would wait for the old loop if one had been started.
func (r *forwarder) Restart() {
	if r.started {
		<-r.exit
	}
	r.restarts++
}

// Run marks the forwarder running.
func (r *forwarder) Run() { r.running = true }

// restartAfter waits for the old loop when the forwarder is running.
func (r *forwarder) restartAfter() {
	if r.running {
		<-r.exit // want "^receive from r.exit blocks forever: field forwarder.exit is never given a channel anywhere in the package, so it is nil$"
	}
	r.restarts++
}
