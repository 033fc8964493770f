//go:build darwin

package platforms

import (
	"errors"
	"time"
)

// ProbeDarwin strands its worker, on darwin only.
func ProbeDarwin() error {
	done := make(chan error)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return errors.New("timeout")
	}
}
