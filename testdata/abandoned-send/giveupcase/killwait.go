package giveupcase

import (
	"errors"
	"time"
)

var errTimeout = errors.New("timed out")

// KillWait waits for a job; when the timer wins it stops the job and still waits for its result, unless stopping
// fails. Only that early return lets the result's sender down, so the finding names it as the give-up, not the
// whole timer case.
func KillWait(wait, stop func() error, d time.Duration) error {
	timer := time.NewTimer(d)
	done := make(chan error)
	go func() {
		done <- wait() // want "^goroutine may block forever sending on unbuffered channel done: KillWait stops receiving when `case <-timer.C` wins$"
	}()
	select {
	case err := <-done:
		timer.Stop()
		return err
	case <-timer.C:
		if err := stop(); err != nil {
			return err // related `KillWait stops receiving from done here`
		}
		<-done
		return errTimeout
	}
}
