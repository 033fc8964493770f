// Package closedafter: a goroutine accepts connections and signals each one; it stops when Accept fails. Accept
// fails once the listener is closed, so whether the receiver can be stranded depends on when it closes the
// listener: after its receive (a deferred Close) the error exit cannot happen while it waits; before it, it can.
package closedafter

import (
	"errors"
	"io"
	"net"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// AcceptOne: the listener is closed only when AcceptOne returns, after its receive: quiet.
func AcceptOne(ln net.Listener) {
	recv := make(chan struct{})
	hold := make(chan struct{})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				break
			}
			recv <- struct{}{}
			<-hold
			c.Close()
		}
	}()
	defer close(hold)
	defer ln.Close()
	if c, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		defer c.Close()
	}
	<-recv
}

// AcceptAfterClose: the listener is closed before the receive, so Accept fails and the goroutine breaks out
// without sending.
func AcceptAfterClose(ln net.Listener) {
	recv := make(chan struct{})
	hold := make(chan struct{})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				break // related `the goroutine in AcceptAfterClose can finish here without sending on recv`
			}
			recv <- struct{}{}
			<-hold
			c.Close()
		}
	}()
	defer close(hold)
	ln.Close()
	if c, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		defer c.Close()
	}
	<-recv // want `^AcceptAfterClose may block forever receiving from unbuffered channel recv: the goroutine in AcceptAfterClose can finish without sending on or closing it$`
}

// AcceptAndWrite: the Accept error cannot happen while the receiver waits (it closes the listener later), but the
// write error can: that exit is the one reported.
func AcceptAndWrite(ln net.Listener, w io.Writer) {
	recv := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_, err = w.Write([]byte("accepted"))
		if err != nil {
			return // related `the goroutine in AcceptAndWrite can finish here without sending on recv`
		}
		close(recv)
	}()
	defer ln.Close()
	if c, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		defer c.Close()
	}
	<-recv // want `^AcceptAndWrite may block forever receiving from unbuffered channel recv: the goroutine in AcceptAndWrite can finish without sending on or closing it$`
}

// acceptConn accepts one connection; it fails only when ln.Accept does.
func acceptConn(ln net.Listener) (net.Conn, error) {
	c, err := ln.Accept()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// AcceptVia accepts through a helper that fails only when Accept does: the listener is closed after the receive,
// so the helper's error cannot happen while AcceptVia waits: quiet.
func AcceptVia(ln net.Listener) {
	done := make(chan struct{})
	go func() {
		c, err := acceptConn(ln)
		if err != nil {
			return
		}
		c.Close()
		close(done)
	}()
	defer ln.Close()
	if c, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		defer c.Close()
	}
	<-done
}

// AcceptViaAfterClose closes the listener before its receive: the helper fails and the goroutine returns.
func AcceptViaAfterClose(ln net.Listener) {
	done := make(chan struct{})
	go func() {
		c, err := acceptConn(ln)
		if err != nil {
			return // related `the goroutine in AcceptViaAfterClose can finish here without sending on done`
		}
		c.Close()
		close(done)
	}()
	ln.Close()
	<-done // want `^AcceptViaAfterClose may block forever receiving from unbuffered channel done: the goroutine in AcceptViaAfterClose can finish without sending on or closing it$`
}

// ReadReply reads what the other end of a pipe writes until that end is closed. A read of a pipe fails only once
// its own end is closed or its deadline passes; r is closed after the receive, so the error exit of io.ReadAll
// cannot happen while ReadReply waits: quiet.
func ReadReply(msg []byte) []byte {
	r, w := net.Pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		if err != nil {
			return
		}
		got <- buf
	}()
	w.Write(msg)
	w.Close()
	buf := <-got
	r.Close()
	return buf
}

// ReadReplyOpen never closes its own end: the read ends with io.EOF when the writer closes, which ReadAll does not
// report as an error: quiet.
func ReadReplyOpen(msg []byte) []byte {
	r, w := net.Pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		if err != nil {
			return
		}
		got <- buf
	}()
	w.Write(msg)
	w.Close()
	return <-got
}

