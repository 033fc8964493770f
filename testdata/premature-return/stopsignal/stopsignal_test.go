package stopsignal

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var errIO = errors.New("i/o failed")

func fail() error { return errIO }

func TestTransferIsCleanWhenWriteFails(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = Transfer(func() error { time.Sleep(time.Millisecond); return nil }, fail)
	})
}

func TestTransferBufferedLeaksWhenReadFailsLate(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		started, release := make(chan struct{}), make(chan struct{})
		read := func() error { close(started); <-release; return errIO }
		write := func() error { <-started; return errIO }
		_ = TransferBuffered(read, write)
		close(release)
	})
}
