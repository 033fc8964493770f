package fixes

import (
	"errors"
	"time"
)

func fetch() int      { return 42 }
func upload() error   { return nil }
func validate() error { return errors.New("invalid") }

func Get(timeout time.Duration) (int, bool) {
	ch := make(chan int)
	go func() {
		ch <- fetch()
	}()
	select {
	case v := <-ch:
		return v, true
	case <-time.After(timeout):
		return 0, false
	}
}

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

func Wait() error {
	done := make(chan struct{})
	go func() {
		<-done
	}()
	if err := validate(); err != nil {
		return err
	}
	close(done)
	return nil
}
