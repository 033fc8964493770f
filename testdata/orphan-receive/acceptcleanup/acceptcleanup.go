// Package acceptcleanup: a goroutine that accepts one connection on a listener and hands it over, skipping the send
// when Accept fails. Pair closes the listener only in the test's cleanup, after it has dialed the listener and taken
// the accepted end: while it waits, a connection is queued and Accept cannot fail (quiet). Abandon closes the
// listener before it waits, and nothing ever dials it: Accept fails and the receive waits forever (reported).
package acceptcleanup

import (
	"net"
	"testing"
)

// Pair returns both ends of a loopback TCP connection; the listener is closed when the test ends.
func Pair(t *testing.T) (client, server net.Conn) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			accepted <- c
		}
	}()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	return client, <-accepted
}

// Abandon closes the listener before it waits for the accepted end.
func Abandon(t *testing.T) net.Conn {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			accepted <- c
		}
	}()
	_ = ln.Close()
	return <-accepted // want "^Abandon may block forever receiving from channel accepted \\(capacity 1\\): the goroutine in Abandon can finish without sending on or closing it$"
}
