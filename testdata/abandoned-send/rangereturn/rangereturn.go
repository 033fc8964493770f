// Package rangereturn: the consumer ranges over the producer's channel but returns on the first bad item, so the
// producer, still sending the rest, blocks forever.
package rangereturn

import "errors"

// walk sends every name; it closes the channel when done.
func walk(names []string, out chan<- string) {
	defer close(out)
	for _, n := range names {
		out <- n // want `goroutine may block forever sending on unbuffered channel names: it can send any number of times but Validate receives only once on some paths`
	}
}

// Validate stops at the first empty name.
func Validate(all []string) error {
	names := make(chan string)
	go walk(all, names)
	for n := range names {
		if n == "" {
			return errors.New("empty name") // related `Validate stops receiving from names here`
		}
	}
	return nil
}

// ValidateAll reads every name before it reports: the producer always finishes.
func ValidateAll(all []string) error {
	names := make(chan string)
	go walk(all, names)
	var err error
	for n := range names {
		if n == "" && err == nil {
			err = errors.New("empty name")
		}
	}
	return err
}
