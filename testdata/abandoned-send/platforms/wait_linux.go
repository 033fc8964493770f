package platforms

import (
	"errors"
	"time"
)

// wait waits for the result as long as it takes.
func wait(done chan error) error {
	return <-done
}

// Probe gives up after the timeout, stranding its worker.
func Probe() error {
	done := make(chan error)
	go func() { done <- work() }() // want `^goroutine may block forever sending on unbuffered channel done: Probe stops receiving when .case <-time.After\(timeout\). wins$`
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return errors.New("timeout")
	}
}
