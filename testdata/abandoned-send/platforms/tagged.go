//go:build integration

package platforms

import (
	"errors"
	"time"
)

// ProbeTagged strands its worker; the build tag is the user's choice, so the file is analysed.
func ProbeTagged() error {
	done := make(chan error)
	go func() { done <- work() }() // want `^goroutine may block forever sending on unbuffered channel done: ProbeTagged stops receiving when .case <-time.After\(timeout\). wins$`
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return errors.New("timeout")
	}
}
