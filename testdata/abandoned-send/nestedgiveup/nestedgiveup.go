// Package nestedgiveup: a goroutine started inside a select case, reporting on a channel made there, against an
// inner select that gives up after a timeout. The case of the outer select was chosen before the goroutine existed,
// so it is not what strands it: the finding names the inner timeout.
package nestedgiveup

import (
	"errors"
	"sync"
	"time"
)

// AwaitShutdown waits for the failure report on fail, then for the workers in wg to finish, each wait within d.
func AwaitShutdown(fail <-chan error, wg *sync.WaitGroup, d time.Duration) error {
	select {
	case err := <-fail:
		if err == nil {
			return errors.New("no failure reported")
		}
		done := make(chan struct{})
		go func() {
			wg.Wait()          // related "^before it sends, the goroutine waits here in `wg.Wait\\(\\)`: if that never returns, it stays blocked here instead$"
			done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: AwaitShutdown stops receiving when `case <-time.After\\(d\\)` wins$"
		}()
		select {
		case <-done:
			return nil
		case <-time.After(d): // related "^AwaitShutdown stops receiving from done here$"
			return errors.New("workers did not finish")
		}
	case <-time.After(d):
		return errors.New("no failure reported in time")
	}
}

// AwaitShutdownFully is AwaitShutdown without the inner timeout: it waits for the workers as long as they take.
func AwaitShutdownFully(fail <-chan error, wg *sync.WaitGroup, d time.Duration) error {
	select {
	case err := <-fail:
		if err == nil {
			return errors.New("no failure reported")
		}
		done := make(chan struct{})
		go func() {
			wg.Wait()
			done <- struct{}{}
		}()
		<-done
		return nil
	case <-time.After(d):
		return errors.New("no failure reported in time")
	}
}
