// Package closedstream: a reader goroutine reports stream errors on an unbuffered channel, but returns quietly on
// the errors a closed stream gives (io.EOF, "closed"). When the function that waits for it closes the stream as it
// leaves, giving up strands nothing: the reader sees the close and returns. Without that close, a later error
// (a deadline, a reset) is sent to nobody.
package closedstream

import (
	"errors"
	"io"
	"net"
	"strings"
	"time"
)

var errTimeout = errors.New("timed out")


// Watch waits for a stream error or a timeout, and closes the stream as it leaves: quiet.
func Watch(conn net.Conn, timeout time.Duration) error {
	defer conn.Close()
	errCh := make(chan error)
	go func() {
		buf := make([]byte, 64)
		for {
			if _, err := conn.Read(buf); err != nil {
				if err == io.EOF || strings.Contains(err.Error(), "closed") {
					return
				}
				errCh <- err
				return
			}
		}
	}()
	select {
	case err := <-errCh:
		return err
	case <-time.After(timeout):
		return errTimeout
	}
}

// WatchOpen leaves the stream open for its caller: after the timeout, the next read error is sent to nobody.
func WatchOpen(conn net.Conn, timeout time.Duration) error {
	errCh := make(chan error)
	go func() {
		buf := make([]byte, 64)
		for {
			if _, err := conn.Read(buf); err != nil {
				if err == io.EOF || strings.Contains(err.Error(), "closed") {
					return
				}
				errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: WatchOpen stops receiving when `case <-time.After\\(timeout\\)` wins$"
				return
			}
		}
	}()
	select {
	case err := <-errCh:
		return err
	case <-time.After(timeout): // related `WatchOpen stops receiving from errCh here`
		return errTimeout
	}
}

// Collect closes the channel as it leaves: a send still waiting then panics ("send on closed channel"); it does
// not block forever. The sender recovers, so the program goes on: quiet.
func Collect(work func() int, timeout time.Duration) (int, error) {
	results := make(chan int)
	defer close(results)
	go func() {
		defer func() { _ = recover() }()
		results <- work()
	}()
	select {
	case v := <-results:
		return v, nil
	case <-time.After(timeout):
		return 0, errTimeout
	}
}
