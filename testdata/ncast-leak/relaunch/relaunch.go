// Package relaunch: a reader goroutine started once before a loop, then again only in the select case that has
// just taken its value. However many run in all, at most one is outstanding at a time.
package relaunch

import "fmt"

// Stream hands out messages until it fails.
type Stream interface {
	Recv() (string, error)
}

type msg struct {
	text string
	err  error
}

// Serve handles messages until the stream fails or a send error arrives. The one outstanding reader fits the
// buffer of one, whichever case wins: quiet.
func Serve(s Stream, handle func(string) error, sendErrs <-chan error) error {
	avail := make(chan msg, 1)
	receive := func() {
		text, err := s.Recv()
		avail <- msg{text, err}
	}
	go receive()
	for {
		select {
		case m := <-avail:
			if m.err != nil {
				return m.err
			}
			if err := handle(m.text); err != nil {
				return err
			}
			go receive()
		case err := <-sendErrs:
			return fmt.Errorf("send failed: %w", err)
		}
	}
}

// ServeDoubled starts two readers for every message it takes: they pile up beyond the buffer, and when a send
// error wins, the ones still outstanding have no one to take their messages.
func ServeDoubled(s Stream, handle func(string) error, sendErrs <-chan error) error {
	avail := make(chan msg, 1)
	receive := func() {
		text, err := s.Recv()
		avail <- msg{text, err} // want `^goroutines may block forever sending on channel avail \(capacity 1\): `
	}
	go receive()
	for {
		select {
		case m := <-avail:
			if m.err != nil {
				return m.err
			}
			if err := handle(m.text); err != nil {
				return err
			}
			go receive()
			go receive()
		case err := <-sendErrs:
			return fmt.Errorf("send failed: %w", err)
		}
	}
}
