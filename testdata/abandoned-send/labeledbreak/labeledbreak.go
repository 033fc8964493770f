// Package labeledbreak: `break loop` inside a select leaves the loop, not just the select. Connect's worker sends
// once into a buffer of one and leaves its retry loop with `break loop`: the send always finds room, whatever the
// caller does (quiet). FirstUp's worker breaks only out of its select (`break probe`) and goes on round its loop:
// a second address that answers finds the buffer full once FirstUp has taken one value or given up (reported).
package labeledbreak

import (
	"errors"
	"time"
)

// dial stands for a network dial; tests replace it.
var dial = func(addr string) error { return nil }

// Connect retries addr until it answers or the caller gives up after d.
func Connect(addr string, d time.Duration) error {
	success := make(chan struct{}, 1)
	cancel := make(chan struct{}, 1)
	go func() {
	loop:
		for {
			select {
			case <-cancel:
				break loop
			default:
				if err := dial(addr); err != nil {
					time.Sleep(time.Millisecond)
					continue
				}
				success <- struct{}{}
				break loop
			}
		}
	}()
	select {
	case <-success:
		return nil
	case <-time.After(d):
		cancel <- struct{}{}
		return errors.New("timeout")
	}
}

// FirstUp returns the first of addrs that answers, or gives up after d.
func FirstUp(addrs []string, d time.Duration) (string, error) {
	up := make(chan string, 1)
	go func() {
		for _, a := range addrs {
		probe:
			select {
			default:
				if dial(a) != nil {
					break probe
				}
				up <- a // want "^goroutine may block forever sending on channel up \\(capacity 1\\): FirstUp stops receiving when `case <-time.After\\(d\\)` wins$"
			}
		}
	}()
	select {
	case a := <-up:
		return a, nil
	case <-time.After(d): // related "^FirstUp stops receiving from up here$"
		return "", errors.New("timeout")
	}
}
