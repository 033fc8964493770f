// Package mainline: a goroutine reports failures early (`if err != nil { ch <- err; return }`) and its result last.
// Every one of those sends blocks when the test has given up, but the one it reaches when nothing went wrong is
// the last: the finding names that send, and lists the early ones as where it can also block.
package mainline

import (
	"context"
	"testing"
	"time"
)

// Fetch checks each step of a fetch in a goroutine and waits at most d for its outcome.
func Fetch(t testing.TB, d time.Duration, connect, read func() error) {
	ch := make(chan error)
	go func() {
		if err := connect(); err != nil {
			ch <- err // related `the goroutine can also block here sending on ch`
			return
		}
		if err := read(); err != nil {
			ch <- err // related `the goroutine can also block here sending on ch`
			return
		}
		ch <- nil // want "^goroutine may block forever sending on unbuffered channel ch: Fetch stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case err := <-ch:
		if err != nil {
			t.Error(err)
		}
	case <-time.After(d):
		t.Fatal("timeout") // related `Fetch stops receiving from ch here`
	}
}

// Echo sets up a session, then serves frames until reading one fails, which is how it ends once the test closes
// its side: every send is on a branch, and the one that ends the endless loop is the one reached when the setup
// went well, so it is named; the setup's is where it can also block.
func Echo(t testing.TB, d time.Duration, setup func() error, read func() error, closeConn func()) {
	done := make(chan error)
	go func() {
		if err := setup(); err != nil {
			done <- err // related `the goroutine can also block here sending on done`
			return
		}
		for {
			if err := read(); err != nil {
				done <- err // want "^goroutine may block forever sending on unbuffered channel done: Echo stops receiving when `case <-time.After\\(d\\)` wins$"
				return
			}
		}
	}()
	closeConn()
	select {
	case <-time.After(d):
		t.Fatal("timeout") // related `Echo stops receiving from done here`
	case err := <-done:
		if err == nil {
			t.Error("no error")
		}
	}
}

// Stream polls for values until its context is done: the loop's select does its work in the default case, which is
// where the loop goes round when nothing is ready, so the send at its end is the one reached when nothing went
// wrong; the sends of its error branches are where it can also block.
func Stream(ctx context.Context, next func() (int, error)) int {
	events := make(chan int, 1)
	go func() {
		for {
			select {
			case <-ctx.Done():
				close(events)
				return
			default:
				if ctx.Err() != nil {
					events <- -1 // related `the goroutine can also block here sending on events`
					return
				}
				v, err := next()
				if err != nil {
					events <- -2 // related `the goroutine can also block here sending on events`
					return
				}
				events <- v // want `^goroutine may block forever sending on channel events \(capacity 1\): it can send any number of times but Stream receives at most once$`
			}
		}
	}()
	return <-events
}
