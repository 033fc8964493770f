// Package sharedreport: one function sends on whichever channel it is handed, and two goroutines call it, each with
// its own channel. A select case on the other channel is a way for the receiver to give up on this one: the value it
// takes comes from the other goroutine, not from this one's later code.
package sharedreport

import "context"

type result struct {
	v   int
	err error
}

func report(c chan<- result, r result) {
	c <- r // want "goroutine may block forever sending on unbuffered channel rc: Run stops receiving when `case r := <-cc` wins"
}

func work(step func() int, c chan<- result) { report(c, result{v: step()}) }

func watch(ctx context.Context, done <-chan struct{}, c chan<- result) {
	select {
	case <-ctx.Done():
		report(c, result{err: ctx.Err()})
	case <-done:
	}
}

// Run waits for the step or the context, whichever reports first: when the context wins, the step's report is
// stranded.
func Run(ctx context.Context, step func() int) (int, error) {
	rc := make(chan result)
	cc := make(chan result)
	done := make(chan struct{})
	defer close(done)
	go work(step, rc)
	go watch(ctx, done, cc)
	select {
	case r := <-rc:
		return r.v, r.err
	case r := <-cc: // related "Run stops receiving from rc here"
		return r.v, r.err
	}
}

func stage(step func() int, c, fin chan<- result) {
	report(c, result{v: step()})
	report(fin, result{})
}

// Staged takes the step's value, or the stage's own last word (fin holds it): the stage writes fin only after its
// send on rc, so the fin case cannot win while that send waits.
func Staged(step func() int) int {
	rc := make(chan result)
	fin := make(chan result, 1)
	go stage(step, rc, fin)
	for {
		select {
		case r := <-rc:
			return r.v
		case <-fin:
			return 0
		}
	}
}
