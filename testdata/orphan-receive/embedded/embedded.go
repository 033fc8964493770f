// Package embedded: a channel field of a struct that other structs embed. A line reader embeds *transport and
// sends on its promoted recv field: Recv is answered (quiet). A courier embeds *mailbox but declares an inbox field
// of its own, which is the one its sends reach: nothing sends on mailbox.inbox, and Next waits forever (reported).
package embedded

import (
	"bufio"
	"io"
)

type transport struct {
	recv chan string
}

// Recv returns the next message.
func (t *transport) Recv() string {
	return <-t.recv
}

// lineReader reads messages, one per line, from its input.
type lineReader struct {
	*transport
	in io.Reader
}

// NewLineReader starts reading r.
func NewLineReader(r io.Reader) *lineReader {
	l := &lineReader{transport: &transport{recv: make(chan string)}, in: r}
	go l.read()
	return l
}

func (l *lineReader) read() {
	s := bufio.NewScanner(l.in)
	for s.Scan() {
		l.recv <- s.Text()
	}
}

// node handles the messages of a transport.
type node struct {
	t    *transport
	seen []string
}

func (n *node) recv() {
	n.seen = append(n.seen, n.t.Recv())
}

type mailbox struct {
	inbox chan string
}

// Next returns the next letter.
func (m *mailbox) Next() string {
	return <-m.inbox // want "^the goroutine running mailbox.Next blocks forever receiving from unbuffered channel mailbox.inbox: nothing sends on or closes it$"
}

// courier delivers letters to its own inbox.
type courier struct {
	*mailbox
	inbox chan string
}

// NewCourier makes a courier with a mailbox.
func NewCourier() *courier {
	return &courier{mailbox: &mailbox{inbox: make(chan string)}, inbox: make(chan string, 1)} // related `^mailbox.inbox is made here \(unbuffered\)$`
}

func (c *courier) deliver(s string) {
	c.inbox <- s
}
