// Package latercase: a function waits for a worker's result with a timeout, reports the timeout and goes on, then
// waits in another select on other channels. The give-up that strands the worker is the timeout case; the later
// select, none of whose cases receives the result, chose nothing for it.
package latercase

import "time"

// RunAndStop starts run, waits for its result at most d, then waits for stop to finish.
func RunAndStop(run func() error, stop func(), d time.Duration, report func(string)) error {
	errCh := make(chan error)
	go func() {
		errCh <- run() // want "^goroutine may block forever sending on unbuffered channel errCh: RunAndStop stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	var err error
	select {
	case err = <-errCh:
	case <-time.After(d): // related `RunAndStop stops receiving from errCh here`
		report("run did not return in time")
	}
	stopped := make(chan struct{})
	go func() {
		stop()
		close(stopped)
	}()
	select {
	case <-stopped:
	case <-time.After(d):
		report("stop did not return in time")
	}
	return err
}
