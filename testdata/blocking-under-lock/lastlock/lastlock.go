// Package lastlock: a controller's Start sets its state under the lock, waits for the stop signal, cleans up, and
// locks again to close its stopped channel. A Stop that comes while it is stopping waits for that channel holding
// the lock: Start then waits for the lock at its second Lock, the one before the close (the first one it took and
// released long before), and that is the one the finding names.
package lastlock

import "sync"

// cleanup stands for the controller's shutdown work (tests slow it down).
var cleanup = func() {}

// Controller runs until it is stopped.
type Controller struct {
	mu      sync.Mutex
	state   int
	stopCh  chan struct{}
	stopped chan struct{}
}

// New makes a controller that has not started.
func New() *Controller {
	return &Controller{stopCh: make(chan struct{}), stopped: make(chan struct{})}
}

// Start runs until Stop.
func (c *Controller) Start() {
	c.mu.Lock()
	c.state = 1
	c.mu.Unlock()
	<-c.stopCh
	cleanup()
	c.mu.Lock() // related "the goroutine running Controller.Start waits for c.mu here"
	c.state = 3
	close(c.stopped)
	c.mu.Unlock()
}

// Stop signals the stop the first time; a Stop while stopping waits for the end with the lock held.
func (c *Controller) Stop() {
	c.mu.Lock() // related "c.mu is locked here"
	if c.state == 1 {
		close(c.stopCh)
		c.state = 2
		c.mu.Unlock()
		<-c.stopped
		return
	}
	<-c.stopped // want "^Controller.Stop may block forever receiving from unbuffered channel Controller.stopped while holding c.mu: the goroutine running Controller.Start must lock c.mu before it can send or close$"
	c.mu.Unlock()
}

// Started reports whether Start has set its state.
func (c *Controller) Started() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state == 1
}
