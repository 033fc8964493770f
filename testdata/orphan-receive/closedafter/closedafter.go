// Package closedafter: a goroutine accepts connections and signals each one; it stops when Accept fails. Accept
// fails once the listener is closed, so whether the receiver can be stranded depends on when it closes the
// listener: after its receive (a deferred Close) the error exit cannot happen while it waits; before it, it can.
package closedafter

import (
	"io"
	"net"
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
