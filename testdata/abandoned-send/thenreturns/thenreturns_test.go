package thenreturns

import (
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func slowPrompt() int {
	time.Sleep(20 * time.Millisecond)
	return 1
}

func TestAskCancelledStrandsThePrompt(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		var c atomic.Bool
		c.Store(true)
		Ask(&c, slowPrompt)
	})
}

func TestAskBufferedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		var c atomic.Bool
		c.Store(true)
		AskBuffered(&c, slowPrompt)
	})
}

func TestAskOnceStrandsThePrompt(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		var c atomic.Bool
		AskOnce(&c, slowPrompt)
	})
}
