package twoways

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errRead = errors.New("read")

func failRead() error { return errRead }

// quit is closed, so Copy returns at once; once released, both goroutines fail to read and report on connErr: the
// first fills its one slot, and the second blocks.
func TestCopyStrandsASecondReportAfterQuit(t *testing.T) {
	release := make(chan struct{})
	quit := make(chan struct{})
	close(quit)
	slowWrite := func() error { <-release; return nil }
	leakcheck.Leaks(t, 1, func() {
		_ = Copy(quit, func() error { <-release; return errRead }, slowWrite)
		close(release)
	})
}

// Whichever report is taken, the other goroutine's one report fits its buffer.
func TestCopyUntilErrorIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 20; i++ {
			_ = CopyUntilError(failRead, func() error { return nil })
			_ = CopyUntilError(func() error { return nil }, func() error { return errors.New("write") })
			_ = CopyUntilError(failRead, func() error { return errors.New("write") })
		}
	})
}
