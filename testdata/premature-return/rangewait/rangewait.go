// Package rangewait: a decoder goroutine streams values on out, which it closes as it returns, and reports decode
// errors on a one-slot channel that its caller reads only after ranging over out. The range ends only once the
// goroutine has returned, so the caller waits for it as `wg.Wait()` would: a second error finds the slot full
// and the goroutine blocks, and the range never ends. With one error at most (a return after it), the slot holds it.
package rangewait

import "errors"

var errNegative = errors.New("negative")

// Decode goes on after an error: two bad items fill the slot and block the goroutine.
func Decode(items []int) (int, error) {
	errs := make(chan error, 1)
	out := make(chan int)
	go func() {
		defer close(out)
		for _, it := range items {
			if it < 0 {
				errs <- errNegative // want "^goroutine may block forever sending on channel errs \\(capacity 1\\): Decode waits in `for v := range out` for every sender to finish before it receives, and the buffer cannot hold all their values$"
				continue
			}
			out <- it
		}
	}()
	sum := 0
	for v := range out { // related "Decode stops receiving from errs here"
		if v > 100 {
			panic("out of range")
		}
		sum += v
	}
	select {
	case err := <-errs:
		return sum, err
	default:
		return sum, nil
	}
}

// DecodeFirst stops at the first error: one value at most, and the slot holds it.
func DecodeFirst(items []int) (int, error) {
	errs := make(chan error, 1)
	out := make(chan int)
	go func() {
		defer close(out)
		for _, it := range items {
			if it < 0 {
				errs <- errNegative
				return
			}
			out <- it
		}
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	select {
	case err := <-errs:
		return sum, err
	default:
		return sum, nil
	}
}
