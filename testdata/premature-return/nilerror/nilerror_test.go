package nilerror

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStopThenReleaseIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { StopThenRelease(leakcheck.StopT{}, &Service{stopped: true}) })
	})
}

// A service stopped already fails its Close: the check ends the caller's goroutine before the release.
func TestCloseThenReleaseStrandsTheGoroutine(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { CloseThenRelease(leakcheck.StopT{}, &Service{stopped: true}) })
	})
}
