package decidedbranch

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestBoundedAndPollAreClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		Bounded()
		Poll()
	})
}

func TestUnboundedWaitsForever(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go Unbounded()
		time.Sleep(10 * time.Millisecond)
	})
}
