// Package serveclose: a goroutine runs a server loop that accepts until its listener is closed, then says it is done.
// The function closes the listener itself, right before it waits for that word, so a check that fails before the
// close leaves the goroutine waiting in Accept (a leak of another kind, not a blocked send): quiet, whether the
// loop is handed an accept function or the listener itself, and whether the close is a statement or a checked one.
// With the close deferred instead, a failing check closes the listener on the way out, the loop ends, and its send
// has nobody to receive it: reported.
package serveclose

import (
	"net"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// serve accepts connections until accept fails, and closes each one.
func serve(accept func() (net.Conn, error)) {
	for {
		c, err := accept()
		if err != nil {
			return
		}
		c.Close()
	}
}

// servePackets reads packets until the connection is closed.
func servePackets(pc net.PacketConn) {
	buf := make([]byte, 64)
	for {
		if _, _, err := pc.ReadFrom(buf); err != nil {
			return
		}
	}
}

// CloseFirst closes the listener right before it waits: quiet.
func CloseFirst(t testing.TB, check func() error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan struct{})
	go func() {
		serve(func() (net.Conn, error) { return ln.Accept() })
		done <- struct{}{}
	}()
	require.NoError(t, check())
	ln.Close()
	<-done
}

// PacketsCloseChecked hands the loop the listener itself and checks its close: quiet.
func PacketsCloseChecked(t testing.TB, check func() error) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan struct{})
	go func() {
		servePackets(pc)
		done <- struct{}{}
	}()
	require.NoError(t, check())
	require.NoError(t, pc.Close())
	<-done
}

// CloseDeferred closes the listener as it leaves, whatever happened.
func CloseDeferred(t testing.TB, check func() error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		serve(func() (net.Conn, error) { return ln.Accept() })
		done <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel done: CloseDeferred can return before receiving from it$"
	}()
	require.NoError(t, check()) // related `CloseDeferred stops receiving from done here`
	ln.Close()
	<-done
}