// ReadReplyClosedFirst closes its own end before the receive: io.ReadAll fails and the goroutine returns without
// sending.
func ReadReplyClosedFirst(msg []byte) []byte {
	r, w := net.Pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		if err != nil {
			return // related `the goroutine in ReadReplyClosedFirst can finish here without sending on got`
		}
		got <- buf
	}()
	r.Close()
	w.Write(msg)
	w.Close()
	return <-got // want `^ReadReplyClosedFirst may block forever receiving from unbuffered channel got: the goroutine in ReadReplyClosedFirst can finish without sending on or closing it$`
}

func shut(c net.Conn) { c.Close() }

// ReadReplyHandedOn hands its end to a function that closes it: the read can fail while the receiver waits.
func ReadReplyHandedOn() []byte {
	r, _ := net.Pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		if err != nil {
			return // related `the goroutine in ReadReplyHandedOn can finish here without sending on got`
		}
		got <- buf
	}()
	shut(r)
	return <-got // want `^ReadReplyHandedOn may block forever receiving from unbuffered channel got: the goroutine in ReadReplyHandedOn can finish without sending on or closing it$`
}

// AcceptNeverClosed never closes its listener: Accept waits for the connection instead of failing: quiet.
func AcceptNeverClosed() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Close()
		close(done)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return err
	}
	defer c.Close()
	<-done
	return nil
}

// pipe returns both ends of a new pipe.
func pipe() (r net.Conn, w net.Conn) {
	r, w = net.Pipe()
	return
}

// ReadReplyVia gets its pipe from a helper that returns net.Pipe's ends: quiet, as ReadReplyOpen.
func ReadReplyVia(msg []byte) []byte {
	r, w := pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		if err != nil {
			return
		}
		got <- buf
	}()
	w.Write(msg)
	w.Close()
	return <-got
}

// ReadChecked stops the test (require.NoError) when the read fails, in the reading goroutine; the read cannot
// fail while ReadChecked waits: quiet.
func ReadChecked(t testing.TB, msg []byte) []byte {
	r, w := pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		require.NoError(t, err)
		got <- buf
	}()
	w.Write(msg)
	w.Close()
	return <-got
}

// ReadCheckedClosedFirst closes its own end first: the read fails, the check ends the reading goroutine, and the
// receive waits forever.
func ReadCheckedClosedFirst(t testing.TB, msg []byte) []byte {
	r, w := pipe()
	got := make(chan []byte)
	go func() {
		buf, err := io.ReadAll(r)
		require.NoError(t, err) // related `the goroutine in ReadCheckedClosedFirst can finish here without sending on got`
		got <- buf
	}()
	r.Close()
	w.Write(msg)
	w.Close()
	return <-got // want `^ReadCheckedClosedFirst may block forever receiving from unbuffered channel got: the goroutine in ReadCheckedClosedFirst can finish without sending on or closing it$`
}

type parser struct{ closed bool }

func (p *parser) parse(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, errors.New("empty input")
	}
	return len(b), nil
}

func (p *parser) Close() { p.closed = true }

// ParseOne: parse fails for a reason of its own (an empty input), not because p is closed, so closing p only after
// the receive does not rule the exit out: reported. (Only methods that wait for the other side, Accept, Read…,
// Recv…, Receive…, fail just when their value is closed.)
func ParseOne(b []byte) int {
	p := &parser{}
	defer p.Close()
	got := make(chan int)
	go func() {
		n, err := p.parse(b)
		if err != nil {
			return // related `the goroutine in ParseOne can finish here without sending on got`
		}
		got <- n
	}()
	return <-got // want `^ParseOne may block forever receiving from unbuffered channel got: the goroutine in ParseOne can finish without sending on or closing it$`
}

// AcceptOwn's goroutine listens itself and never closes the listener: Accept waits for the dial instead of
// failing: quiet.
func AcceptOwn() error {
	ready := make(chan string)
	done := make(chan struct{})
	go func() {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		ready <- ln.Addr().String()
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Close()
		close(done)
	}()
	c, err := net.Dial("tcp", <-ready)
	if err != nil {
		return err
	}
	defer c.Close()
	<-done
	return nil
}
