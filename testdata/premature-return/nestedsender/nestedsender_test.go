package nestedsender

import (
	"errors"
	"net"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errDial = errors.New("dial refused")

func noDial() (net.Conn, error) { return nil, errDial }

func listen(t *testing.T) net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback listener:", err)
	}
	return ln
}

func TestServeIsCleanWhenTheCallerGivesUp(t *testing.T) {
	ln := listen(t)
	leakcheck.Clean(t, func() {
		Serve(ln, []byte("x"), noDial)
		ln.Close() // Accept fails: its error goes into the buffer
	})
}

func TestServeIsClean(t *testing.T) {
	ln := listen(t)
	defer ln.Close()
	leakcheck.Clean(t, func() {
		Serve(ln, []byte("x"), func() (net.Conn, error) { return net.Dial("tcp", ln.Addr().String()) })
	})
}

func TestServeOnLeaksTheSecondError(t *testing.T) {
	ln := listen(t)
	leakcheck.Leaks(t, 1, func() {
		ServeOn(ln, []byte("x"), noDial)
		ln.Close() // Accept fails: one error fills the buffer, the writer's blocks
	})
}

var errCheck = errors.New("check failed early")

func TestAwaitIsCleanWhenTheCheckFails(t *testing.T) {
	leakcheck.Clean(t, func() {
		events := make(chan bool)
		if err := Await(events, func() error { return errCheck }); err != errCheck {
			t.Errorf("Await = %v", err)
		}
		close(events) // the watcher reports into the buffer and ends
	})
}

func TestAwaitUnbufferedLeaksWhenTheCheckFails(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		events := make(chan bool)
		if err := AwaitUnbuffered(events, func() error { return errCheck }); err != errCheck {
			t.Errorf("AwaitUnbuffered = %v", err)
		}
		close(events)
	})
}
