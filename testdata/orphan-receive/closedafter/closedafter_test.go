package closedafter

import (
	"errors"
	"io"
	"net"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func listen(t *testing.T) net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback listener:", err)
	}
	return ln
}

func TestAcceptOneIsClean(t *testing.T) {
	ln := listen(t)
	leakcheck.Clean(t, func() { AcceptOne(ln) })
}

func TestAcceptAfterCloseLeaksItsReceiver(t *testing.T) {
	ln := listen(t)
	leakcheck.LeaksReceiving(t, 1, func() { go AcceptAfterClose(ln) })
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("write failed") }

func TestAcceptAndWriteIsCleanWhenTheWriteWorks(t *testing.T) {
	ln := listen(t)
	leakcheck.Clean(t, func() { AcceptAndWrite(ln, io.Discard) })
}

func TestAcceptAndWriteLeaksItsReceiverWhenTheWriteFails(t *testing.T) {
	ln := listen(t)
	leakcheck.LeaksReceiving(t, 1, func() { go AcceptAndWrite(ln, failingWriter{}) })
}

func TestAcceptViaIsClean(t *testing.T) {
	ln := listen(t)
	leakcheck.Clean(t, func() { AcceptVia(ln) })
}

func TestAcceptViaAfterCloseLeaksItsReceiver(t *testing.T) {
	ln := listen(t)
	leakcheck.LeaksReceiving(t, 1, func() { go AcceptViaAfterClose(ln) })
}

func TestReadReplyIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { ReadReply([]byte("hello")) })
}

func TestReadReplyOpenIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { ReadReplyOpen([]byte("hello")) })
}

func TestReadReplyClosedFirstLeaksItsReceiver(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go ReadReplyClosedFirst([]byte("hello")) })
}

func TestReadReplyHandedOnLeaksItsReceiver(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go ReadReplyHandedOn() })
}

func TestAcceptNeverClosedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := AcceptNeverClosed(); err != nil {
			t.Skip("no loopback listener:", err)
		}
	})
}

func TestReadReplyViaIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { ReadReplyVia([]byte("hello")) })
}

func TestReadCheckedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { ReadChecked(leakcheck.StopT{}, []byte("hello")) }) })
}

func TestReadCheckedClosedFirstLeaksItsReceiver(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go ReadCheckedClosedFirst(leakcheck.StopT{}, []byte("hello")) })
}

func TestParseOneIsCleanOnInput(t *testing.T) {
	leakcheck.Clean(t, func() { ParseOne([]byte("x")) })
}

func TestParseOneLeaksItsReceiverOnEmptyInput(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go ParseOne(nil) })
}

func TestAcceptOwnIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := AcceptOwn(); err != nil {
			t.Skip("no loopback listener:", err)
		}
	})
}
