package sendsfirst

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestWaitLeaksOnAnEarlyError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go Wait(true) })
}

func TestWaitIsCleanWithoutError(t *testing.T) {
	leakcheck.Clean(t, func() { <-Wait(false) })
}

func TestWaitBufferedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { <-WaitBuffered(true) })
}

func TestWaitStartedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = WaitStarted(true) })
}
