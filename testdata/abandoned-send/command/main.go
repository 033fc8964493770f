// Command command: a function that main calls once strands its worker when the timeout wins, then main exits.
// The goroutine ends with the process, so nothing is reported (once per process is not a leak that grows).
package main

import (
	"errors"
	"log"
	"time"
)

var work = func() error { time.Sleep(time.Hour); return nil }

func run(d time.Duration) error {
	errc := make(chan error)
	go func() { errc <- work() }()
	select {
	case err := <-errc:
		return err
	case <-time.After(d):
		return errors.New("timeout")
	}
}

func main() {
	if err := run(time.Second); err != nil {
		log.Fatal(err)
	}
}
