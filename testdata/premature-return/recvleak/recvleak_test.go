package recvleak

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each test forces the early return: the goroutine stays blocked on its receive.

func TestProcessLeaksOnEmptyBatch(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { _ = Process(nil) })
}

func TestProcessIsCleanOnABatch(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Process([]string{"a"}) })
}

func TestReloadLeaksOnEmptyAddr(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { Reload("") })
}

func TestStartLeaksWithoutMode(t *testing.T) {
	s := &Server{}
	leakcheck.LeaksReceiving(t, 1, func() { _ = s.Start("") })
}

func TestStartIsCleanInDryRun(t *testing.T) {
	s := &Server{}
	leakcheck.Clean(t, func() { _ = s.Start("dry-run") })
}
