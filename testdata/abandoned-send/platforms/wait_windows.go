package platforms

import (
	"errors"
	"time"
)

// wait gives up after the timeout on windows; not part of the linux build.
func wait(done chan error) error {
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return errors.New("timeout")
	}
}

// Probe is the windows variant; not part of the linux build.
func Probe() error {
	done := make(chan error)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return errors.New("timeout")
	}
}
