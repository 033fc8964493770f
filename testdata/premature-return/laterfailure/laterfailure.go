// Package laterfailure: a test starts a forwarder that sends every line of a stream, then checks its setup before
// taking one line. Whether a second line follows is the stream's data; a failing check strands the forwarder
// whatever the data, so that is the way out named: the last check before the receive, by which time the
// forwarder has had the longest to reach its send (an earlier check may fail before it has anything to send).
// Which check fails first depends on what went wrong (a forwarder that fails may make the next check fail), so
// the earlier ones are listed as where the test can also stop receiving.
package laterfailure

import "testing"

// Follow takes the first line of the stream once prepare and open succeeded.
func Follow(t testing.TB, lines func() (string, bool), prepare, open func() error) string {
	out := make(chan string)
	go func() {
		for {
			l, ok := lines()
			if !ok {
				close(out)
				return
			}
			out <- l // want "^goroutine may block forever sending on unbuffered channel out: Follow can return before receiving from it$"
		}
	}()
	if err := prepare(); err != nil {
		t.Fatalf("prepare: %v", err) // related `Follow can also stop receiving from out here`
	}
	if err := open(); err != nil {
		t.Fatalf("open: %v", err) // related `Follow stops receiving from out here`
	}
	return <-out
}

// FollowChecked checks its setup before it starts the forwarder, and takes every line: quiet.
func FollowChecked(t testing.TB, lines func() (string, bool), prepare, open func() error) []string {
	if err := prepare(); err != nil {
		t.Fatalf("prepare: %v", err)
	}
	if err := open(); err != nil {
		t.Fatalf("open: %v", err)
	}
	out := make(chan string)
	go func() {
		for {
			l, ok := lines()
			if !ok {
				close(out)
				return
			}
			out <- l
		}
	}()
	var all []string
	for l := range out {
		all = append(all, l)
	}
	return all
}
