// Package acceptfirst: a goroutine accepts one connection on a listener, then takes the function's word (or hands
// over its own). Nothing can connect before the function dials the listener's address, so the function's ways out
// before the dial leave the goroutine in Accept, not at its channel operation (quiet: that is not where it blocks);
// ways out after the dial strand it at the channel (reported).
package acceptfirst

import (
	"net"
	"testing"

	"golintchan.example/testdata/internal/require"
)

func listen(t testing.TB) net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback listener:", err)
	}
	return ln
}

// SetupFirst: the failing setup check comes before the dial: quiet.
func SetupFirst(t testing.TB, setup func() error) {
	ln := listen(t)
	done := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		<-done
		c.Close()
	}()
	require.NoError(t, setup())
	c, _ := net.Dial("tcp", ln.Addr().String())
	if c != nil {
		defer c.Close()
	}
	close(done)
	ln.Close()
}

// CheckAfterDial: the failing check comes after the dial, when the goroutine may have accepted and wait for done.
func CheckAfterDial(t testing.TB, check func() error) {
	ln := listen(t)
	done := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		<-done // want "^the goroutine in CheckAfterDial may block forever receiving from unbuffered channel done: CheckAfterDial can return before sending on or closing it$"
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	if c != nil {
		defer c.Close()
	}
	require.NoError(t, check()) // related `CheckAfterDial can finish here without sending on done`
	close(done)
	ln.Close()
}

// ReportFirst: the goroutine hands over the connection's address once it has accepted; the setup check before the
// dial leaves it in Accept: quiet. (A deferred `ln.Close()` would run at that way out and make Accept fail; the
// goroutine's next step then depends on how it handles the error, so such a listener is not followed.)
func ReportFirst(t testing.TB, setup func() error) net.Addr {
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
	require.NoError(t, setup())
	c, _ := net.Dial("tcp", ln.Addr().String())
	if c != nil {
		defer c.Close()
	}
	a := <-got
	ln.Close()
	return a
}

// ReportAfterDial: the check after the dial strands the goroutine at its send.
func ReportAfterDial(t testing.TB, check func() error) net.Addr {
	ln := listen(t)
	got := make(chan net.Addr)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		got <- c.RemoteAddr() // want "^goroutine may block forever sending on unbuffered channel got: ReportAfterDial can return before receiving from it$"
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	if c != nil {
		defer c.Close()
	}
	require.NoError(t, check()) // related `ReportAfterDial stops receiving from got here`
	defer ln.Close()
	return <-got
}
