// Package nestedsender: a goroutine accepts a connection and either sends its error or starts a second goroutine
// that may send one. The second one starts only on the path where the first did not send, so at most one value
// is ever sent and a buffer of one holds it, even when the caller gives up without receiving. If the first
// goroutine goes on after sending its error, both can send, and the second value blocks: the finding is at the
// second goroutine's send, since the first one's only fills the buffer.
package nestedsender

import (
	"errors"
	"net"
)

var errShort = errors.New("short write")

// Serve: the acceptor sends its error or starts the writer, not both: quiet.
func Serve(ln net.Listener, payload []byte, dial func() (net.Conn, error)) error {
	errc := make(chan error, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			errc <- err
			close(errc)
			return
		}
		go func() {
			defer close(errc)
			defer conn.Close()
			n, err := conn.Write(payload)
			if err != nil {
				errc <- err
				return
			}
			if n != len(payload) {
				errc <- errShort
				return
			}
		}()
	}()
	c, err := dial()
	if err != nil {
		return err
	}
	defer c.Close()
	return <-errc
}

// ServeOn: the acceptor reports its error and goes on to start the writer, which can send a second error.
func ServeOn(ln net.Listener, payload []byte, dial func() (net.Conn, error)) error {
	errc := make(chan error, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			errc <- err // fills the buffer: cannot block
		}
		go func() {
			if conn == nil {
				errc <- err // want `^goroutine may block forever sending on channel errc \(capacity 1\): ServeOn can return before receiving from it$`
				return
			}
			defer conn.Close()
			if _, err := conn.Write(payload); err != nil {
				errc <- err // related `the goroutine can also block here sending on errc`
			}
		}()
	}()
	c, err := dial()
	if err != nil {
		return err // related `ServeOn stops receiving from errc here`
	}
	defer c.Close()
	return <-errc
}
