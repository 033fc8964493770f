package fixes

import "errors"

func upload() error   { return nil }
func validate() error { return errors.New("invalid") }

// Save returns early on a validation error and never receives errc.
func Save() error {
	errc := make(chan error)
	go func() {
		errc <- upload()
	}()
	if err := validate(); err != nil {
		return err
	}
	return <-errc
}
