// Package unlockvariant: a lock type of the package's own, with an unlocking variant beside Unlock
// (UnlockQuietly skips the notification Unlock sends). A method that releases it that way before it waits for the
// loop to finish holds nothing the loop needs (quiet); one that waits while still holding it deadlocks with a loop
// that must lock it before it can close done (reported).
package unlockvariant

import "sync"

// StateLock is a mutex that counts the changes made under it.
type StateLock struct {
	mu      sync.Mutex
	changes int
}

// Lock locks the state.
func (l *StateLock) Lock() { l.mu.Lock() }

// Unlock records a change and unlocks the state.
func (l *StateLock) Unlock() {
	l.changes++
	l.mu.Unlock()
}

// UnlockQuietly unlocks the state without recording a change.
func (l *StateLock) UnlockQuietly() { l.mu.Unlock() }

type controller struct {
	state   *StateLock
	running bool
	stop    chan struct{}
	done    chan struct{}
}

func newController() *controller {
	c := &controller{state: &StateLock{}, stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c
}

// run works until stopped, then records under the lock that it stopped, and says so by closing done.
func (c *controller) run() {
	<-c.stop
	c.state.Lock()
	c.running = false
	c.state.Unlock()
	close(c.done)
}

// restart reads the state, releases the lock quietly, then stops the loop and waits for it (quiet).
func (c *controller) restart() {
	c.state.Lock()
	running := c.running
	c.state.UnlockQuietly()
	if running {
		return
	}
	close(c.stop)
	<-c.done
}

// halt stops the loop and waits for it while still holding the lock the loop needs to finish.
func (c *controller) halt() {
	c.state.Lock()
	defer c.state.Unlock()
	close(c.stop)
	<-c.done // want "^the goroutine running controller.halt may block forever receiving from unbuffered channel controller.done while holding c.state: the goroutine running controller.run must lock c.state before it can send or close$"
}
