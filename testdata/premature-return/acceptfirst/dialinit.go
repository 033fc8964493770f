package acceptfirst

import (
	"net"
	"testing"
)

// newListener returns a loopback listener, or nil and the error.
func newListener() (net.Listener, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	return ln, nil
}

// DialInit is DialChecked written with the listener declared first and given its value by a helper, and the dial
// as the check's own initializer: the check leaves only when the dial failed, the goroutine still in Accept: quiet.
func DialInit(t testing.TB, d Dialer) net.Addr {
	var ln net.Listener
	var c net.Conn
	var err error
	if ln, err = newListener(); err != nil {
		t.Skip("no loopback listener:", err)
	}
	got := make(chan net.Addr)
	go func() {
		s, err := ln.Accept()
		if err != nil {
			return
		}
		got <- s.RemoteAddr()
		s.Close()
	}()
	if c, err = d.Dial("tcp", ln.Addr().String()); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a := <-got
	ln.Close()
	return a
}

// DialInitThenCheck checks another call's error after the dial connected: the goroutine is stranded at its send.
func DialInitThenCheck(t testing.TB, d Dialer, check func() error) net.Addr {
	var ln net.Listener
	var err error
	if ln, err = newListener(); err != nil {
		t.Skip("no loopback listener:", err)
	}
	got := make(chan net.Addr)
	go func() {
		s, err := ln.Accept()
		if err != nil {
			return
		}
		got <- s.RemoteAddr() // want "^goroutine may block forever sending on unbuffered channel got: DialInitThenCheck can return before receiving from it$"
		s.Close()
	}()
	if c, err := d.Dial("tcp", ln.Addr().String()); err == nil {
		defer c.Close()
	}
	if err := check(); err != nil {
		t.Fatal(err) // related `DialInitThenCheck stops receiving from got here`
	}
	a := <-got
	ln.Close()
	return a
}
