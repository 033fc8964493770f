// Package flagcount: a receiver that loops on a flag (`for !done { select { case err := <-errs: first = err; done =
// true; case <-finished: done = true } }`) takes at most one error: setting the flag is the iteration's last act, and
// the loop ends there. The worker reports every failing step and goes on, so a second failure is stranded, and the
// message says "at most once", not "only once on some paths" (First, reported). All, which takes every error until
// the worker closes finished, is quiet.
package flagcount

func work(steps []func() error, errs chan<- error, finished chan<- struct{}) {
	defer close(finished)
	for _, step := range steps {
		if err := step(); err != nil {
			errs <- err // want "^goroutine may block forever sending on unbuffered channel errs: it can send any number of times but First receives at most once$"
		}
	}
}

// First runs the steps and returns the first error.
func First(steps []func() error) error {
	errs, finished := make(chan error), make(chan struct{})
	go work(steps, errs, finished)
	var first error
	done := false
	for !done {
		select {
		case err := <-errs:
			first = err
			done = true // related "^First stops receiving from errs here$"
		case <-finished:
			done = true
		}
	}
	return first
}

// All runs the steps and returns every error.
func All(steps []func() error) []error {
	errs, finished := make(chan error), make(chan struct{})
	go work2(steps, errs, finished)
	var all []error
	done := false
	for !done {
		select {
		case err := <-errs:
			all = append(all, err)
		case <-finished:
			done = true
		}
	}
	return all
}

// work2 is work, for All's channels.
func work2(steps []func() error, errs chan<- error, finished chan<- struct{}) {
	defer close(finished)
	for _, step := range steps {
		if err := step(); err != nil {
			errs <- err
		}
	}
}
