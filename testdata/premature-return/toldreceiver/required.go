package toldreceiver

import (
	"net"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// ListenRequired: the goroutine tells a failed listen on startErr and returns (`if err != nil { startErr <- err;
// return }`), else tells nil and hands the listener over. The test stops on a non-nil error with require.NoError, which
// happens only when the goroutine has returned: nothing is stranded (quiet).
func ListenRequired(t testing.TB, addr string) string {
	startErr := make(chan error, 1)
	listeners := make(chan net.Listener)
	go func() {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			startErr <- err
			return
		}
		startErr <- nil
		listeners <- ln
	}()
	require.NoError(t, <-startErr)
	ln := <-listeners
	defer ln.Close()
	return ln.Addr().String()
}

// ListenWarned tells the error but does not return: it hands over what it got anyway, and the test that stopped on the
// error never takes it.
func ListenWarned(t testing.TB, listen func(string) (net.Listener, error), addr string) {
	startErr := make(chan error, 1)
	listeners := make(chan net.Listener)
	go func() {
		ln, err := listen(addr)
		if err != nil {
			startErr <- err
		} else {
			startErr <- nil
		}
		listeners <- ln // want "^goroutine may block forever sending on unbuffered channel listeners: ListenWarned can return before receiving from it$"
	}()
	require.NoError(t, <-startErr) // related `ListenWarned stops receiving from listeners here`
	if ln := <-listeners; ln != nil {
		ln.Close()
	}
}
