// Package realcode: shapes seen on open-source code that must stay quiet (each was a false alarm once).
package realcode

import (
	"errors"
	"time"
)

// A method handed on as a callback (a method value) may run anywhere: the channel it sends on is not
// "never sent on".
type config struct{ callback func() error }

func handshake(cfg *config) { go cfg.callback() }

type checker struct{ called chan int }

func (c *checker) check() error {
	c.called <- 1
	return nil
}

func Handshake() int {
	c := &checker{called: make(chan int, 1)}
	handshake(&config{callback: c.check})
	return <-c.called
}

// The goroutine closes done after its last send (in a function it calls): when that case wins, it is done.
func produce(ch chan<- int) {
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func Collect() int {
	done := make(chan struct{})
	ch := make(chan int)
	go func() {
		defer close(done)
		produce(ch)
	}()
	n := 0
	for {
		select {
		case v := <-ch:
			n += v
		case <-done:
			return n
		}
	}
}

// Senders started one at a time, each value taken before the next starts: never more than one outstanding.
func work(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

func Steps(fail bool) error {
	done := make(chan error, 1)
	go func() { done <- work(false) }()
	if err := <-done; err != nil {
		return err
	}
	go func() { done <- work(fail) }()
	select {
	case err := <-done:
		if err != nil {
			return err
		}
	case <-time.After(time.Second):
		return errors.New("timeout")
	}
	go func() { done <- work(false) }()
	return <-done
}

// A pool whose stop channel nothing ever closes: its workers never stop, so a job always finds one.
type pool struct {
	jobs chan func()
	stop chan struct{}
}

func newPool(n int) *pool {
	jobs, stop := make(chan func()), make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			for {
				select {
				case j := <-jobs:
					j()
				case <-stop:
					return
				}
			}
		}()
	}
	return &pool{jobs: jobs, stop: stop}
}

func (p *pool) execute(j func()) { p.jobs <- j }

// The sender tells its error on errc before it leaves without data, and the receiver reads errc first.
func Told(fail bool) (int, error) {
	errc := make(chan error, 1)
	data := make(chan int, 1)
	go func() {
		err := work(fail)
		errc <- err
		if err != nil {
			return
		}
		data <- 1
	}()
	if err := <-errc; err != nil {
		return 0, err
	}
	return <-data, nil
}

// A named closure started twice, each run's value taken before the next starts: one outstanding at a time.
func Twice(fail bool) error {
	done := make(chan struct{}, 1)
	handler := func() { done <- struct{}{} }
	go handler()
	<-done
	if err := work(fail); err != nil {
		return err
	}
	go handler()
	if err := work(fail); err != nil {
		return err
	}
	<-done
	return nil
}
