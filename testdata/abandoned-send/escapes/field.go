// Package escapes: channels that leave the function, so someone else may still receive.
package escapes

import "time"

// Upload runs in the background; its result channel lives in a field that Close drains.
type Upload struct {
	done chan error
}

// Start begins sending data with send.
func Start(data []byte, send func([]byte) error) *Upload {
	u := &Upload{}
	done := make(chan error)
	u.done = done
	go func() {
		done <- send(data)
	}()
	return u
}

// Wait waits at most d for the upload; Close must be called either way.
func (u *Upload) Wait(d time.Duration) (error, bool) {
	select {
	case err := <-u.done:
		u.done = nil
		return err, true
	case <-time.After(d):
		return nil, false
	}
}

// Close waits for an upload that Wait gave up on.
func (u *Upload) Close() {
	if u.done != nil {
		<-u.done
	}
}
