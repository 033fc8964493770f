// Package deferreddone: a worker started with `go fetch(…, msgs, done, errs)` sends done only in a deferred function,
// as it returns, so `case <-done` can win only after its last send: it strands nothing (GetAll, quiet, where the old
// analysis blamed that case). The receiver that stops when handing a value on fails (`case m := <-msgs: if err :=
// out(m); err != nil { return err }`) strands the worker only at the error sends that come after the worker handed
// msgs to its source: the finding names that send, not the check of the arguments before it (Forward, reported).
// Forward also returns on an error without taking done, so the worker's deferred send of done blocks forever then
// (reported); GetAll takes done after the error, and is quiet. Render's collator ranges over a channel that Render
// closes only after its way out: that way out leaves it in the range, not at its deferred send (quiet).
package deferreddone

import "errors"

// Source streams its values to a channel.
type Source interface {
	Stream(out chan<- int) error
}

func fetch(src Source, n int, msgs chan int, done chan struct{}, errs chan error) {
	defer func() { done <- struct{}{} }() // want "^goroutine may block forever sending on unbuffered channel done: Forward stops receiving when `case err := <-errs` wins$"
	if n < 0 {
		errs <- errors.New("negative")
		return
	}
	if err := src.Stream(msgs); err != nil {
		errs <- err // want "^goroutine may block forever sending on unbuffered channel errs: Forward stops receiving when `case m := <-msgs` wins and then returns$"
		return
	}
}

// Forward hands every value of src to out; the first error ends it.
func Forward(src Source, n int, out func(int) error) error {
	msgs, errs, done := make(chan int), make(chan error), make(chan struct{})
	go fetch(src, n, msgs, done, errs)
	for {
		select {
		case <-done:
			return nil
		case err := <-errs: // related "^Forward stops receiving from done here$"
			return err
		case m := <-msgs: // related "^Forward can also stop receiving from done here$"
			if err := out(m); err != nil {
				return err // related "^Forward stops receiving from errs here$"
			}
		}
	}
}

const limit = 3

var errTooMany = errors.New("too many")

func count(n int, msgs chan int, done chan struct{}, errs chan error) {
	defer func() { done <- struct{}{} }()
	if n < 0 {
		errs <- errors.New("negative")
		return
	}
	for i := 0; i < n; i++ {
		msgs <- i
	}
	if n > limit {
		errs <- errTooMany
		return
	}
}

// GetAll collects every value; it stops at the first error, once the worker is done.
func GetAll(n int) ([]int, error) {
	msgs, errs, done := make(chan int), make(chan error), make(chan struct{})
	go count(n, msgs, done, errs)
	var got []int
	for {
		select {
		case <-done:
			return got, nil
		case err := <-errs:
			<-done
			return got, err
		case m := <-msgs:
			got = append(got, m)
		}
	}
}

// collate joins the errors of results and hands the first over as it returns.
func collate(results <-chan error, joined chan<- error) {
	var first error
	defer func() { joined <- first }()
	for e := range results {
		if first == nil {
			first = e
		}
	}
}

// Render runs the jobs once setup succeeds; a failing setup returns before results is closed, which leaves collate
// in its range over results, not at its deferred send (quiet here).
func Render(jobs []func() error, setup func() error) error {
	results := make(chan error)
	joined := make(chan error)
	go collate(results, joined)
	if err := setup(); err != nil {
		return err
	}
	for _, j := range jobs {
		if err := j(); err != nil {
			results <- err
		}
	}
	close(results)
	return <-joined
}
