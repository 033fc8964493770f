package prefillchain

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPrimeBlocksForever(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go prime() })
}

func TestForwardBlocksForever(t *testing.T) {
	done := make(chan struct{})
	// forward and the goroutine it starts to post once more both block.
	leakcheck.Leaks(t, 2, func() { go forward(done) })
	<-done
}

func TestTwiceBlocksForever(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go twice() })
}

func TestCleanOnesFinish(t *testing.T) {
	done := make(chan struct{})
	leakcheck.Clean(t, func() {
		drained(done)
		<-done
		bounded(inboxSize - 1)
		urgent(false)
		viaInterface()
		shutFirst()
		preset()
		early()
		helped2 := make(chan struct{})
		helped(helped2)
		<-helped2
	})
}
