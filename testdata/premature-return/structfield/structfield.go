// Package structfield: a goroutine waits on a channel held in a field of a local struct value, and the function
// can return before closing it.
package structfield

import "errors"

type flusher struct {
	stop    chan struct{}
	flushes int
}

func (f *flusher) loop() {
	<-f.stop // want `the goroutine running flusher.loop may block forever receiving from unbuffered channel f.stop: Session can return before sending on or closing it`
	f.flushes++
}

// Session starts a flusher and stops it at the end, unless the work fails first.
func Session(work func() error) error {
	f := &flusher{stop: make(chan struct{})}
	go f.loop()
	if err := work(); err != nil {
		return errors.New("session: " + err.Error()) // related `Session can finish here without sending on f.stop`
	}
	close(f.stop)
	return nil
}

// SessionDeferred closes the channel on every path: quiet.
func SessionDeferred(work func() error) error {
	f := &flusher{stop: make(chan struct{})}
	go f.loop()
	defer close(f.stop)
	return work()
}
