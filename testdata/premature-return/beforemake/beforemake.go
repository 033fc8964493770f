// Package beforemake: a function hands a channel to a helper that starts one sending goroutine per item, then takes
// one value per item. A return before the channel is made cannot strand a send on it (quiet); a return after the
// senders started can (reported).
package beforemake

import "errors"

var errEmpty = errors.New("no items")

// spawn starts one goroutine per item, each sending its result once.
func spawn(items []int, fn func(int) error, errs chan<- error) {
	for _, it := range items {
		go func(it int) {
			errs <- fn(it) // want "^goroutine may block forever sending on unbuffered channel errs: Checked can return before receiving from it$"
		}(it)
	}
}

// All checks for no items before it makes the channel, then takes every result: quiet.
func All(items []int, fn func(int) error) error {
	if len(items) == 0 {
		return errEmpty
	}
	errs := make(chan error)
	go spawn(items, fn, errs)
	var first error
	for range items {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Checked also checks the items after it started the senders: that return strands them.
func Checked(items []int, fn func(int) error, valid func([]int) bool) error {
	if len(items) == 0 {
		return errEmpty
	}
	errs := make(chan error)
	go spawn(items, fn, errs)
	if !valid(items) {
		return errEmpty // related `Checked stops receiving from errs here`
	}
	var first error
	for range items {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}
