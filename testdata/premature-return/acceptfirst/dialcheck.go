package acceptfirst

import (
	"net"
	"testing"
)

// Dialer dials an address.
type Dialer interface {
	Dial(network, addr string) (net.Conn, error)
}

// DialChecked: the only way out is the check of the dial's own error, which leaves only when the dial failed, so
// nothing connected and the goroutine is still in Accept, not at its send: quiet.
func DialChecked(t testing.TB, d Dialer) net.Addr {
	ln := listen(t)
	got := make(chan net.Addr)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		got <- c.RemoteAddr()
		c.Close()
	}()
	c, err := d.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a := <-got
	ln.Close()
	return a
}

// DialThenCheck: the way out checks another call's error, after a dial that connected: the goroutine has accepted
// and is stranded at its send.
func DialThenCheck(t testing.TB, d Dialer, check func() error) net.Addr {
	ln := listen(t)
	got := make(chan net.Addr)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		got <- c.RemoteAddr() // want "^goroutine may block forever sending on unbuffered channel got: DialThenCheck can return before receiving from it$"
		c.Close()
	}()
	c, err := d.Dial("tcp", ln.Addr().String())
	if err == nil {
		defer c.Close()
	}
	if err := check(); err != nil {
		t.Fatal(err) // related `DialThenCheck stops receiving from got here`
	}
	a := <-got
	ln.Close()
	return a
}
