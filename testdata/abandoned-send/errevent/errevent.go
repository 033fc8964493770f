// Package errevent: one channel carries values and errors alike. The goroutine sends an event with Err set only
// as its last send (it returns right after), so a reader that stops on `ev.Err != nil` stops after the last send;
// a reader that stops because its own callback failed strands the goroutine at its next send.
package errevent

import "errors"

type event struct {
	Line string
	Err  error
}

var errBad = errors.New("bad line")

// stream sends one event per line, or an error event and stops.
func stream(lines []string) chan event {
	ch := make(chan event)
	go func() {
		defer close(ch)
		for _, l := range lines {
			if l == "" {
				ch <- event{Err: errBad}
				return
			}
			ch <- event{Line: l, Err: nil} // want `^goroutine may block forever sending on unbuffered channel ch returned by stream: it can send any number of times but Collect receives only once on some paths$`
		}
	}()
	return ch
}

// Read takes every event and stops at the first error, which is the goroutine's last send: quiet.
func Read(lines []string) ([]string, error) {
	var out []string
	for ev := range stream(lines) {
		if ev.Err != nil {
			return nil, ev.Err
		}
		out = append(out, ev.Line)
	}
	return out, nil
}

// Collect also stops when its callback fails, while the goroutine has more lines to send.
func Collect(lines []string, each func(string) error) error {
	for ev := range stream(lines) {
		if ev.Err != nil {
			return ev.Err
		}
		if err := each(ev.Line); err != nil {
			return err // related `Collect stops receiving from ch here`
		}
	}
	return nil
}

// Parse reads the events of its own goroutine, one at a time, and stops at the error event, which the goroutine
// sends last: quiet.
func Parse(lines []string) (int, error) {
	events := make(chan *event)
	go func() {
		defer close(events)
		for _, l := range lines {
			if l == "" {
				events <- &event{Err: errBad}
				return
			}
			events <- &event{Line: l}
		}
	}()
	n := 0
	for {
		ev, ok := <-events
		if !ok {
			return n, nil
		}
		if ev.Err != nil {
			return n, ev.Err
		}
		n++
	}
}
