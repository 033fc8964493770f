// Package onceflag: a goroutine reports once, under a flag that starts true and is cleared right before the
// report: in its loop (`if first { first = false; ready <- nil }`) or, when the loop never got that far, after
// it (`if first { ready <- err }`). Exactly one report, one receive. A flag set back to true reports again. The same
// holds for a flag that skips the rest of the round once set (`if found { continue }`) and is set right after the
// one report (WaitAddress); checked but never set, it skips nothing (WatchAddress).
package onceflag

import "errors"

var errNoServer = errors.New("no server answered")

// Connect tries each server in turn, serving on the first that answers, and says once how the start went.
func Connect(servers []string, dial func(string) error, serve func(string)) error {
	ready := make(chan error)
	go func() {
		first := true
		err := errNoServer
		for _, s := range servers {
			if err = dial(s); err != nil {
				continue
			}
			if first {
				first = false
				ready <- nil
			}
			serve(s)
		}
		if first {
			ready <- err
		}
	}()
	return <-ready
}

// Reconnect sets the flag again after each served connection: a second server that answers reports again, and
// nobody receives it.
func Reconnect(servers []string, dial func(string) error, serve func(string)) error {
	ready := make(chan error)
	go func() {
		first := true
		err := errNoServer
		for _, s := range servers {
			if err = dial(s); err != nil {
				continue
			}
			if first {
				first = false
				ready <- nil // want "^goroutine may block forever sending on unbuffered channel ready: it can send any number of times but Reconnect receives at most once$"
			}
			serve(s)
			first = true
		}
		if first {
			ready <- err
		}
	}()
	return <-ready
}

// WaitAddress watches a console's lines for an address, skipping the rest of each round once it has reported one
// (`if found { continue }`, `found = true` right after the report): one report at most, which the buffer of one
// takes even when the timeout wins (quiet).
func WaitAddress(lines <-chan string, stop chan struct{}, parse func(string) string, timeout <-chan struct{}) string {
	addr := make(chan string, 1)
	go func() {
		found := false
		for {
			select {
			case line := <-lines:
				if found {
					continue
				}
				if a := parse(line); a != "" {
					addr <- a
					found = true
				}
			case <-stop:
				return
			}
		}
	}()
	select {
	case a := <-addr:
		return a
	case <-timeout:
		return ""
	}
}

// WatchAddress reports every address it sees: the flag is checked but never set, so a second report waits once the
// timeout has won.
func WatchAddress(lines <-chan string, stop chan struct{}, parse func(string) string, timeout <-chan struct{}) string {
	addr := make(chan string, 1)
	go func() {
		found := false
		for {
			select {
			case line := <-lines:
				if found {
					continue
				}
				if a := parse(line); a != "" {
					addr <- a // want `^goroutine may block forever sending on channel addr \(capacity 1\): WatchAddress stops receiving when .case <-timeout. wins$`
				}
			case <-stop:
				return
			}
		}
	}()
	select {
	case a := <-addr:
		return a
	case <-timeout: // related `WatchAddress stops receiving from addr here`
		return ""
	}
}
