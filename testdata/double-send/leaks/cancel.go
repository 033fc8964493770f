package leaks

import "errors"

// Build reports a build error and, missing a return, goes on to report its result too, while the caller takes one
// value, or gives up when cancel is closed. The second send is stranded whichever case wins: that, not the cancel
// case, is the leak to tell.
func Build(fail bool, cancel <-chan struct{}) error {
	errs := make(chan error)
	go func() {
		if fail {
			errs <- errors.New("build failed")
		}
		errs <- nil // want `goroutine may block forever sending on unbuffered channel errs: one path sends twice but Build receives at most once \(a missing return\?\)`
	}()
	select {
	case <-cancel:
		return errors.New("cancelled")
	case err := <-errs: // related `Build receives from errs here, at most once`
		return err
	}
}

// BuildOnce returns after reporting the error: one value per run, stranded only when cancel wins first, which
// abandoned-send tells (not this rule).
func BuildOnce(fail bool, cancel <-chan struct{}) error {
	errs := make(chan error)
	go func() {
		if fail {
			errs <- errors.New("build failed")
			return
		}
		errs <- nil
	}()
	select {
	case <-cancel:
		return errors.New("cancelled")
	case err := <-errs:
		return err
	}
}
