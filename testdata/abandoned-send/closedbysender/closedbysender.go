// Package closedbysender: a goroutine that closes the receiver's way out itself, after its last send (`defer
// close(end)` around its read loop), cannot be stranded by it: the receiver's `case <-end` can win only once that
// goroutine is done sending. Tail has only that sender (quiet). Interactive has a second one, which forwards
// interrupts: when the input ends while it is on its way to send, the receiver leaves through `<-end` and the
// forwarder is stranded (reported: the forwarder's send, one goroutine, not the reader's).
package closedbysender

import (
	"bufio"
	"io"
)

// Tail returns the last line of r.
func Tail(r io.Reader) string {
	end := make(chan struct{})
	lines := make(chan string)
	s := bufio.NewScanner(r)
	go func() {
		defer close(end)
		for s.Scan() {
			lines <- s.Text()
		}
	}()
	last := ""
	for {
		select {
		case <-end:
			return last
		case l := <-lines:
			last = l
		}
	}
}

// onInterrupt runs before an interrupt is forwarded (tests hold it).
var onInterrupt = func() {}

// Interactive returns the lines of r, with an empty line for every interrupt.
func Interactive(r io.Reader, interrupts <-chan struct{}) []string {
	end := make(chan struct{})
	lines := make(chan string)
	s := bufio.NewScanner(r)
	go func() {
		defer close(end)
		for s.Scan() {
			lines <- s.Text()
		}
	}()
	go func() {
		for {
			select {
			case <-interrupts:
				onInterrupt()
				lines <- "" // want "^goroutine may block forever sending on unbuffered channel lines: Interactive stops receiving when `case <-end` wins$"
			case <-end:
				return
			}
		}
	}()
	var got []string
	for {
		select {
		case <-end: // related "^Interactive stops receiving from lines here$"
			return got
		case l := <-lines:
			got = append(got, l)
		}
	}
}
