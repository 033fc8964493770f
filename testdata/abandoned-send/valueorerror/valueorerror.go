// Package valueorerror: a worker sends its value on one channel or its error on another, and the caller
// selects on both. Whichever case wins, the worker already sent on that channel and not on the other, so
// the pair alone cannot leak; a third case (a timeout) or a worker that sends on both can.
package valueorerror

import (
	"errors"
	"strconv"
	"time"
)

// Parse waits for either the number or the error: clean.
func Parse(s string) (int, error) {
	nums := make(chan int)
	errs := make(chan error)
	go func() {
		n, err := strconv.Atoi(s)
		if err != nil {
			errs <- err
		} else {
			nums <- n
		}
	}()
	select {
	case n := <-nums:
		return n, nil
	case err := <-errs:
		return 0, err
	}
}

// Classify sends from the cases of a switch: still one send per run, clean.
func Classify(s string) (string, error) {
	words := make(chan string)
	errs := make(chan error)
	go func() {
		switch {
		case s == "":
			errs <- errors.New("empty")
		case len(s) > 8:
			words <- "long"
		default:
			words <- "short"
		}
	}()
	select {
	case w := <-words:
		return w, nil
	case err := <-errs:
		return "", err
	}
}

// ParseWithin adds a timeout: when it wins, the worker blocks on whichever channel it chose.
func ParseWithin(s string, slow func(), d time.Duration) (int, error) {
	nums := make(chan int)
	errs := make(chan error)
	go func() {
		slow()
		n, err := strconv.Atoi(s)
		if err != nil {
			errs <- err // want "goroutine may block forever sending on unbuffered channel errs: ParseWithin stops receiving when `case <-time.After\\(d\\)` wins"
		} else {
			nums <- n // related "the goroutine can also block here sending on nums"
		}
	}()
	select {
	case n := <-nums:
		return n, nil
	case err := <-errs:
		return 0, err
	case <-time.After(d):
		return 0, errors.New("timed out")
	}
}

// ParseAndReport sends the number and then a nil error: when the number case wins, the error send blocks.
func ParseAndReport(s string) (int, error) {
	nums := make(chan int)
	errs := make(chan error)
	go func() {
		n, err := strconv.Atoi(s)
		nums <- n
		errs <- err // want "goroutine may block forever sending on unbuffered channel errs: ParseAndReport stops receiving when `case n := <-nums` wins"
	}()
	select {
	case n := <-nums:
		return n, nil
	case err := <-errs:
		return 0, err
	}
}
